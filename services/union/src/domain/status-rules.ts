import { conflict } from '@nef/kit';

/**
 * The status machines of the service, as data: which moves are allowed from each status.
 * Setting the status a row already has is not a move; callers treat it as a no-op, so a
 * retried request changes nothing and records nothing.
 */

export const MEMBERSHIP_STATUSES = ['ACTIVE', 'LAPSED', 'WITHDRAWN'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/**
 * ACTIVE lapses (dues not renewed) or is withdrawn; a LAPSED member renews by joining again
 * or withdraws; a WITHDRAWN member may join again. WITHDRAWN never becomes LAPSED.
 */
export const MEMBERSHIP_MOVES: Record<MembershipStatus, readonly MembershipStatus[]> = {
  ACTIVE: ['LAPSED', 'WITHDRAWN'],
  LAPSED: ['ACTIVE', 'WITHDRAWN'],
  WITHDRAWN: ['ACTIVE'],
};

export const MEASURE_STATUSES = ['AGREED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * A measure is worked on, done or dropped. DONE may be reopened (IN_PROGRESS) when the
 * follow-up finds it was not really done; a DROPPED measure may be reinstated (AGREED).
 */
export const MEASURE_MOVES: Record<MeasureStatus, readonly MeasureStatus[]> = {
  AGREED: ['IN_PROGRESS', 'DONE', 'DROPPED'],
  IN_PROGRESS: ['DONE', 'DROPPED'],
  DONE: ['IN_PROGRESS'],
  DROPPED: ['AGREED'],
};

export const CASE_STATUSES = ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * A case is taken up, resolved (help delivered) and closed. It may also be closed without
 * resolution (withdrawn by the worker, out of scope). A RESOLVED case reopens to IN_PROGRESS
 * when the problem comes back; CLOSED is final: a new problem is a new case.
 */
export const CASE_MOVES: Record<CaseStatus, readonly CaseStatus[]> = {
  OPEN: ['IN_PROGRESS', 'RESOLVED', 'CLOSED'],
  IN_PROGRESS: ['RESOLVED', 'CLOSED'],
  RESOLVED: ['IN_PROGRESS', 'CLOSED'],
  CLOSED: [],
};

/** Cases that still need work: what `openCases` counts. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['OPEN', 'IN_PROGRESS'];

/**
 * Whether `from -> to` changes anything: false for the same status, true for an allowed
 * move, CONFLICT (naming the allowed moves) for anything else.
 */
export function checkMove<S extends string>(what: string, moves: Record<S, readonly S[]>, from: S, to: S): boolean {
  if (from === to) return false;
  const allowed = moves[from] ?? [];
  if (allowed.includes(to)) return true;
  throw conflict(
    `${what} cannot go from ${from} to ${to}; from ${from} it may go to ${allowed.length ? allowed.join(', ') : 'nothing (final)'}`,
  );
}

/** When a case counts as resolved: set on entering RESOLVED, kept on CLOSED, cleared on reopening. */
export function resolvedAtAfter(to: CaseStatus, previous: Date | null, now: Date): Date | null {
  if (to === 'RESOLVED') return now;
  if (to === 'CLOSED') return previous;
  return null;
}
