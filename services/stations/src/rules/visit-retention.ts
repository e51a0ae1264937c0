import { DAY_MS, MINUTE_MS, badUserInput, optionalText } from '@nef/kit/rules';

/** Clocks on phones drift; a check-in a few minutes "in the future" is still accepted. */
export const CLOCK_SKEW_MS = 5 * MINUTE_MS;

/**
 * The oldest instant a raw visit row is kept for (and may be recorded at): `retentionDays`
 * before now. Older rows are purged; their daily counts stay.
 */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** Checks when a visit may be recorded: not in the future, and not older than the retention. */
export function checkVisitTime(at: Date, now: Date, retentionDays: number): void {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw badUserInput('at is in the future', { field: 'at' });
  if (at.getTime() < retentionCutoff(now, retentionDays).getTime()) {
    throw badUserInput(`at must be within the last ${retentionDays} days (older visits are not kept)`, { field: 'at' });
  }
}

/** A client's idempotency key: absent, or 1 to 100 characters after trimming. */
export function checkIdempotencyKey(key: string | null | undefined): string | null {
  return optionalText('idempotencyKey', key, { max: 100 });
}
