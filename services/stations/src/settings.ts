import { Env } from '@nef/kit';

export interface StationSettings {
  /** Raw visit rows older than this many days are purged; daily counts stay. */
  visitRetentionDays: number;
  /** How often the running service purges, in minutes (0 turns the timer off). */
  visitPurgeIntervalMinutes: number;
}

/** Read once at start-up; a malformed value stops the process with a message naming it. */
export function readSettings(env = new Env()): StationSettings {
  return {
    visitRetentionDays: env.intInRange('VISIT_RETENTION_DAYS', 180, 1, 3650),
    visitPurgeIntervalMinutes: env.intInRange('VISIT_PURGE_INTERVAL_MINUTES', 60, 0, 7 * 24 * 60),
  };
}

export const settings: StationSettings = readSettings();
