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

/** What a seat is granted: the course's subsidy, as far as the member's yearly cap still allows. */
export function subsidyGrant(courseSubsidyCents: number, capCents: number, usedCents: number): number {
  return Math.max(0, Math.min(courseSubsidyCents, capCents - usedCents));
}

/** What the learner pays: the price less the subsidy granted, never below 0. */
export function payableCents(priceCents: number, grantedCents: number): number {
  return Math.max(0, priceCents - grantedCents);
}

/** What the union said of a worker at enrolment, or UNCHECKED when no union peer is configured. */
export type MembershipAnswer = { member: boolean; branchId: string | null; branchDistrictCode: string | null } | 'UNCHECKED';

/**
 * Where an enrolment's subsidy stands before any grant: NOT_OFFERED (the course has none),
 * UNCHECKED (membership could not be asked: no union peer configured), NOT_MEMBER, WAITING (a
 * member on the waitlist: decided when seated), or SEATED: a member's seat, to be granted from
 * the yearly account (GRANTED, or CAP_REACHED when nothing is left).
 */
export function subsidyCase(
  courseSubsidyCents: number,
  membership: MembershipAnswer,
  seat: 'ENROLLED' | 'WAITLISTED',
): 'NOT_OFFERED' | 'UNCHECKED' | 'NOT_MEMBER' | 'WAITING' | 'SEATED' {
  if (courseSubsidyCents <= 0) return 'NOT_OFFERED';
  if (membership === 'UNCHECKED') return 'UNCHECKED';
  if (!membership.member) return 'NOT_MEMBER';
  return seat === 'ENROLLED' ? 'SEATED' : 'WAITING';
}
