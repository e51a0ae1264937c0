import { badUserInput, lockOne, notFound, requireManager, type Database, type Principal } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Report, type ReportRow } from '../entities';
import { writeRollups } from '../migrations/rollups';
import { RollupChanges } from '../rules/metrics-rollups';
import type { ReportChange } from '../rules/report-change';
import { transition } from '../rules/report-life-cycle';
import { REPORT_POINTS } from '../rules/report-points';
import { appendEntry } from './append-points-entry';
import { appendReportHistory } from './append-report-history';

/**
 * Applies one step of the life cycle to a report (reviewReport, dispatchReport, resolveReport).
 * The report row is locked for the whole transaction, so racing steps take turns: the first
 * moves the report, the others find it moved and get CONFLICT. Accepting pays the category's
 * points in the same transaction, with the report id as the ledger reference, so the award is
 * written at most once whatever happens. Only admins and governance operators of the report's
 * district may do this. Each step is also written to the report's public history.
 */
export async function changeReport(
  db: Database,
  p: Principal,
  reportId: string,
  change: ReportChange,
  now: Date,
  publicNote: string | null = null,
): Promise<ReportRow> {
  return db.transaction(async (em) => {
    const report = await lockOne(em, db, Report, { id: reportId });
    if (!report) throw notFound(`no report with id ${reportId}`);
    requireManager(p, 'governance', report.districtCode);
    const status = transition(report.status, change.action);
    const patch: Partial<ReportRow> = { status };
    switch (change.action) {
      case 'ACCEPT': {
        const { entry } = await appendEntry(em, db, {
          workerId: report.reporterId,
          delta: REPORT_POINTS[report.category],
          reason: 'REPORT_ACCEPTED',
          reference: report.id,
          at: now,
        });
        Object.assign(patch, { reviewedAt: now, reviewNote: change.note, pointsAwarded: entry.delta });
        break;
      }
      case 'REJECT':
        Object.assign(patch, { reviewedAt: now, reviewNote: change.note });
        break;
      case 'DUPLICATE':
        await requireOriginal(em, change.duplicateOf);
        Object.assign(patch, { reviewedAt: now, reviewNote: change.note, duplicateOf: change.duplicateOf });
        break;
      case 'DISPATCH':
        patch.externalRef = change.externalRef;
        break;
      case 'RESOLVE':
        Object.assign(patch, { resolvedAt: now, resolutionNote: change.note });
        break;
    }
    await em.update(Report, { id: report.id }, patch);
    const changed = { ...report, ...patch };
    // The metrics count the report under its new status, and what accepting paid and resolving took.
    const rollups = new RollupChanges()
      .reportCount(report.districtCode, report.submittedAt, report.category, report.status, -1)
      .reportCount(report.districtCode, report.submittedAt, report.category, status, 1);
    if (change.action === 'ACCEPT') rollups.points(report.districtCode, now, 'reportPoints', changed.pointsAwarded);
    if (change.action === 'RESOLVE') rollups.resolved(changed);
    await writeRollups(em, rollups);
    // The public history: the new status, with what the reviewer or dispatcher wrote for the public.
    await appendReportHistory(em, report, [{ kind: 'STATUS_CHANGE', status, publicNote, at: now }]);
    return changed;
  });
}

/** A duplicate points at the report it repeats: one that exists and is not itself closed as rejected or a duplicate. */
async function requireOriginal(em: EntityManager, id: string): Promise<void> {
  const original = await em.findOne(Report, { where: { id } });
  if (!original) throw badUserInput(`duplicateOfId names no report: ${id}`, { field: 'duplicateOfId' });
  if (original.status === 'DUPLICATE') {
    throw badUserInput(`report ${id} is itself a duplicate of ${original.duplicateOf}: point to that one`, { field: 'duplicateOfId' });
  }
  if (original.status === 'REJECTED') {
    throw badUserInput(`report ${id} was rejected: a report cannot duplicate a rejected one`, { field: 'duplicateOfId' });
  }
}
