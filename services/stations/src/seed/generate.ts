import { addDays, bulkInsert, bumpDataVersions, type Database } from '@nef/kit';
import {
  CHAOYANG_AREA,
  areaStreetCodes,
  CITY,
  NATIONAL,
  NATIONAL_AREAS,
  drawPointInArea,
  generatedStationArea,
  generatedStationId,
  seededRandom,
  weightedPick,
  type Area,
  type DatasetScale,
} from '@nef/kit/seed';
import { In } from 'typeorm';
import {
  DistrictEntity,
  DistrictVisitDayEntity,
  StationAmenityEntity,
  StationEntity,
  StationVisitDayEntity,
  type StationRow,
  type StationVisitDayRow,
} from '../entities';
import type { OpeningPeriod } from '../rules/opening-hours';
import { AMENITIES, newStationRows, validateNewStation, type StationKind } from '../rules/station-input';
import { visitDay } from '../rules/visit-days';

export type Scale = DatasetScale;

/** Chaoyang, Beijing: about 470 km² east of the centre. */
export const CHAOYANG_BOX = { minLat: 39.83, maxLat: 40.08, minLng: 116.42, maxLng: 116.64 };

/** Shares of the kinds, in percent (weightedPick draws them in this order). */
const KIND_WEIGHTS: Record<StationKind, number> = {
  WARM_STATION: 40, RIDER_HOME: 20, PARTY_SERVICE_CENTER: 15, UNION_POST: 10, DRIVER_HOME: 5, FRIENDLY_MERCHANT: 10,
};
const KIND_LABEL: Record<StationKind, string> = {
  WARM_STATION: '暖心驿站', RIDER_HOME: '骑手之家', PARTY_SERVICE_CENTER: '党群服务中心', UNION_POST: '工会驿站', DRIVER_HOME: '司机之家', FRIENDLY_MERCHANT: '骑手友好商户',
};
const AMENITY_ODDS: Record<string, number> = {
  DRINKING_WATER: 0.95, MICROWAVE: 0.6, PHONE_CHARGING: 0.85, EBIKE_CHARGING: 0.3, BATTERY_SWAP: 0.1, REST_AREA: 0.7, TOILET: 0.5,
  MEDICINE_BOX: 0.4, COUNSELLING: 0.1, PRINTER: 0.1, WIFI: 0.5, HEATING: 0.4, AIR_CONDITIONING: 0.5, MEALS: 0.15, LEGAL_AID: 0.08, PARKING: 0.1,
};
const HOURS_TEMPLATES: [number[], string, string][] = [
  [[1, 2, 3, 4, 5, 6, 7], '08:00', '20:00'],
  [[1, 2, 3, 4, 5, 6, 7], '09:00', '21:00'],
  [[1, 2, 3, 4, 5], '09:00', '18:00'],
  [[1, 2, 3, 4, 5, 6, 7], '10:00', '02:00'],
  [[1, 2, 3, 4, 5, 6, 7], '07:00', '22:00'],
];

/**
 * One generated station, all of it drawn from the random stream in a fixed order, then checked
 * and laid out as rows by createStation's own rules.
 */
function drawStation(rand: () => number, id: string, n: number, area: Area, streetCode: string | null, lat: number, lng: number, now: Date) {
  const kind = weightedPick(rand, KIND_WEIGHTS);
  // About 12,000 of the network's 186,000 stations are open all night.
  const open24h = rand() < 0.065;
  const t = HOURS_TEMPLATES[Math.floor(rand() * HOURS_TEMPLATES.length)]!;
  const openingHours: OpeningPeriod[] = open24h ? [] : t[0].map((weekday) => ({ weekday, opens: t[1], closes: t[2] }));
  const amenities = AMENITIES.filter((a) => rand() < AMENITY_ODDS[a]!);
  const capacity = 5 + Math.floor(rand() * 40);
  const station = validateNewStation({
    name: `${area.name}${KIND_LABEL[kind]}${n}号`,
    kind,
    address: `${area.city}${area.name}生成路${n}号`,
    districtCode: area.code,
    streetCode,
    location: { lat, lng, crs: 'WGS84' },
    amenities: [...amenities],
    open24h,
    openingHours,
    openingExceptions: [],
    capacity,
    operator: `${area.name}总工会`,
  });
  return newStationRows(station, id, now);
}

export interface GenerateOptions {
  scale: Scale;
  seed: number;
  /** Defaults: city 3,500, national 200,000. */
  stations?: number;
  /** Days of visit counts before today (city default 365, national 0). */
  visitDays?: number;
  batchSize?: number;
  now?: Date;
  progress?: (line: string) => void;
}

