import { groupLoader, rowLoader, valueLoader, type Database } from '@nef/kit';
import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import { DistrictEntity } from './entities/district';
import { MerchantOfferEntity, type MerchantOfferRow } from './entities/offer';
import { StationAmenityEntity, StationEntity } from './entities/station';
import { StationVisitEntity, type StationVisitRow } from './entities/visit';
import { rangeKey, type DayRange } from './domain/period';
import { STATION_KINDS } from './domain/station-input';

export interface StationMetrics {
  stations: number;
  open24h: number;
  byKind: { kind: string; count: number }[];
  visits: number;
}

/** One loader per distinct argument set within a request (e.g. visitCount(from, to)). */
function perArgs<A, L>(make: (args: A) => L, keyOf: (args: A) => string) {
  const made = new Map<string, L>();
  return (args: A): L => {
    const key = keyOf(args);
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = make(args)));
    return loader;
  };
}

const num = (v: unknown) => Number(v ?? 0);

/** Every loader of the service, made fresh for each request. */
export function createLoaders(db: Database) {
  const now = new Date();
  return {
    station: rowLoader((ids: readonly string[]) => db.manager.findBy(StationEntity, { id: In([...ids]) }), (s) => s.id),
    district: rowLoader((codes: readonly string[]) => db.manager.findBy(DistrictEntity, { code: In([...codes]) }), (d) => d.code),
    amenities: groupLoader(
      (ids: readonly string[]) => db.manager.find(StationAmenityEntity, { where: { stationId: In([...ids]) }, order: { amenity: 'ASC' } }),
      (a) => a.stationId,
    ),
    /**
     * The `first` cheapest offers still valid at the start of the request, per station, for any
     * number of stations in one statement: a window numbers each station's offers by price.
     */
    offers: perArgs(
      (first: number): DataLoader<string, MerchantOfferRow[]> =>
        groupLoader(async (ids: readonly string[]) => {
          if (first === 0) return [];
          const ranked = db.manager
            .getRepository(MerchantOfferEntity)
            .createQueryBuilder('r')
            .select('r.id', 'id')
            .addSelect('ROW_NUMBER() OVER (PARTITION BY r.station_id ORDER BY r.price_cents ASC, r.id ASC)', 'rn')
            .where('r.station_id IN (:...ids)')
            .andWhere('(r.valid_until IS NULL OR r.valid_until > :now)');
          return db.manager
            .getRepository(MerchantOfferEntity)
            .createQueryBuilder('o')
            .where(`o.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.rn <= :first)`)
            .setParameters({ ids: [...ids], now, first })
            .orderBy('o.price_cents', 'ASC')
            .addOrderBy('o.id', 'ASC')
            .getMany();
        }, (o: MerchantOfferRow) => o.stationId),
      String,
    ),
    visitCount: perArgs(
      (range: DayRange): DataLoader<string, number> =>
        valueLoader(async (ids: readonly string[]) => {
          const rows: { stationId: string; visits: unknown }[] = await db.manager
            .createQueryBuilder()
            .select('d.station_id', 'stationId')
            .addSelect('SUM(d.count)', 'visits')
            .from('station_visit_days', 'd')
            .where('d.station_id IN (:...ids)', { ids })
            .andWhere('d.day BETWEEN :fromDay AND :toDay', range)
            .groupBy('d.station_id')
            .getRawMany();
          return new Map(rows.map((r) => [r.stationId, num(r.visits)]));
        }, 0),
      rangeKey,
    ),
    /** A worker's latest visits, newest first, `first` per worker in two statements for any number of workers. */
    stationVisits: perArgs(
      (first: number): DataLoader<string, StationVisitRow[]> =>
        groupLoader(async (workerIds: readonly string[]) => {
          if (first === 0) return [];
          const ranked: { id: string }[] = await db.manager.query(
            `SELECT id FROM (
               SELECT id, ROW_NUMBER() OVER (PARTITION BY worker_id ORDER BY at DESC, id DESC) AS rn
               FROM station_visits WHERE worker_id IN (${workerIds.map(() => '?').join(', ')})
             ) ranked WHERE rn <= ?`,
            [...workerIds, first],
          );
          if (ranked.length === 0) return [];
          return db.manager.find(StationVisitEntity, { where: { id: In(ranked.map((r) => r.id)) }, order: { at: 'DESC', id: 'DESC' } });
        }, (v) => v.workerId),
      String,
    ),
    /** Current ACTIVE stations per district by kind and 24h, and visits in the period from the district's daily rollup. */
    districtMetrics: perArgs(
      (range: DayRange): DataLoader<string, StationMetrics> =>
        valueLoader(
          async (codes: readonly string[]) => {
            const [stations, visits]: [{ code: string; kind: string; open24h: unknown; n: unknown }[], { code: string; visits: unknown }[]] =
              await Promise.all([
                db.manager
                  .createQueryBuilder()
                  .select('s.district_code', 'code')
                  .addSelect('s.kind', 'kind')
                  .addSelect('s.open_24h', 'open24h')
                  .addSelect('COUNT(*)', 'n')
                  .from('stations', 's')
                  .where('s.district_code IN (:...codes)', { codes })
                  .andWhere(`s.status = 'ACTIVE'`)
                  .groupBy('s.district_code')
                  .addGroupBy('s.kind')
                  .addGroupBy('s.open_24h')
                  .getRawMany(),
                db.manager
                  .createQueryBuilder()
                  .select('d.district_code', 'code')
                  .addSelect('SUM(d.count)', 'visits')
                  .from('district_visit_days', 'd')
                  .where('d.district_code IN (:...codes)', { codes })
                  .andWhere('d.day BETWEEN :fromDay AND :toDay', range)
                  .groupBy('d.district_code')
                  .getRawMany(),
              ]);
            const out = new Map<string, StationMetrics>();
            const metricsOf = (code: string) => {
              let m = out.get(code);
              if (!m) out.set(code, (m = emptyMetrics()));
              return m;
            };
            for (const r of stations) {
              const m = metricsOf(r.code);
              const n = num(r.n);
              m.stations += n;
              if (num(r.open24h) === 1 || r.open24h === true) m.open24h += n;
              m.byKind.find((k) => k.kind === r.kind)!.count += n;
            }
            for (const r of visits) metricsOf(r.code).visits = num(r.visits);
            return out;
          },
          emptyMetrics(),
        ),
      rangeKey,
    ),
  };
}

function emptyMetrics(): StationMetrics {
  return { stations: 0, open24h: 0, byKind: STATION_KINDS.map((kind) => ({ kind, count: 0 })), visits: 0 };
}

export type Loaders = ReturnType<typeof createLoaders>;
