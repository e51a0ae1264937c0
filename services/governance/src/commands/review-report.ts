import type { Database, Principal } from '@nef/kit';
import type { ReportRow } from '../entities';
import { reviewChange } from '../rules/report-change';
import type { ReviewDecision } from '../rules/vocabulary';
import { optionalPublicNote } from '../rules/report-history';
import { changeReport } from './change-report';

/** reviewReport: SUBMITTED -> ACCEPTED (paying the category's points), REJECTED or DUPLICATE; see changeReport. */
export function reviewReport(
  db: Database,
  p: Principal,
  args: { id: string; decision: ReviewDecision; duplicateOfId?: string | null; note?: string | null; publicNote?: string | null },
  now: Date,
): Promise<ReportRow> {
  return changeReport(db, p, args.id, reviewChange(args.decision, args.duplicateOfId, args.note, args.id), now, optionalPublicNote(args.publicNote));
}