/**
 * Writes a reproducible data set into the service's database: the same scale and seed always
 * give the same stations (ids, places, kinds, hours, amenities) and visit counts. Batches
 * already present are skipped, so an interrupted run can be started again.
 */
export async function generate(db: Database, opts: GenerateOptions): Promise<{ stations: number; visitDays: number }> {
  const total = opts.stations ?? (opts.scale === 'city' ? CITY.stations : NATIONAL.stations);
  const days = opts.visitDays ?? (opts.scale === 'city' ? CITY.days : 0);
  const batchSize = opts.batchSize ?? (days > 0 ? 500 : 2_000);
  const now = opts.now ?? new Date();
  const progress = opts.progress ?? (() => {});
  const rand = seededRandom(opts.seed);
  const areas = opts.scale === 'city' ? [CHAOYANG_AREA] : NATIONAL_AREAS;
  await ensureDistricts(db, areas);

  const placeOf = (i: number): { area: Area; streetCode: string | null; lat: number; lng: number } => {
    if (opts.scale === 'city') {
      const b = CHAOYANG_BOX;
      return { area: CHAOYANG_AREA, streetCode: null, lat: b.minLat + rand() * (b.maxLat - b.minLat), lng: b.minLng + rand() * (b.maxLng - b.minLng) };
    }
    // The area is the kit's function of the index (the other services place courses and rewards
    // by it); the point is drawn around the area's centre, and the station names one of the
    // county's streets, so that street figures have stations to count.
    const area = generatedStationArea(opts.seed, i);
    const streets = areaStreetCodes(area);
    const streetCode = streets[Math.floor(rand() * streets.length)]!;
    return { area, streetCode, ...drawPointInArea(rand, area) };
  };

  let written = 0;
  for (let start = 0; start < total; start += batchSize) {
    const count = Math.min(batchSize, total - start);
    const batch = Array.from({ length: count }, (_, k) => {
      const i = start + k;
      const p = placeOf(i);
      return drawStation(rand, generatedStationId(opts.scale, opts.seed, i), i + 1, p.area, p.streetCode, p.lat, p.lng, now);
    });
    const visits = days > 0 ? drawVisitDays(rand, batch.map((b) => b.row), days, now) : [];
    const lastId = batch[batch.length - 1]!.row.id;
    if (!(await db.manager.existsBy(StationEntity, { id: lastId }))) {
      await db.transaction(async (em) => {
        await bulkInsert(em, StationEntity, batch.map((b) => b.row));
        await bulkInsert(em, StationAmenityEntity, batch.flatMap((b) => b.amenities));
        await bulkInsert(em, StationVisitDayEntity, visits);
      });
      written += count;
    }
    progress(`${opts.scale} seed ${opts.seed}: ${start + count}/${total} stations${days ? ` (${days} days of visit counts)` : ''}${written < start + count ? ', earlier batches already there' : ''}`);
  }
  if (written > 0) {
    // The districts' daily visits, summed again from the stations' days (exact whatever was there).
    const districts = [...new Set(areas.map((a) => a.code))];
    await db.transaction(async (em) => {
      await em.delete(DistrictVisitDayEntity, { districtCode: In(districts) });
      const [sql, params] = db.dataSource.driver.escapeQueryWithParameters(
        'INSERT INTO district_visit_days (district_code, day, count) SELECT district_code, day, SUM(count) FROM station_visit_days WHERE district_code IN (:...districts) GROUP BY district_code, day',
        { districts },
      );
      await em.query(sql, params);
    });
    await bumpDataVersions(db, ['stations', 'visits']);
  }
  return { stations: written, visitDays: days };
}

/** Daily counts for the `days` local days before today: busier stations stay busier. */
function drawVisitDays(rand: () => number, stations: StationRow[], days: number, now: Date): StationVisitDayRow[] {
  const today = visitDay(now);
  const out: StationVisitDayRow[] = [];
  for (const s of stations) {
    const busy = 2 + rand() * 30;
    for (let d = days; d >= 1; d--) {
      const count = Math.floor(busy * (0.5 + rand()));
      if (count === 0) continue;
      out.push({ stationId: s.id, day: addDays(today, -d), districtCode: s.districtCode, count });
    }
  }
  return out;
}

/** Adds the generator's districts to the catalogue when they are missing (Beijing's are there already). */
async function ensureDistricts(db: Database, areas: Area[]): Promise<void> {
  const have = new Set((await db.manager.findBy(DistrictEntity, { code: In(areas.map((a) => a.code)) })).map((d) => d.code));
  const missing = areas.filter((a) => !have.has(a.code));
  if (missing.length === 0) return;
  await db.transaction((em) =>
    em.insert(DistrictEntity, missing.map((a) => ({ code: a.code, name: a.name, nameEn: a.nameEn, city: a.city }))),
  );
}
