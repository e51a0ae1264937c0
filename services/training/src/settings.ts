import { Env } from '@nef/kit';

/** The service's own settings, read once when the process starts. */
export interface TrainingSettings {
  /** Requests (one per worker) at which a course request shows as open demand. */
  courseRequestThreshold: number;
  /** A union member's yearly tuition subsidy, in fen. */
  subsidyCapCents: number;
}

/** Reads the settings; a malformed value stops start-up with a message naming it. */
export function readSettings(env: Env = new Env()): TrainingSettings {
  return {
    courseRequestThreshold: env.intInRange('COURSE_REQUEST_THRESHOLD', 10, 1, 100_000),
    subsidyCapCents: env.intInRange('TRAINING_SUBSIDY_CAP_CENTS', 300_000, 0, 1_000_000_000),
  };
}

export const settings: TrainingSettings = readSettings();
