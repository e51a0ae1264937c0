import type { Database, Principal } from '@nef/kit';
import type { ReportRow } from '../entities';
import { dispatchChange } from '../rules/report-change';
import { optionalPublicNote } from '../rules/report-history';
import { changeReport } from './change-report';

/** dispatchReport: ACCEPTED -> DISPATCHED with the city platform's ticket; see changeReport. */
export function dispatchReport(db: Database, p: Principal, args: { id: string; externalRef: string; publicNote?: string | null }, now: Date): Promise<ReportRow> {
  return changeReport(db, p, args.id, dispatchChange(args.externalRef), now, optionalPublicNote(args.publicNote));
}
