import { conflict } from '@nef/kit/rules';
import type { ReportStatus } from './vocabulary';

/** What a reviewer or dispatcher does to a report. */
export type ReportAction = 'ACCEPT' | 'REJECT' | 'DUPLICATE' | 'DISPATCH' | 'RESOLVE';

/**
 * The whole report life cycle: SUBMITTED -> ACCEPTED -> DISPATCHED -> RESOLVED, or REJECTED /
 * DUPLICATE at review. An accepted report may also be RESOLVED without a city ticket: street
 * offices and property managers often fix a hazard on the spot, and the reporter should not wait
 * for a 12345 ticket that will never be opened. RESOLVED, REJECTED and DUPLICATE are final.
 */
export const TRANSITIONS: Readonly<Record<ReportStatus, Readonly<Partial<Record<ReportAction, ReportStatus>>>>> = {
  SUBMITTED: { ACCEPT: 'ACCEPTED', REJECT: 'REJECTED', DUPLICATE: 'DUPLICATE' },
  ACCEPTED: { DISPATCH: 'DISPATCHED', RESOLVE: 'RESOLVED' },
  DISPATCHED: { RESOLVE: 'RESOLVED' },
  RESOLVED: {},
  REJECTED: {},
  DUPLICATE: {},
};

/** The status an action leads to, or null when the action is not allowed from `from`. */
export function nextStatus(from: ReportStatus, action: ReportAction): ReportStatus | null {
  return TRANSITIONS[from][action] ?? null;
}

/** The status an action leads to; CONFLICT naming what is allowed when it is illegal. */
export function transition(from: ReportStatus, action: ReportAction): ReportStatus {
  const to = nextStatus(from, action);
  if (to !== null) return to;
  const allowed = Object.keys(TRANSITIONS[from]);
  throw conflict(
    `cannot ${action} a report that is ${from}: ` +
      (allowed.length ? `a ${from} report allows only ${allowed.join(', ')}` : `${from} is final`),
  );
}
