import { nameId } from './ids';
import { areaStreetCodes, NATIONAL_AREA_WEIGHT_SUM, NATIONAL_AREAS, pickArea, type Area } from './national-areas';

/**
 * The generated data sets that every service's generator writes its part of. Services own
 * their tables and never read each other's, so what must agree across them (worker ids, the
 * worker's platform account, whether the worker is a union member, station ids) is a pure
 * function of the seed and an index, computed here the same way by every generator and by the
 * benchmark that drives them.
 */

/** mulberry32: a small, fast PRNG; the same seed gives the same stream on any machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stream of its own for item `index` of a data set: items can be drawn in any order, or alone. */
export function itemRandom(seed: number, index: number, salt = 0): () => number {
  // Spread (seed, index, salt) over 32 bits so neighbouring indexes start far apart.
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35) ^ Math.imul(salt + 7, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return seededRandom(h >>> 0);
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function weightedPick<K extends string>(rand: () => number, weights: Readonly<Record<K, number>>): K {
  const entries = Object.entries(weights) as [K, number][];
  let w = rand() * entries.reduce((s, [, v]) => s + v, 0);
  for (const [key, weight] of entries) {
    w -= weight;
    if (w < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/**
 * The city data set: a Chaoyang-sized district (GB/T 2260 110105) with its workers, stations
 * and a year of activity. Every service's `generate --scale city` writes its share of it.
 */
export const CITY = {
  districtCode: '110105',
  workers: 100_000,
  stations: 3_500,
  days: 365,
} as const;

/**
 * The national data set: workers and stations over the 37 areas of NATIONAL_AREAS (a central
 * district of each province's capital and of the largest cities, every province represented),
 * each area's share in proportion to its weight. Every service's `generate --scale national`
 * writes its share of it; courses, communities and reports follow the workers of each area.
 */
export const NATIONAL = {
  workers: 1_000_000,
  stations: 200_000,
} as const;

export type DatasetScale = 'city' | 'national';

/** The id of generated station `index` (0-based); the stations generator writes these rows. */
export function generatedStationId(scale: DatasetScale, seed: number, index: number): string {
  return nameId(`generated:${scale}:${seed}:${index}`);
}

/** The stream salts of a generated item's own decisions (one per decision, so none shifts another). */
const SALT = { worker: 1, workerArea: 2, stationArea: 3, workerStreet: 4 } as const;

/**
 * The area national station `index` stands in: a pure function of the seed and the index, so
 * that the training and governance generators know which stations are near their courses and
 * rewards without reading the stations' database.
 */
export function generatedStationArea(seed: number, index: number): Area {
  return pickArea(itemRandom(seed, index, SALT.stationArea), NATIONAL_AREAS, NATIONAL_AREA_WEIGHT_SUM);
}

/** The area national worker `index` lives and works in. */
export function generatedWorkerArea(seed: number, index: number): Area {
  return pickArea(itemRandom(seed, index, SALT.workerArea), NATIONAL_AREAS, NATIONAL_AREA_WEIGHT_SUM);
}

/**
 * The indexes (0..total-1) of the national items in each area, by county code, in index order:
 * `generatedIndexesByArea(seed, NATIONAL.workers, generatedWorkerArea)`.
 */
export function generatedIndexesByArea(seed: number, total: number, areaOf: (seed: number, index: number) => Area): Map<string, number[]> {
  const out = new Map<string, number[]>(NATIONAL_AREAS.map((a) => [a.code, []]));
  for (let i = 0; i < total; i++) out.get(areaOf(seed, i).code)!.push(i);
  return out;
}

/** The id of generated worker `index` (0-based); the union generator registers these workers. */
export function generatedWorkerId(seed: number, index: number, scale: DatasetScale = 'city'): string {
  return nameId(`generated:${scale}:${seed}:worker:${index}`);
}

export const GENERATED_OCCUPATIONS = {
  FOOD_DELIVERY: 45,
  COURIER: 25,
  RIDE_HAILING: 18,
  TRUCK_DRIVER: 7,
  DOMESTIC_SERVICE: 3,
  OTHER: 2,
} as const;
export type GeneratedOccupation = keyof typeof GENERATED_OCCUPATIONS;

/** The partner platforms the generated workers hold accounts on, with the prefix of their account ids. */
export const GENERATED_PLATFORMS = {
  MEITUAN: { name: '美团', prefix: 'mt' },
  ELEME: { name: '饿了么', prefix: 'ele' },
  SF_EXPRESS: { name: '顺丰速运', prefix: 'sf' },
  DIDI: { name: '滴滴出行', prefix: 'dd' },
  HUOLALA: { name: '货拉拉', prefix: 'hll' },
} as const;
export type GeneratedPlatform = keyof typeof GENERATED_PLATFORMS;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰飞鹏辉建国志红斌宇浩凯健俊帆帅旭宁博文龙海波鑫晨晶雪琳婷倩颖雯婕欣怡佳悦诗梦子涵';

export interface GeneratedAccount {
  platform: GeneratedPlatform;
  /** The worker's account id on the platform: what a partner sends as X-Acting-Worker. */
  externalId: string;
}

/** One generated worker, as every service sees it. */
export interface GeneratedWorker {
  index: number;
  id: string;
  name: string;
  /** A mainland mobile number, unique in the data set (19 followed by the index). */
  phone: string;
  occupation: GeneratedOccupation;
  districtCode: string;
  /** The street (乡镇、街道) in the district: null in the city data set, one of the county's streets in the national one. */
  streetCode: string | null;
  /** The first account is the worker's main platform; about one food rider in eight rides for both. */
  accounts: GeneratedAccount[];
  /** Days before the generation date the worker registered (0 to 729). */
  registeredDaysAgo: number;
  /** Days before the generation date the worker joined the union, or null for non-members. */
  joinedDaysAgo: number | null;
}

/** The account id of worker `index` on `platform` (`mt-g42-7` in the city data set, `mt-n42-7` in the national one). */
export function generatedExternalId(platform: GeneratedPlatform, seed: number, index: number, scale: DatasetScale = 'city'): string {
  return `${GENERATED_PLATFORMS[platform].prefix}-${scale === 'city' ? 'g' : 'n'}${seed}-${index}`;
}

/**
 * Worker `index` of the data set for `seed` and `scale`: the same answer in every service and
 * run. About 58% are union members, joined within the last year or before it. City workers
 * all live in Chaoyang and have phones 19xxxxxxxxx; national ones live in their area
 * (`generatedWorkerArea`) on one of its streets and have phones 18xxxxxxxxx, so that the two
 * data sets never share an id, a phone or an account.
 */
export function generatedWorker(seed: number, index: number, scale: DatasetScale = 'city'): GeneratedWorker {
  const rand = itemRandom(seed, index, SALT.worker);
  const occupation = weightedPick(rand, GENERATED_OCCUPATIONS);
  const name = SURNAMES[Math.floor(rand() * SURNAMES.length)]! + GIVEN[Math.floor(rand() * GIVEN.length)]! + (rand() < 0.5 ? GIVEN[Math.floor(rand() * GIVEN.length)]! : '');
  const main: GeneratedPlatform =
    occupation === 'FOOD_DELIVERY' ? (rand() < 0.6 ? 'MEITUAN' : 'ELEME')
    : occupation === 'COURIER' ? 'SF_EXPRESS'
    : occupation === 'RIDE_HAILING' ? 'DIDI'
    : occupation === 'TRUCK_DRIVER' ? 'HUOLALA'
    : 'MEITUAN';
  const platforms: GeneratedPlatform[] = [main];
  if (occupation === 'FOOD_DELIVERY' && rand() < 0.125) platforms.push(main === 'MEITUAN' ? 'ELEME' : 'MEITUAN');
  const registeredDaysAgo = Math.floor(rand() * 730);
  const member = rand() < 0.58;
  const joinedDaysAgo = member ? Math.floor(rand() * (registeredDaysAgo + 1)) : null;
  let districtCode: string = CITY.districtCode;
  let streetCode: string | null = null;
  if (scale === 'national') {
    const area = generatedWorkerArea(seed, index);
    const streets = areaStreetCodes(area);
    districtCode = area.code;
    streetCode = streets[Math.floor(itemRandom(seed, index, SALT.workerStreet)() * streets.length)]!;
  }
  return {
    index,
    id: generatedWorkerId(seed, index, scale),
    name,
    phone: `${scale === 'city' ? '19' : '18'}${String(index).padStart(9, '0')}`,
    occupation,
    districtCode,
    streetCode,
    accounts: platforms.map((platform) => ({ platform, externalId: generatedExternalId(platform, seed, index, scale) })),
    registeredDaysAgo,
    joinedDaysAgo,
  };
}

/**
 * Reports the progress of a long job on one line per step, with the elapsed time and the rate:
 * `union city seed 42: workers 20000/100000 (20%), 3.1 s, 6452/s`.
 */
export function progressReporter(label: string, print: (line: string) => void = (l) => console.log(l)) {
  const started = Date.now();
  return {
    step(what: string, done: number, total: number, note = '') {
      const s = (Date.now() - started) / 1000;
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      print(`${label}: ${what} ${done}/${total} (${pct}%), ${s.toFixed(1)} s${s > 0 ? `, ${Math.round(done / s)}/s` : ''}${note ? `, ${note}` : ''}`);
    },
    line(text: string) {
      print(`${label}: ${text} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    },
    get seconds() {
      return (Date.now() - started) / 1000;
    },
  };
}
