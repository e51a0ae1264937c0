import { lockOne, notFound, requireManager, type Database, type Principal } from '@nef/kit';
import { Report, type ReportRow } from '../entities';
import { requirePublicNote, requireRoomForNote } from '../rules/report-history';
import { requireId } from '../rules/ids';
import { appendReportHistory, countPublicNotes } from './append-report-history';

/**
 * postReportUpdate: a note for the public on a report's history ("the street office has
 * cleared the corridor"), without a change of status. Admins and governance operators of the
 * report's district; at most MAX_PUBLIC_NOTES per report (CONFLICT beyond). The report row is
 * locked, so notes posted at once take their places in turn.
 */
export async function postReportUpdate(db: Database, p: Principal, args: { id: string; note: string }, now: Date): Promise<ReportRow> {
  requireId('id', args.id);
  const note = requirePublicNote(args.note);
  return db.transaction(async (em) => {
    const report = await lockOne(em, db, Report, { id: args.id });
    if (!report) throw notFound(`no report with id ${args.id}`);
    requireManager(p, 'governance', report.districtCode);
    requireRoomForNote(await countPublicNotes(em, report.id));
    await appendReportHistory(em, report, [{ kind: 'PUBLIC_NOTE', status: report.status, publicNote: note, at: now }]);
    return report;
  });
}
