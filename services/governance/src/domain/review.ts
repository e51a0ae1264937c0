import { badUserInput, notFound, requireManager, type Database, type Principal } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Report, type ReportRow } from '../entities';
import { appendEntry } from './ledger';
import { REPORT_POINTS } from './points';
import { RollupChanges } from './rollups';
import { optionalText, text } from './text';
import { transition, type ReportAction } from './transitions';
import type { ReviewDecision } from './vocabulary';

export const MAX_NOTE_CHARS = 2000;
export const MAX_EXTERNAL_REF_CHARS = 64;

export type ReportChange =
  | { action: 'ACCEPT' | 'REJECT'; note: string | null }
  | { action: 'DUPLICATE'; duplicateOf: string; note: string | null }
  | { action: 'DISPATCH'; externalRef: string }
  | { action: 'RESOLVE'; note: string };

/** Turns reviewReport's arguments into a change, refusing a decision that does not fit them. */
export function reviewChange(decision: ReviewDecision, duplicateOfId: string | null | undefined, note: string | null | undefined, reportId: string): ReportChange {
  const cleanNote = optionalText(note, 'note', MAX_NOTE_CHARS);
  if (decision === 'DUPLICATE') {
    if (!duplicateOfId) {
      throw badUserInput('a DUPLICATE decision needs duplicateOfId: the report this one repeats', { field: 'duplicateOfId' });
    }
    if (duplicateOfId === reportId) throw badUserInput('a report cannot duplicate itself', { field: 'duplicateOfId' });
    return { action: 'DUPLICATE', duplicateOf: duplicateOfId, note: cleanNote };
  }
  if (duplicateOfId) {
    throw badUserInput(`duplicateOfId goes only with a DUPLICATE decision, not ${decision}`, { field: 'duplicateOfId' });
  }
  return { action: decision, note: cleanNote };
}

export const dispatchChange = (externalRef: string): ReportChange => ({
  action: 'DISPATCH',
  externalRef: text(externalRef, 'externalRef', 1, MAX_EXTERNAL_REF_CHARS),
});

export const resolveChange = (note: string): ReportChange => ({ action: 'RESOLVE', note: text(note, 'note', 1, MAX_NOTE_CHARS) });

/**
 * Applies one step of the life cycle to a report. The report row is locked for the whole
 * transaction, so racing reviews take turns: the first moves the report, the others find it
 * moved and get CONFLICT. Accepting pays the category's points in the same transaction, with
 * the report id as the ledger reference, so the award is written at most once whatever happens.
 * Only admins and governance operators of the report's district may do this.
 */
export async function changeReport(db: Database, p: Principal, reportId: string, change: ReportChange): Promise<ReportRow> {
  return db.transaction(async (em) => {
    const report = await lockReport(em, db, reportId);
    if (!report) throw notFound(`no report with id ${reportId}`);
    requireManager(p, 'governance', report.districtCode);
    const status = transition(report.status, change.action as ReportAction);
    const now = new Date();
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
    await rollups.write(em);
    return changed;
  });
}

function lockReport(em: EntityManager, db: Database, id: string): Promise<ReportRow | null> {
  const qb = em.createQueryBuilder(Report, 'r').where('r.id = :id', { id });
  if (db.lockMode) qb.setLock(db.lockMode);
  return qb.getOne();
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
