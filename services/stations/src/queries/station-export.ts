import type { Database } from '@nef/kit';
import { In } from 'typeorm';
import { StationAmenityEntity, type StationRow } from '../entities';
import { applyFilter, stationQuery, type StationFilter } from './station-filter';

/**
 * The stations matching a filter with their amenities, in id order, `batchSize` at a time:
 * an export of any size holds one batch in memory.
 */
export async function* stationBatches(
  db: Database,
  filter: StationFilter,
  batchSize: number,
): AsyncGenerator<{ station: StationRow; amenities: string[] }[]> {
  let after: string | undefined;
  for (;;) {
    const q = applyFilter(stationQuery(db), filter).orderBy('s.id', 'ASC').take(batchSize);
    if (after) q.andWhere('s.id > :after', { after });
    const rows = await q.getMany();
    if (rows.length === 0) return;
    const amenities = await db.manager.find(StationAmenityEntity, { where: { stationId: In(rows.map((r) => r.id)) }, order: { amenity: 'ASC' } });
    const byStation = new Map<string, string[]>(rows.map((r) => [r.id, []]));
    for (const a of amenities) byStation.get(a.stationId)?.push(a.amenity);
    yield rows.map((station) => ({ station, amenities: byStation.get(station.id)! }));
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}
