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

/** When a case counts as resolved: set on entering RESOLVED, kept on CLOSED, cleared on reopening. */
export function resolvedAtAfter(to: CaseStatus, previous: Date | null, now: Date): Date | null {
  if (to === 'RESOLVED') return now;
  if (to === 'CLOSED') return previous;
  return null;
}
