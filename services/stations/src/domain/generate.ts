import { bumpDataVersions, isShiftedRegion, type Database } from '@nef/kit';
import { CITY, generatedStationId, seededRandom } from '@nef/kit/seed';
import { In } from 'typeorm';
import { DistrictEntity } from '../entities/district';
import type { StationAmenityRow, StationRow } from '../entities/station';
import { StationEntity } from '../entities/station';
import { DistrictVisitDayEntity, StationVisitDayEntity, type StationVisitDayRow } from '../entities/visit';
import { insertStations } from './bulk';
import { shanghaiClock, type OpeningPeriod } from './hours';
import { AMENITIES, STATION_KINDS } from './station-input';

/** The PRNG the generated data sets share (kept here under its old name for callers). */
export { seededRandom };

export type Scale = 'city' | 'national';

interface Area {
  code: string;
  name: string;
  nameEn: string;
  city: string;
  lat: number;
  lng: number;
  /** Share of the stations, and spread (km, one standard deviation). */
  weight: number;
  spreadKm: number;
}

/** Chaoyang, Beijing: about 470 km² east of the centre. */
export const CHAOYANG_BOX = { minLat: 39.83, maxLat: 40.08, minLng: 116.42, maxLng: 116.64 };

/**
 * Where people (and so stations) are: a county-level district in each large city, weighted
 * roughly by urban population. Codes are GB/T 2260.
 */
