import { conflict, isUniqueViolation, newId, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { StationVisitEntity, type StationRow, type StationVisitRow } from '../entities';
import { visitDay } from '../rules/visit-days';

export interface VisitRequest {
  station: StationRow;
  workerId: string;
  at: Date;
  idempotencyKey: string | null;
}

/**
 * Adds `n` to a station's count for a day, and to its district's, in the caller's transaction:
 * always the station's row first, then the district's, so that two visits never take them in
 * opposite orders.
 *
 * Each is one upsert statement, never "update, and insert when nothing was there". On MySQL an
 * UPDATE that finds no row still locks the gap where the row would go; those gaps are shared by
 * the days and stations that sort beside each other, and two first visits of a day at two
 * stations then each held a gap the other's INSERT needed: a deadlock. An INSERT ... ON
 * DUPLICATE KEY UPDATE takes no gap lock: it creates the row, or locks only the existing row
 * (a primary key) to add to it.
 */
export async function addToDay(em: EntityManager, stationId: string, districtCode: string, day: string, n = 1): Promise<void> {
  await addToCount(em, 'station_visit_days', { station_id: stationId, day }, { district_code: districtCode }, n);
  await addToCount(em, 'district_visit_days', { district_code: districtCode, day }, {}, n);
}

/** `INSERT` of a row counting `n`, or `count + n` on the row with that primary key; spelled per engine. */
async function addToCount(em: EntityManager, table: string, key: Record<string, string>, rest: Record<string, string>, n: number): Promise<void> {
  const columns = [...Object.keys(key), ...Object.keys(rest), 'count'];
  const values = [...Object.values(key), ...Object.values(rest), Math.trunc(n)];
  const onConflict =
    em.connection.options.type === 'mysql'
      ? 'ON DUPLICATE KEY UPDATE `count` = `count` + VALUES(`count`)'
      : `ON CONFLICT (${Object.keys(key).map((c) => `\`${c}\``).join(', ')}) DO UPDATE SET \`count\` = \`count\` + excluded.\`count\``;
  await em.query(`INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ${onConflict}`, values);
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
