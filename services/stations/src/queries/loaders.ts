import { findScopeRegion, firstPerKeyLoader, groupLoader, perArgs, rowLoader, valueLoader, type Database, type ScopeRegion } from '@nef/kit';
import { In } from 'typeorm';
import { MerchantOfferEntity, StationAmenityEntity, StationEntity, StationVisitEntity } from '../entities';
import { OFFER_ORDER, OFFER_STATUS_SQL, OFFER_VALID_SQL, offerStatusSql, type OfferStatus } from '../rules/merchant-offer';
import type { DayRange } from '../rules/visit-days';
import { districtsByCode } from './districts';
import { regionsByCode } from './regions';
import { districtMetrics, emptyMetrics, regionStationMetrics, stationVisitCounts } from './visit-counts';

/** Every loader of the service, made fresh for each request; `now` is the request's time. */
export function createLoaders(db: Database, now: Date) {
  return {
    station: rowLoader((ids: readonly string[]) => db.manager.findBy(StationEntity, { id: In([...ids]) }), (s) => s.id),
    district: rowLoader((codes: readonly string[]) => districtsByCode(db, codes), (d) => d.code),
    region: rowLoader((codes: readonly string[]) => regionsByCode(db, codes), (r) => r.code),
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
    /**
     * A page of offers per station in the given statuses, cheapest first: `first + 1` rows (the
     * extra one says whether a page follows) after the cursor's (price, id).
     */
    offerPage: perArgs((args: { first: number; after: { priceCents: number; id: string } | null; statuses: OfferStatus[] }) =>
      firstPerKeyLoader(db, {
        entity: MerchantOfferEntity,
        table: 'merchant_offers',
        keyColumn: 'station_id',
        orderBy: OFFER_ORDER,
        keyOf: (o) => o.stationId,
        limit: args.first + 1,
        filter: {
          sql: `${offerStatusSql(args.statuses)}${args.after ? ' AND (price_cents > :afterPrice OR (price_cents = :afterPrice AND id > :afterId))' : ''}`,
          params: { now, ...(args.after ? { afterPrice: args.after.priceCents, afterId: args.after.id } : {}) },
        },
      }),
    ),
    /** The next offer of each station to start after the request's time: when a list of current offers changes next. */
    nextOfferStart: firstPerKeyLoader(db, {
      entity: MerchantOfferEntity,
      table: 'merchant_offers',
      keyColumn: 'station_id',
      orderBy: { column: 'starts_at', property: 'startsAt', direction: 'ASC' },
      keyOf: (o) => o.stationId,
      limit: 1,
      filter: { sql: OFFER_STATUS_SQL.SCHEDULED, params: { now } },
    }),
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
    /** A page of a worker's visits, newest first (then by id): `first + 1` rows after the cursor's (at, id). */
    stationVisitPage: perArgs((args: { first: number; after: { at: Date; id: string } | null }) =>
      firstPerKeyLoader(db, {
        entity: StationVisitEntity,
        table: 'station_visits',
        keyColumn: 'worker_id',
        orderBy: { column: 'at', property: 'at', direction: 'DESC' },
        keyOf: (v) => v.workerId,
        limit: args.first + 1,
        ...(args.after ? { filter: { sql: '(at < :afterAt OR (at = :afterAt AND id < :afterId))', params: { afterAt: args.after.at, afterId: args.after.id } } } : {}),
      }),
    ),
    /** Current ACTIVE stations per district by kind and 24h, and visits over the days of a period from the district's daily rollup. */
    districtMetrics: perArgs((range: DayRange) => valueLoader((codes: readonly string[]) => districtMetrics(db, codes, range), emptyMetrics())),
    /** A region's figures at any level (the nation, a province, a city, a county, a street) for the days of a period. */
    regionMetrics: perArgs((range: DayRange) =>
      valueLoader(
        (codes: readonly string[]) => regionStationMetrics(db, codes.map((c) => findScopeRegion(c)).filter((r): r is ScopeRegion => r !== null), range),
        emptyMetrics(),
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
