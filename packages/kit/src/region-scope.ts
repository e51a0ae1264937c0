/**
 * Regions as scopes: what a region-limited key may see, and which rows a region's metrics count.
 *
 * A GB/T 2260 code says by its digits what lies inside it: a province (440000) holds every code
 * starting 44, a prefecture-level city (441300) every code starting 4413, a county (441302)
 * itself and its streets (441302xxx), a street only itself. Counties directly under a province
 * (419001 济源市) start with their province's two digits, and cities without counties (441900
 * 东莞市) with their own four, so prefixes follow the catalogue's tree without a look-up. The
 * nation (100000, the code map data sets such as DataV use for 中华人民共和国) holds everything.
 *
 * Each service's region figures count its rows by their county code (district_code) in the
 * region's code range, or at street level by their street code, so that a parent's figures are
 * the sum of its children's by construction (a county's include rows that name no street).
 */
import { badUserInput, forbidden } from './errors';
import { quoteField } from './i18n';
import type { Domain, Principal } from './principal';
import { findRegion, normalizeRegionCode, type Region, type RegionLevel } from './regions';

/** The nation's code: the region above every province. */
export const NATION_CODE = '100000';
export const NATION_NAME = '中华人民共和国';

export type ScopeLevel = 'NATION' | RegionLevel;

/** A region a figure or a key can be limited to: the nation or a region of the catalogue. */
export interface ScopeRegion {
  code: string;
  level: ScopeLevel;
  name: string;
}

/** The nation as a region. */
export const NATION: ScopeRegion = Object.freeze({ code: NATION_CODE, level: 'NATION', name: NATION_NAME });

/**
 * The digits every code inside a region starts with ('' for the nation), from the code alone:
 * nine digits for a street, six for a county, four for a city, two for a province. A code that
 * is not six or nine digits covers nothing (returns null).
 */
export function regionPrefix(code: string): string | null {
  const short = normalizeRegionCode(code);
  if (!short) return null;
  if (short === NATION_CODE) return '';
  if (short.length === 9) return short;
  if (short.endsWith('0000')) return short.slice(0, 2);
  if (short.endsWith('00')) return short.slice(0, 4);
  return short;
}

/** Whether `code` lies inside `scope` (a region lies inside itself). */
export function regionCovers(scope: string, code: string): boolean {
  const outer = regionPrefix(scope);
  const inner = normalizeRegionCode(code);
  if (outer === null || !inner) return false;
  if (inner === NATION_CODE) return outer === '';
  return inner.startsWith(outer) && regionPrefix(inner)!.length >= outer.length;
}

/** The nation or a catalogue region by code; null when there is none. */
export function findScopeRegion(code: string): ScopeRegion | null {
  const short = normalizeRegionCode(code);
  if (short === NATION_CODE) return NATION;
  const r: Region | null = short ? findRegion(short) : null;
  return r ? { code: r.code, level: r.level, name: r.name } : null;
}

/**
 * The nation or a region of the catalogue at any level, for figures and key scopes;
 * BAD_USER_INPUT naming the field for an unknown code.
 */
export function requireScopeRegion(field: string, code: string): ScopeRegion {
  const region = findScopeRegion(code);
  if (!region) {
    throw badUserInput(
      `${field} must be a region of the national administrative catalogue (GB/T 2260: 6 digits, 9 for a street; ${NATION_CODE} for the nation), got "${code}"`,
      { field },
      `${quoteField(field)}须为全国行政区划目录中的地区代码（GB/T 2260：6位，乡镇街道9位；全国为${NATION_CODE}），收到"${code}"`,
    );
  }
  return region;
}

/**
 * Which rows a region's figures count, as a SQL condition over a county-code column and,
 * for a street, a street-code column: the county codes in the region's range (index-friendly on
 * both engines: a range, not LIKE), the county itself, or the street. `name` keeps the
 * parameters of several conditions in one statement apart.
 */
