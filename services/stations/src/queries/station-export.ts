import type { Database } from '@nef/kit';
import { In } from 'typeorm';
import { MerchantOfferEntity, StationAmenityEntity, type MerchantOfferRow, type StationRow } from '../entities';
import { OFFER_ORDER, PUBLIC_OFFER_STATUSES, offerStatusSql } from '../rules/merchant-offer';
import { applyFilter, stationQuery, type StationFilter } from './station-filter';

/**
 * The stations matching a filter with their amenities and their public offers (CURRENT and
 * SCHEDULED at `now`, cheapest first), in id order, `batchSize` at a time: an export of any
 * size holds one batch in memory.
 */
export async function* stationBatches(
  db: Database,
  filter: StationFilter,
  batchSize: number,
  now: Date = new Date(),
): AsyncGenerator<{ station: StationRow; amenities: string[]; offers: MerchantOfferRow[] }[]> {
  let after: string | undefined;
  for (;;) {
    const q = applyFilter(stationQuery(db), filter).orderBy('s.id', 'ASC').take(batchSize);
    if (after) q.andWhere('s.id > :after', { after });
    const rows = await q.getMany();
    if (rows.length === 0) return;
    const amenities = await db.manager.find(StationAmenityEntity, { where: { stationId: In(rows.map((r) => r.id)) }, order: { amenity: 'ASC' } });
    const byStation = new Map<string, string[]>(rows.map((r) => [r.id, []]));
    for (const a of amenities) byStation.get(a.stationId)?.push(a.amenity);
    const offers = await db.manager
      .createQueryBuilder(MerchantOfferEntity, 'm')
      .where('m.stationId IN (:...ids)', { ids: rows.map((r) => r.id) })
      .andWhere(offerStatusSql(PUBLIC_OFFER_STATUSES), { now })
      .orderBy(`m.${OFFER_ORDER.property}`, OFFER_ORDER.direction)
      .addOrderBy('m.id', OFFER_ORDER.direction)
      .getMany();
    const offersOf = new Map<string, MerchantOfferRow[]>(rows.map((r) => [r.id, []]));
    for (const o of offers) offersOf.get(o.stationId)?.push(o);
    yield rows.map((station) => ({ station, amenities: byStation.get(station.id)!, offers: offersOf.get(station.id)! }));
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}
