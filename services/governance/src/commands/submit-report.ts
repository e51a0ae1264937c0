import { isUniqueViolation, newId, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Report, type ReportRow } from '../entities';
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

function findByKey(em: EntityManager, reporterId: string, idempotencyKey: string): Promise<ReportRow | null> {
  return em.findOne(Report, { where: { reporterId, idempotencyKey } });
}
