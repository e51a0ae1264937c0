/** Beijing has no daylight saving: Asia/Shanghai is always UTC+8. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The Asia/Shanghai calendar year holding `now`, as [start, end) instants. */
export function shanghaiYear(now: Date): { start: Date; end: Date } {
  const year = new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
  return {
    start: new Date(Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS),
    end: new Date(Date.UTC(year + 1, 0, 1) - SHANGHAI_OFFSET_MS),
  };
}

/**
 * Tuition subsidy still available: union members get the yearly cap less what they used this
 * year (never below 0); anyone else gets nothing. "Used" is the course subsidy of each seat
 * taken this year that is still held or was completed (see README).
 */
export function subsidyAvailable(isUnionMember: boolean, capCents: number, usedCents: number): number {
  if (!isUnionMember) return 0;
  return Math.max(0, capCents - usedCents);
}
