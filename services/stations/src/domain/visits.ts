import { badUserInput, conflict, isUniqueViolation, newId, type Database } from '@nef/kit';
import { LessThan, type EntityManager } from 'typeorm';
import type { StationRow } from '../entities/station';
import { DistrictVisitDayEntity, StationVisitDayEntity, StationVisitEntity, type StationVisitRow } from '../entities/visit';
import { shanghaiClock } from './hours';

const DAY_MS = 86_400_000;
/** Clocks on phones drift; a check-in a few minutes "in the future" is still accepted. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface VisitRequest {
  station: StationRow;
  workerId: string;
  at: Date;
  idempotencyKey: string | null;
}

/** Checks when a visit may be recorded: not in the future, and not older than the retention. */
export function checkVisitTime(at: Date, now: Date, retentionDays: number): void {
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw badUserInput('at is in the future', { field: 'at' });
  if (at.getTime() < now.getTime() - retentionDays * DAY_MS) {
    throw badUserInput(`at must be within the last ${retentionDays} days (older visits are not kept)`, { field: 'at' });
  }
}

export function checkIdempotencyKey(key: string | null | undefined): string | null {
  if (key == null) return null;
  const k = key.trim();
  if (k.length === 0 || k.length > 100) throw badUserInput('idempotencyKey must be 1 to 100 characters', { field: 'idempotencyKey' });
  return k;
}

/**
 * Adds one to a station's count for a day, and to its district's, in the caller's transaction.
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
 * read that one back.
 */
export async function recordVisit(db: Database, req: VisitRequest): Promise<StationVisitRow> {
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
    createdAt: new Date(),
  };
  try {
    await db.transaction(async (em) => {
      await em.insert(StationVisitEntity, row);
      await addToDay(em, row.stationId, req.station.districtCode, shanghaiClock(row.at).date);
    });
    return row;
  } catch (err) {
    if (!req.idempotencyKey || !isUniqueViolation(err)) throw err;
    const winner = await findExisting();
    if (!winner) throw err;
    return sameVisit(winner, req);
  }
}

/**
 * Deletes raw visit rows older than the retention, in batches so that no single statement
 * holds locks for long. Counts live in the daily rollup and do not change.
 */
export async function purgeVisits(db: Database, retentionDays: number, now = new Date(), batchSize = 5000): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  let purged = 0;
  for (;;) {
    const old = await db.manager.find(StationVisitEntity, { select: { id: true }, where: { at: LessThan(cutoff) }, order: { at: 'ASC' }, take: batchSize });
    if (old.length === 0) return purged;
    await db.transaction((em) => em.delete(StationVisitEntity, old.map((v) => v.id)));
    purged += old.length;
    if (old.length < batchSize) return purged;
  }
}
