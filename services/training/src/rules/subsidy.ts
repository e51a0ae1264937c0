import { beijingYear, beijingYearStart } from '@nef/kit/rules';

/** The subsidy year holding `now`: the Asia/Shanghai calendar year, as [start, end) instants. */
export function subsidyYear(now: Date): { start: Date; end: Date } {
  const year = beijingYear(now);
  return { start: beijingYearStart(year), end: beijingYearStart(year + 1) };
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
