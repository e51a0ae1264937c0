import { newId } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { ReportUpdate, type ReportRow } from '../entities';
import { impliedHistory, type HistoryLine } from '../rules/report-history';

/**
 * Appends lines to a report's public history, inside the caller's transaction, which holds the
 * report row locked (so positions are taken in turn). A report whose history was never written
 * (filed before it was kept) first gets the history its columns tell, as they were before this
 * change, so the lines stay in order.
 */
export async function appendReportHistory(em: EntityManager, before: ReportRow, lines: HistoryLine[]): Promise<void> {
  const stored = await em.count(ReportUpdate, { where: { reportId: before.id } });
  const all = stored === 0 ? [...impliedHistory(before), ...lines] : lines;
  const rows = all.map((line, i) => ({ id: newId(), reportId: before.id, seq: stored + i, ...line }));
  if (rows.length) await em.insert(ReportUpdate, rows);
}

/** The public notes a report carries. */
export function countPublicNotes(em: EntityManager, reportId: string): Promise<number> {
  return em.count(ReportUpdate, { where: { reportId, kind: 'PUBLIC_NOTE' } });
}