export const NATIONAL_AREAS: Area[] = [
  { code: '110105', name: '朝阳区', nameEn: 'Chaoyang', city: '北京市', lat: 39.92, lng: 116.44, weight: 18, spreadKm: 25 },
  { code: '310101', name: '黄浦区', nameEn: 'Huangpu', city: '上海市', lat: 31.23, lng: 121.47, weight: 20, spreadKm: 25 },
  { code: '440106', name: '天河区', nameEn: 'Tianhe', city: '广州市', lat: 23.13, lng: 113.32, weight: 14, spreadKm: 22 },
  { code: '440305', name: '南山区', nameEn: 'Nanshan', city: '深圳市', lat: 22.54, lng: 113.93, weight: 14, spreadKm: 18 },
  { code: '500103', name: '渝中区', nameEn: 'Yuzhong', city: '重庆市', lat: 29.56, lng: 106.57, weight: 12, spreadKm: 30 },
  { code: '510104', name: '锦江区', nameEn: 'Jinjiang', city: '成都市', lat: 30.66, lng: 104.08, weight: 12, spreadKm: 22 },
  { code: '120101', name: '和平区', nameEn: 'Heping', city: '天津市', lat: 39.12, lng: 117.2, weight: 9, spreadKm: 20 },
  { code: '420106', name: '武昌区', nameEn: 'Wuchang', city: '武汉市', lat: 30.55, lng: 114.32, weight: 9, spreadKm: 20 },
  { code: '330106', name: '西湖区', nameEn: 'Xihu', city: '杭州市', lat: 30.26, lng: 120.13, weight: 9, spreadKm: 20 },
  { code: '610113', name: '雁塔区', nameEn: 'Yanta', city: '西安市', lat: 34.22, lng: 108.95, weight: 8, spreadKm: 18 },
  { code: '320102', name: '玄武区', nameEn: 'Xuanwu', city: '南京市', lat: 32.05, lng: 118.8, weight: 7, spreadKm: 18 },
  { code: '410105', name: '金水区', nameEn: 'Jinshui', city: '郑州市', lat: 34.78, lng: 113.66, weight: 7, spreadKm: 18 },
  { code: '430102', name: '芙蓉区', nameEn: 'Furong', city: '长沙市', lat: 28.2, lng: 112.98, weight: 6, spreadKm: 16 },
  { code: '370102', name: '历下区', nameEn: 'Lixia', city: '济南市', lat: 36.67, lng: 117.07, weight: 5, spreadKm: 16 },
  { code: '370202', name: '市南区', nameEn: 'Shinan', city: '青岛市', lat: 36.07, lng: 120.38, weight: 5, spreadKm: 16 },
  { code: '210102', name: '和平区', nameEn: 'Heping', city: '沈阳市', lat: 41.8, lng: 123.43, weight: 5, spreadKm: 16 },
  { code: '230102', name: '道里区', nameEn: 'Daoli', city: '哈尔滨市', lat: 45.77, lng: 126.62, weight: 4, spreadKm: 16 },
  { code: '220102', name: '南关区', nameEn: 'Nanguan', city: '长春市', lat: 43.88, lng: 125.32, weight: 3, spreadKm: 14 },
  { code: '350102', name: '鼓楼区', nameEn: 'Gulou', city: '福州市', lat: 26.08, lng: 119.3, weight: 4, spreadKm: 14 },
  { code: '350203', name: '思明区', nameEn: 'Siming', city: '厦门市', lat: 24.45, lng: 118.08, weight: 3, spreadKm: 10 },
  { code: '530102', name: '五华区', nameEn: 'Wuhua', city: '昆明市', lat: 25.04, lng: 102.71, weight: 4, spreadKm: 14 },
  { code: '450102', name: '兴宁区', nameEn: 'Xingning', city: '南宁市', lat: 22.82, lng: 108.32, weight: 3, spreadKm: 14 },
  { code: '520102', name: '南明区', nameEn: 'Nanming', city: '贵阳市', lat: 26.58, lng: 106.71, weight: 3, spreadKm: 14 },
  { code: '340104', name: '蜀山区', nameEn: 'Shushan', city: '合肥市', lat: 31.85, lng: 117.26, weight: 4, spreadKm: 14 },
  { code: '360102', name: '东湖区', nameEn: 'Donghu', city: '南昌市', lat: 28.68, lng: 115.89, weight: 3, spreadKm: 14 },
  { code: '130102', name: '长安区', nameEn: "Chang'an", city: '石家庄市', lat: 38.04, lng: 114.51, weight: 4, spreadKm: 14 },
  { code: '140105', name: '小店区', nameEn: 'Xiaodian', city: '太原市', lat: 37.74, lng: 112.56, weight: 3, spreadKm: 14 },
  { code: '150102', name: '新城区', nameEn: 'Xincheng', city: '呼和浩特市', lat: 40.84, lng: 111.66, weight: 2, spreadKm: 12 },
  { code: '620102', name: '城关区', nameEn: 'Chengguan', city: '兰州市', lat: 36.06, lng: 103.83, weight: 2, spreadKm: 12 },
  { code: '650102', name: '天山区', nameEn: 'Tianshan', city: '乌鲁木齐市', lat: 43.79, lng: 87.62, weight: 2, spreadKm: 12 },
  { code: '460106', name: '龙华区', nameEn: 'Longhua', city: '海口市', lat: 20.04, lng: 110.33, weight: 1, spreadKm: 10 },
  { code: '320505', name: '虎丘区', nameEn: 'Huqiu', city: '苏州市', lat: 31.3, lng: 120.58, weight: 6, spreadKm: 18 },
  { code: '330203', name: '海曙区', nameEn: 'Haishu', city: '宁波市', lat: 29.87, lng: 121.54, weight: 3, spreadKm: 14 },
  { code: '440604', name: '禅城区', nameEn: 'Chancheng', city: '佛山市', lat: 23.02, lng: 113.12, weight: 4, spreadKm: 14 },
  { code: '630104', name: '城西区', nameEn: 'Chengxi', city: '西宁市', lat: 36.62, lng: 101.77, weight: 1, spreadKm: 10 },
  { code: '640104', name: '兴庆区', nameEn: 'Xingqing', city: '银川市', lat: 38.49, lng: 106.23, weight: 1, spreadKm: 10 },
  { code: '540102', name: '城关区', nameEn: 'Chengguan', city: '拉萨市', lat: 29.65, lng: 91.13, weight: 1, spreadKm: 8 },
];

