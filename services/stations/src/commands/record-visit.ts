import { conflict, isUniqueViolation, newId, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { DistrictVisitDayEntity, StationVisitDayEntity, StationVisitEntity, type StationRow, type StationVisitRow } from '../entities';
import { visitDay } from '../rules/visit-days';

export interface VisitRequest {
  station: StationRow;
  workerId: string;
  at: Date;
  idempotencyKey: string | null;
}

/**
 * Adds `n` to a station's count for a day, and to its district's, in the caller's transaction.
 * Portable upsert: update; when no row was there, insert; when a concurrent transaction
 * inserted it first (MySQL; SQLite runs transactions one at a time), update again. A failed
 * INSERT rolls back only itself on MySQL, so the transaction goes on.
 */
export async function addToDay(em: EntityManager, stationId: string, districtCode: string, day: string, n = 1): Promise<void> {
  await upsertCount(em, StationVisitDayEntity, { stationId, day }, { districtCode }, n);
  await upsertCount(em, DistrictVisitDayEntity, { districtCode, day }, {}, n);
}

async function upsertCount<K extends Record<string, string>>(
  em: EntityManager,
  entity: typeof StationVisitDayEntity | typeof DistrictVisitDayEntity,
  key: K,
  rest: Record<string, string>,
  n: number,
): Promise<void> {
  const bump = () =>
    em
      .createQueryBuilder()
      .update(entity)
      .set({ count: () => `count + ${Math.trunc(n)}` })
      .where(key)
      .execute();
  if ((await bump()).affected) return;
  try {
    await em.insert(entity, { ...key, ...rest, count: n });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    await bump();
  }
}

function sameVisit(existing: StationVisitRow, req: VisitRequest): StationVisitRow {
  if (existing.stationId !== req.station.id) {
    throw conflict(`idempotencyKey "${req.idempotencyKey}" was already used for a visit to another station`);
  }
  return existing;
}

/**
 * Records a visit and counts it in the daily rollup in one transaction. With an idempotency
 * key, repeating the call (even concurrently) returns the first visit and counts it once: the
 * unique (worker_id, idempotency_key) index lets only one insert through, and the others
 * read that one back. Visits are taken by ACTIVE stations only.
 */
export async function recordVisit(db: Database, req: VisitRequest, now: Date): Promise<StationVisitRow> {
  const findExisting = () =>
    req.idempotencyKey ? db.manager.findOneBy(StationVisitEntity, { workerId: req.workerId, idempotencyKey: req.idempotencyKey }) : null;
  const before = await findExisting();
  if (before) return sameVisit(before, req);
  if (req.station.status !== 'ACTIVE') {
    throw conflict(`station ${req.station.id} is ${req.station.status}; visits are recorded at ACTIVE stations only`);
  }
  const row: StationVisitRow = {
    id: newId(),
    stationId: req.station.id,
    workerId: req.workerId,
    at: req.at,
    idempotencyKey: req.idempotencyKey,
    createdAt: now,
  };
  try {
    await db.transaction(async (em) => {
      await em.insert(StationVisitEntity, row);
      await addToDay(em, row.stationId, req.station.districtCode, visitDay(row.at));
    });
    return row;
  } catch (err) {
    if (!req.idempotencyKey || !isUniqueViolation(err)) throw err;
    const winner = await findExisting();
    if (!winner) throw err;
    return sameVisit(winner, req);
  }
}
