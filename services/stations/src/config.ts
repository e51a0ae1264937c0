import { Env } from '@nef/kit';

export interface StationSettings {
  /** Raw visit rows older than this many days are purged; daily counts stay. */
  visitRetentionDays: number;
  /** How often the running service purges, in minutes (0 turns the timer off). */
  visitPurgeIntervalMinutes: number;
}

/** Read once at start-up; a malformed value stops the process with a message naming it. */
export function readSettings(env = new Env()): StationSettings {
  const visitRetentionDays = env.int('VISIT_RETENTION_DAYS', 180);
  if (visitRetentionDays < 1 || visitRetentionDays > 3650) {
    throw new Error(`VISIT_RETENTION_DAYS must be from 1 to 3650, got ${visitRetentionDays}`);
  }
  const visitPurgeIntervalMinutes = env.int('VISIT_PURGE_INTERVAL_MINUTES', 60);
  if (visitPurgeIntervalMinutes < 0 || visitPurgeIntervalMinutes > 7 * 24 * 60) {
    throw new Error(`VISIT_PURGE_INTERVAL_MINUTES must be from 0 to 10080, got ${visitPurgeIntervalMinutes}`);
  }
  return { visitRetentionDays, visitPurgeIntervalMinutes };
}

export const settings: StationSettings = readSettings();
