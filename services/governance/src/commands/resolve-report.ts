import type { Database, Principal } from '@nef/kit';
import type { ReportRow } from '../entities';
import { resolveChange } from '../rules/report-change';
import { optionalPublicNote } from '../rules/report-history';
import { changeReport } from './change-report';

/** resolveReport: ACCEPTED or DISPATCHED -> RESOLVED with a note; see changeReport. */
export function resolveReport(db: Database, p: Principal, args: { id: string; note: string; publicNote?: string | null }, now: Date): Promise<ReportRow> {
  return changeReport(db, p, args.id, resolveChange(args.note), now, optionalPublicNote(args.publicNote));
}