export function regionCondition(
  region: ScopeRegion,
  columns: { county: string; street?: string },
  name = 'region',
): { sql: string; params: Record<string, string> } {
  if (region.level === 'NATION') return { sql: '1 = 1', params: {} };
  if (region.level === 'STREET') {
    if (!columns.street) return { sql: '1 = 0', params: {} };
    return { sql: `${columns.street} = :${name}`, params: { [name]: region.code } };
  }
  const prefix = regionPrefix(region.code)!;
  if (prefix.length === 6) return { sql: `${columns.county} = :${name}`, params: { [name]: region.code } };
  const hi = nextPrefix(prefix);
  if (hi === null) return { sql: `${columns.county} >= :${name}Lo`, params: { [`${name}Lo`]: prefix } };
  return { sql: `(${columns.county} >= :${name}Lo AND ${columns.county} < :${name}Hi)`, params: { [`${name}Lo`]: prefix, [`${name}Hi`]: hi } };
}

/**
 * Whether a row of this county (and street) counts in the region: what `regionCondition`
 * selects, for rows read once and shared out among several regions of a batch. A row without
 * a county counts only in the nation.
 */
export function regionHolds(region: ScopeRegion, county: string | null, street?: string | null): boolean {
  if (region.level === 'NATION') return true;
  if (region.level === 'STREET') return street === region.code;
  return county !== null && county.startsWith(regionPrefix(region.code)!);
}

/**
 * The next prefix of the same length ('4419' → '4420', '41' → '42'): every code starting with
 * `prefix` sorts before it under any collation (digits only, no punctuation, whose order
 * differs between MySQL 8's and MariaDB's default collations). Null after '99...': no bound.
 */
function nextPrefix(prefix: string): string | null {
  const next = String(Number(prefix) + 1).padStart(prefix.length, '0');
  return next.length > prefix.length ? null : next;
}

/**
 * The rows a region-limited key may see, as a SQL condition over a county-code column (and a
 * street-code column where the rows have one): any of its regions; '1 = 1' for a key without
 * limits.
 */
export function scopeCondition(
  p: Principal,
  columns: { county: string; street?: string },
  name = 'scope',
): { sql: string; params: Record<string, string> } {
  if (!p.districts || p.districts.length === 0) return { sql: '1 = 1', params: {} };
  const parts: string[] = [];
  const params: Record<string, string> = {};
  p.districts.forEach((code, i) => {
    const region = findScopeRegion(code);
    if (!region) return;
    const c = regionCondition(region, columns, `${name}${i}`);
    parts.push(c.sql);
    Object.assign(params, c.params);
  });
  return parts.length ? { sql: `(${parts.join(' OR ')})`, params } : { sql: '1 = 0', params: {} };
}

/** Whether a key's regions cover `code` (a key without regions covers everything). */
export function keyCovers(p: Principal, code: string): boolean {
  return !p.districts || p.districts.length === 0 || p.districts.some((scope) => regionCovers(scope, code));
}

/**
 * Whether the caller may read a region's figures: admins, dashboards and the domain's
 * operators, each inside the regions their key lists (none listed: every region, the nation
 * included).
 */
export function canReadRegionMetrics(p: Principal, domain: Domain, code: string): boolean {
  if (p.role === 'admin') return true;
  if (p.role !== 'dashboard' && !(p.role === 'operator' && p.domain === domain)) return false;
  return keyCovers(p, code);
}

export function requireRegionMetrics(p: Principal, domain: Domain, code: string): void {
  if (canReadRegionMetrics(p, domain, code)) return;
  throw forbidden(
    p.role === 'dashboard' || p.role === 'operator'
      ? `this key may not read figures of region ${code}: it is limited to ${p.districts?.join(', ')}`
      : 'region figures are for dashboards, operators and admins',
    p.role === 'dashboard' || p.role === 'operator'
      ? `此密钥不可读取地区${code}的数据：仅限${p.districts?.join('、')}`
      : '地区数据仅供看板、运营方和管理员读取',
  );
}
