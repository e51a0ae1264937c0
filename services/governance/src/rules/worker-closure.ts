import { nameId } from '@nef/kit/rules';
import type { ParticipationRow, VolunteerActivityRow } from '../entities';
import { hasStarted } from './volunteer-activity';

/**
 * What closing a worker's account leaves behind in governance (PIPL art. 47), as plain rules.
 * Two kinds of stand-in replace the worker's id on the rows that must stay:
 *
 * - Reports name `CLOSED_REPORTER_ID`, one id shared by every closed reporter. A report stays a
 *   public hazard record (place, category, status, dates), and its reporter still resolves to a
 *   Worker, but nothing links it to the closed worker's other reports: a person's reports,
 *   taken together, trace where they live and ride.
 * - Everything the published figures count per worker (the ledger with its balance, vouchers,
 *   volunteer roles, attendance, gate passes) moves to one fresh id per closing, known nowhere
 *   else: the distinct-volunteer counts, each balance's equality with its ledger and each
 *   ledger's running balance stay exactly what they were.
 */
export const CLOSED_REPORTER_ID = nameId('governance:closed-account');

/** What a closed worker's report says instead of what they wrote. */
export const CLOSED_DESCRIPTION = '（举报人已注销账户，描述已删除）The reporter closed their account; the description was removed.';

/** The reason shown on a closed worker's passes instead of whatever was written about them. */
export const CLOSED_PASS_REASON = '持证人已注销账户 The holder closed their account.';

/**
 * A sign-up whose place goes back to the activity on closing: one not yet confirmed, for an
 * activity that has not started (sign-up is still open, so someone else may take it). Sign-ups
 * of activities under way or over are history, and what the activity's count says happened.
 */
export function releasesPlace(p: Pick<ParticipationRow, 'confirmedAt'>, activity: Pick<VolunteerActivityRow, 'startsAt'>, now: Date): boolean {
  return p.confirmedAt === null && !hasStarted(activity, now);
}
