import { regionCondition, type Database, type ScopeRegion } from '@nef/kit';
import type { DayRange } from '../rules/visit-days';
import { STATION_KINDS, type StationKind } from '../rules/station-input';

/** A district's figures for dashboards: its ACTIVE stations now and its visits in a period. */
export interface DistrictStationMetrics {
  stations: number;
  open24h: number;
  byKind: { kind: StationKind; count: number }[];
  visits: number;
}

const num = (v: unknown) => Number(v ?? 0);

/** Visits per station over the days of a range, from the daily rollup (stations without any are left out). */
export async function stationVisitCounts(db: Database, stationIds: readonly string[], range: DayRange): Promise<Map<string, number>> {
  const rows: { stationId: string; visits: unknown }[] = await db.manager
    .createQueryBuilder()
    .select('d.station_id', 'stationId')
    .addSelect('SUM(d.count)', 'visits')
    .from('station_visit_days', 'd')
    .where('d.station_id IN (:...ids)', { ids: stationIds })
    .andWhere('d.day BETWEEN :fromDay AND :toDay', range)
    .groupBy('d.station_id')
    .getRawMany();
  return new Map(rows.map((r) => [r.stationId, num(r.visits)]));
}

export function emptyMetrics(): DistrictStationMetrics {
  return { stations: 0, open24h: 0, byKind: STATION_KINDS.map((kind) => ({ kind, count: 0 })), visits: 0 };
}

/** Adds a count of ACTIVE stations of one kind, open round the clock or not, to the figures. */
function addStations(m: DistrictStationMetrics, r: { kind: string; open24h: unknown; n: unknown }): void {
  const n = num(r.n);
  m.stations += n;
  if (num(r.open24h) === 1 || r.open24h === true) m.open24h += n;
  m.byKind.find((k) => k.kind === r.kind)!.count += n;
}

/**
 * Current ACTIVE stations per district by kind and 24h, and visits over the days of a range from
 * the districts' daily rollup: two statements for any number of districts.
 */
export async function districtMetrics(db: Database, codes: readonly string[], range: DayRange): Promise<Map<string, DistrictStationMetrics>> {
  const [stations, visits]: [{ code: string; kind: string; open24h: unknown; n: unknown }[], { code: string; visits: unknown }[]] =
    await Promise.all([
      db.reader
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
      db.reader
        .createQueryBuilder()
        .select('d.district_code', 'code')
        .addSelect('SUM(d.count)', 'visits')
        .from('district_visit_days', 'd')
        .where('d.district_code IN (:...codes)', { codes })
        .andWhere('d.day BETWEEN :fromDay AND :toDay', range)
        .groupBy('d.district_code')
        .getRawMany(),
    ]);
  const out = new Map<string, DistrictStationMetrics>();
  const metricsOf = (code: string) => {
    let m = out.get(code);
    if (!m) out.set(code, (m = emptyMetrics()));
    return m;
  };
  for (const r of stations) addStations(metricsOf(r.code), r);
  for (const r of visits) metricsOf(r.code).visits = num(r.visits);
  return out;
}

/**
 * A region's figures (the nation, a province, a city, a county or a street): its ACTIVE stations
 * now and its visits over the days of a range. Above street level both come from the county
 * columns (stations.district_code, the districts' daily rollup) over the region's code range, so
 * a parent's figures are its children's summed; a street's from its stations and their daily
 * rollup. Two statements per region.
 */
export async function regionStationMetrics(db: Database, regions: readonly ScopeRegion[], range: DayRange): Promise<Map<string, DistrictStationMetrics>> {
  const out = new Map<string, DistrictStationMetrics>();
  await Promise.all(
    regions.map(async (region) => {
      const stationsIn = regionCondition(region, { county: 's.district_code', street: 's.street_code' });
      const stations = db.reader
        .createQueryBuilder()
        .select('s.kind', 'kind')
        .addSelect('s.open_24h', 'open24h')
        .addSelect('COUNT(*)', 'n')
        .from('stations', 's')
        .where(stationsIn.sql, stationsIn.params)
        .andWhere(`s.status = 'ACTIVE'`)
        .groupBy('s.kind')
        .addGroupBy('s.open_24h')
        .getRawMany<{ kind: string; open24h: unknown; n: unknown }>();
      const visits =
        region.level === 'STREET'
          ? db.reader
              .createQueryBuilder()
              .select('SUM(d.count)', 'visits')
              .from('station_visit_days', 'd')
              .innerJoin('stations', 's', 's.id = d.station_id')
              .where('s.street_code = :street', { street: region.code })
              .andWhere('d.day BETWEEN :fromDay AND :toDay', range)
              .getRawOne<{ visits: unknown }>()
          : (() => {
              const daysIn = regionCondition(region, { county: 'd.district_code' });
              return db.reader
                .createQueryBuilder()
                .select('SUM(d.count)', 'visits')
                .from('district_visit_days', 'd')
                .where(daysIn.sql, daysIn.params)
                .andWhere('d.day BETWEEN :fromDay AND :toDay', range)
                .getRawOne<{ visits: unknown }>();
            })();
      const [rows, sum] = await Promise.all([stations, visits]);
      const m = emptyMetrics();
      for (const r of rows) addStations(m, r);
      m.visits = num(sum?.visits);
      out.set(region.code, m);
    }),
  );
  return out;
}
