import { conflict, isUniqueViolation, newId, type Database } from '@nef/kit';
import { In, IsNull, type EntityManager } from 'typeorm';
import { Report, ReportPhoto, ReportUpdate, type ReportRow } from '../entities';
import { writeRollups } from '../migrations/rollups';
import { RollupChanges } from '../rules/metrics-rollups';
import type { Submission } from '../rules/report-submission';

export interface Reporter {
  workerId: string;
  /** The partner platform submitting for the worker; null when an operator files it. */
  platform: string | null;
}

/**
 * Stores a checked submission (rules/report-submission.ts). With an idempotency key a retry
 * returns the report the first call made, also when identical calls race: the unique
 * (reporter, key) index lets one insert win, and the losers read the winner's row.
 */
export async function submitReport(db: Database, reporter: Reporter, s: Submission, now: Date): Promise<ReportRow> {
  if (s.idempotencyKey !== null) {
    const first = await findByKey(db.manager, reporter.workerId, s.idempotencyKey);
    if (first) return first;
  }
  const row: ReportRow = {
    id: newId(),
    reporterId: reporter.workerId,
    reporterPlatform: reporter.platform,
    idempotencyKey: s.idempotencyKey,
    category: s.category,
    description: s.description,
    lat: s.location.lat,
    lng: s.location.lng,
    districtCode: s.districtCode,
    streetCode: s.streetCode,
    photoUrls: JSON.stringify(s.photoUrls),
    status: 'SUBMITTED',
    duplicateOf: null,
    submittedAt: now,
    reviewedAt: null,
    resolvedAt: null,
    resolutionNote: null,
    reviewNote: null,
    externalRef: null,
    pointsAwarded: 0,
  };
  try {
    await db.transaction(async (em) => {
      await em.insert(Report, { ...row });
      await em.insert(ReportUpdate, { id: newId(), reportId: row.id, seq: 0, kind: 'STATUS_CHANGE', status: 'SUBMITTED', publicNote: null, at: now });
      if (s.photoIds.length) await attachPhotos(em, row, s.photoIds);
      await writeRollups(em, new RollupChanges().reportCount(row.districtCode, row.submittedAt, row.category, row.status, 1));
    });
    return row;
  } catch (err) {
    if (s.idempotencyKey !== null && isUniqueViolation(err)) {
      const first = await findByKey(db.manager, reporter.workerId, s.idempotencyKey);
      if (first) return first;
    }
    throw err;
  }
}

/**
 * Attaches uploaded photos to the new report: each must be the reporter's own and not yet on a
 * report (CONFLICT otherwise, and nothing is stored). The update is conditional, so a photo
 * raced onto two reports lands on one; the other submission is refused whole.
 */
async function attachPhotos(em: EntityManager, report: ReportRow, ids: string[]): Promise<void> {
  const found = await em.find(ReportPhoto, { where: { id: In(ids) } });
  for (const id of ids) {
    const photo = found.find((p) => p.id === id);
    if (!photo || photo.workerId !== report.reporterId) throw conflict(`photo ${id} was not uploaded for this worker`);
    if (photo.reportId !== null) throw conflict(`photo ${id} is already on another report`);
  }
  const result = await em.update(ReportPhoto, { id: In(ids), reportId: IsNull() }, { reportId: report.id });
  if (result.affected !== undefined && result.affected !== ids.length) throw conflict('a photo was attached to another report meanwhile');
}

function findByKey(em: EntityManager, reporterId: string, idempotencyKey: string): Promise<ReportRow | null> {
  return em.findOne(Report, { where: { reporterId, idempotencyKey } });
}
