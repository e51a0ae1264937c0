import { NATION_CODE, NATION_NAME, badUserInput, quoteField, regionChildren, regionPath, type Region } from '@nef/kit/rules';
import type { DistrictRow } from '../entities/district';
import type { RegionRow } from '../entities/region';

/**
 * The stored row of a catalogue region: its own fields and the province, city and county it
 * lies in (itself included; null where it has no ancestor at that level, e.g. the city of
 * 济源市, a county directly under 河南省, or the county of a 东莞市 street).
 */
export function regionRow(region: Region): RegionRow {
  const row: RegionRow = {
    code: region.code,
    level: region.level,
    name: region.name,
    parentCode: region.parentCode,
    provinceCode: `${region.code.slice(0, 2)}0000`,
    cityCode: null,
    countyCode: null,
  };
  for (const r of regionPath(region.code)) {
    if (r.level === 'CITY') row.cityCode = r.code;
    if (r.level === 'COUNTY') row.countyCode = r.code;
  }
  return row;
}

/** The nation (100000), the region above every province: answered by the service, not stored. */
export const NATION_ROW: RegionRow = Object.freeze({
  code: NATION_CODE,
  level: 'NATION',
  name: NATION_NAME,
  parentCode: null,
  provinceCode: '',
  cityCode: null,
  countyCode: null,
});

/** The column that holds a region's ancestor at `level`, to find every region below one at that level. */
export function ancestorColumn(level: 'PROVINCE' | 'CITY' | 'COUNTY'): 'provinceCode' | 'cityCode' | 'countyCode' {
  return level === 'PROVINCE' ? 'provinceCode' : level === 'CITY' ? 'cityCode' : 'countyCode';
}

/** Whether two rows say the same (the refresh command changes only rows that differ). */
export function sameRegionRow(a: RegionRow, b: RegionRow): boolean {
  return (
    a.level === b.level &&
    a.name === b.name &&
    a.parentCode === b.parentCode &&
    a.provinceCode === b.provinceCode &&
    a.cityCode === b.cityCode &&
    a.countyCode === b.countyCode
  );
}

const DEPTH: Record<RegionRow['level'], number> = { NATION: -1, PROVINCE: 0, CITY: 1, COUNTY: 2, STREET: 3 };
const LEVEL_ZH: Record<RegionRow['level'], string> = { NATION: '全国', PROVINCE: '省级', CITY: '地级', COUNTY: '县级', STREET: '乡级' };

/**
 * A level asked for below a region must lie below it (the streets of a county, the counties of
 * a province); BAD_USER_INPUT naming the field otherwise.
 */
export function requireLevelBelow(field: string, parent: Pick<RegionRow, 'code' | 'level'>, level: RegionRow['level']): void {
  if (DEPTH[level] <= DEPTH[parent.level]) {
    throw badUserInput(
      `${field} must be a level below ${parent.level} (region ${parent.code}), got ${level}`,
      { field },
      `${quoteField(field)}须低于${LEVEL_ZH[parent.level]}（地区${parent.code}），收到${LEVEL_ZH[level]}`,
    );
  }
}

/**
 * The District of a county-level code of the catalogue that this service keeps no row for (any
 * county outside Beijing's 16 until a station is added there): its Chinese name, that name
 * again as nameEn (the catalogue has no English names), and as city the name of the city it
 * lies in (the province's for a county directly under one, e.g. 济源市). Null for a code
 * that is not a county (or a city without counties) of the catalogue.
 */
export function catalogueDistrict(code: string): DistrictRow | null {
  const path = regionPath(code);
  const region = path[0];
  if (!region || region.code !== code) return null;
  const isCounty = region.level === 'COUNTY' || (region.level === 'CITY' && regionChildren(code).every((c) => c.level === 'STREET'));
  if (!isCounty) return null;
  const city = region.level === 'CITY' ? region : (path.find((r) => r.level === 'CITY') ?? path.find((r) => r.level === 'PROVINCE'));
  return { code: region.code, name: region.name, nameEn: region.name, city: city?.name ?? region.name };
}
