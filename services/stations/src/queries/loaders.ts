import { firstPerKeyLoader, groupLoader, perArgs, rowLoader, valueLoader, type Database } from '@nef/kit';
import { In } from 'typeorm';
import { MerchantOfferEntity, StationAmenityEntity, StationEntity, StationVisitEntity } from '../entities';
import { OFFER_ORDER, OFFER_VALID_SQL } from '../rules/merchant-offer';
import type { DayRange } from '../rules/visit-days';
import { districtsByCode } from './districts';
import { districtMetrics, emptyMetrics, stationVisitCounts } from './visit-counts';

/** Every loader of the service, made fresh for each request; `now` is the request's time. */
export function createLoaders(db: Database, now: Date) {
  return {
    station: rowLoader((ids: readonly string[]) => db.manager.findBy(StationEntity, { id: In([...ids]) }), (s) => s.id),
    district: rowLoader((codes: readonly string[]) => districtsByCode(db, codes), (d) => d.code),
    amenities: groupLoader(
      (ids: readonly string[]) => db.manager.find(StationAmenityEntity, { where: { stationId: In([...ids]) }, order: { amenity: 'ASC' } }),
      (a) => a.stationId,
    ),
    /** The `first` cheapest offers still valid at the request's time, per station, for any number of stations in one statement. */
    offers: perArgs((first: number) =>
      firstPerKeyLoader(db, {
        entity: MerchantOfferEntity,
        table: 'merchant_offers',
        keyColumn: 'station_id',
        orderBy: OFFER_ORDER,
        keyOf: (o) => o.stationId,
        limit: first,
        filter: { sql: OFFER_VALID_SQL, params: { now } },
      }),
    ),
    visitCount: perArgs((range: DayRange) => valueLoader((ids: readonly string[]) => stationVisitCounts(db, ids, range), 0)),
    /** A worker's latest visits, newest first, `first` per worker in one statement for any number of workers. */
    stationVisits: perArgs((first: number) =>
      firstPerKeyLoader(db, {
        entity: StationVisitEntity,
        table: 'station_visits',
        keyColumn: 'worker_id',
        orderBy: { column: 'at', property: 'at', direction: 'DESC' },
        keyOf: (v) => v.workerId,
        limit: first,
      }),
    ),
    /** Current ACTIVE stations per district by kind and 24h, and visits over the days of a period from the district's daily rollup. */
    districtMetrics: perArgs((range: DayRange) => valueLoader((codes: readonly string[]) => districtMetrics(db, codes, range), emptyMetrics())),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
