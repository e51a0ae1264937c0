import { isUniqueViolation, newId, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Report, type ReportRow } from '../entities';
import { RollupChanges } from './rollups';
import type { Submission } from './submission';

export interface Reporter {
  workerId: string;
  /** The partner platform submitting for the worker; null when an operator files it. */
  platform: string | null;
}

/**
 * Stores a checked submission. With an idempotency key a retry returns the report the first
 * call made, also when identical calls race: the unique (reporter, key) index lets one insert
 * win, and the losers read the winner's row.
 */
export async function fileReport(db: Database, reporter: Reporter, s: Submission): Promise<ReportRow> {
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
    submittedAt: new Date(),
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
      await new RollupChanges().reportCount(row.districtCode, row.submittedAt, row.category, row.status, 1).write(em);
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
