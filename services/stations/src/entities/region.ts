import { EntitySchema } from 'typeorm';

/** NATION is the region above the provinces (100000): answered, never stored. */
export type RegionLevelValue = 'NATION' | 'PROVINCE' | 'CITY' | 'COUNTY' | 'STREET';

/**
 * One region of the national catalogue (reference data from the kit's catalogue, loaded by the
 * migration and kept current by `npm run stations:regions-refresh`). The ancestor columns say
 * which province, city and county the region lies in (itself included), so "every county of
 * this city" is one indexed read; a level a region has no ancestor at (a county directly under
 * a province has no city) is null.
 */
export interface RegionRow {
  code: string;
  level: RegionLevelValue;
  name: string;
  parentCode: string | null;
  provinceCode: string;
  cityCode: string | null;
  countyCode: string | null;
}

export const RegionEntity = new EntitySchema<RegionRow>({
  name: 'Region',
  tableName: 'regions',
  columns: {
    code: { type: 'varchar', length: 12, primary: true },
    level: { type: 'varchar', length: 10 },
    name: { type: 'varchar', length: 100 },
    parentCode: { name: 'parent_code', type: 'varchar', length: 12, nullable: true },
    provinceCode: { name: 'province_code', type: 'varchar', length: 12 },
    cityCode: { name: 'city_code', type: 'varchar', length: 12, nullable: true },
    countyCode: { name: 'county_code', type: 'varchar', length: 12, nullable: true },
  },
  indices: [
    { name: 'idx_regions_parent', columns: ['parentCode', 'code'] },
    { name: 'idx_regions_level_province', columns: ['level', 'provinceCode', 'code'] },
    { name: 'idx_regions_level_city', columns: ['level', 'cityCode', 'code'] },
    { name: 'idx_regions_level_county', columns: ['level', 'countyCode', 'code'] },
  ],
});