const KIND_WEIGHTS: Record<(typeof STATION_KINDS)[number], number> = {
  WARM_STATION: 40, RIDER_HOME: 20, PARTY_SERVICE_CENTER: 15, UNION_POST: 10, DRIVER_HOME: 5, FRIENDLY_MERCHANT: 10,
};
const KIND_LABEL: Record<string, string> = {
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

/** One generated station, all of it drawn from the random stream in a fixed order. */
function drawStation(rand: () => number, id: string, n: number, area: Area, lat: number, lng: number, now: Date) {
  let pick = rand() * 100;
  let kind: string = STATION_KINDS[0];
  for (const k of STATION_KINDS) {
    pick -= KIND_WEIGHTS[k];
    if (pick < 0) {
      kind = k;
      break;
    }
  }
  // About 12,000 of the network's 186,000 stations are open all night.
  const open24h = rand() < 0.065;
  const t = HOURS_TEMPLATES[Math.floor(rand() * HOURS_TEMPLATES.length)]!;
  const openingHours: OpeningPeriod[] = open24h ? [] : t[0].map((weekday) => ({ weekday, opens: t[1], closes: t[2] }));
  const amenities = AMENITIES.filter((a) => rand() < AMENITY_ODDS[a]!);
  const row: StationRow = {
    id,
    name: `${area.name}${KIND_LABEL[kind]}${n}号`,
    kind,
    status: 'ACTIVE',
    address: `${area.city}${area.name}生成路${n}号`,
    districtCode: area.code,
    subdistrict: null,
    lat,
    lng,
    open24h,
    openingHours,
    openingExceptions: [],
    capacity: 5 + Math.floor(rand() * 40),
    operator: `${area.name}总工会`,
    contactPhone: null,
    createdAt: now,
    updatedAt: now,
  };
  const amenityRows: StationAmenityRow[] = amenities.map((amenity) => ({ stationId: id, amenity }));
  return { row, amenities: amenityRows };
}

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
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

/** The station id of the i-th generated station: stable, so a rerun (or a resumed run) finds its rows. */
export const generatedId = (scale: Scale, seed: number, i: number) => generatedStationId(scale, seed, i);

/**
 * Writes a reproducible data set into the service's database: the same scale and seed always
 * give the same stations (ids, places, kinds, hours, amenities) and visit counts. Batches
 * already present are skipped, so an interrupted run can be started again.
 */
export async function generate(db: Database, opts: GenerateOptions): Promise<{ stations: number; visitDays: number }> {
  const total = opts.stations ?? (opts.scale === 'city' ? CITY.stations : 200_000);
  const days = opts.visitDays ?? (opts.scale === 'city' ? CITY.days : 0);
  const batchSize = opts.batchSize ?? (days > 0 ? 500 : 2_000);
  const now = opts.now ?? new Date();
  const progress = opts.progress ?? (() => {});
  const rand = seededRandom(opts.seed);
  const chaoyang = NATIONAL_AREAS[0]!;
  const areas = opts.scale === 'city' ? [chaoyang] : NATIONAL_AREAS;
  await ensureDistricts(db, areas);
  const weightSum = areas.reduce((s, a) => s + a.weight, 0);

  const placeOf = (): { area: Area; lat: number; lng: number } => {
    if (opts.scale === 'city') {
      const b = CHAOYANG_BOX;
      return { area: chaoyang, lat: b.minLat + rand() * (b.maxLat - b.minLat), lng: b.minLng + rand() * (b.maxLng - b.minLng) };
    }
    let w = rand() * weightSum;
    let area = areas[0]!;
    for (const a of areas) {
      w -= a.weight;
      if (w < 0) {
        area = a;
        break;
      }
    }
    // One in five stations sits in the towns around a city rather than in it.
    const spread = (rand() < 0.2 ? 6 : 1) * area.spreadKm;
    for (;;) {
      const lat = area.lat + (gaussian(rand) * spread) / 111;
      const lng = area.lng + (gaussian(rand) * spread) / (111 * Math.cos((area.lat * Math.PI) / 180));
      if (isShiftedRegion({ lat, lng })) return { area, lat, lng };
    }
  };

  let written = 0;
  for (let start = 0; start < total; start += batchSize) {
    const count = Math.min(batchSize, total - start);
    const batch = Array.from({ length: count }, (_, k) => {
      const i = start + k;
      const p = placeOf();
      return drawStation(rand, generatedId(opts.scale, opts.seed, i), i + 1, p.area, p.lat, p.lng, now);
    });
    const visits = days > 0 ? drawVisitDays(rand, batch.map((b) => b.row), days, now) : [];
    const lastId = batch[batch.length - 1]!.row.id;
    if (!(await db.manager.existsBy(StationEntity, { id: lastId }))) {
      await db.transaction(async (em) => {
        await insertStations(em, batch.map((b) => b.row), batch.flatMap((b) => b.amenities));
        for (let i = 0; i < visits.length; i += 2_000) await em.insert(StationVisitDayEntity, visits.slice(i, i + 2_000));
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
  const today = Date.parse(`${shanghaiClock(now).date}T00:00:00Z`);
  const out: StationVisitDayRow[] = [];
  for (const s of stations) {
    const busy = 2 + rand() * 30;
    for (let d = days; d >= 1; d--) {
      const count = Math.floor(busy * (0.5 + rand()));
      if (count === 0) continue;
      out.push({ stationId: s.id, day: new Date(today - d * 86_400_000).toISOString().slice(0, 10), districtCode: s.districtCode, count });
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
