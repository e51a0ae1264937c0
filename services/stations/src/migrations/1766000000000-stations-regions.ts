import { allRegions, bulkInsertValues } from '@nef/kit';
import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { regionRow } from '../rules/regions';

const code = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '12', isNullable });

/**
 * The national catalogue of regions (province, city, county, street) as reference data,
 * loaded from the kit's catalogue as it is when the migration runs; later editions arrive with
 * `npm run stations:regions-refresh`.
 */
export class StationsRegions1766000000000 implements MigrationInterface {
  name = 'StationsRegions1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'regions',
        columns: [
          { ...code('code'), isPrimary: true },
          { name: 'level', type: 'varchar', length: '10' },
          { name: 'name', type: 'varchar', length: '100' },
          code('parent_code', true),
          code('province_code'),
          code('city_code', true),
          code('county_code', true),
        ],
      }),
      true,
    );
    await q.createIndex('regions', new TableIndex({ name: 'idx_regions_parent', columnNames: ['parent_code', 'code'] }));
    await q.createIndex('regions', new TableIndex({ name: 'idx_regions_level_province', columnNames: ['level', 'province_code', 'code'] }));
    await q.createIndex('regions', new TableIndex({ name: 'idx_regions_level_city', columnNames: ['level', 'city_code', 'code'] }));
    await q.createIndex('regions', new TableIndex({ name: 'idx_regions_level_county', columnNames: ['level', 'county_code', 'code'] }));
    const rows = allRegions().map(regionRow);
    await bulkInsertValues(
      q.manager,
      'regions',
      ['code', 'level', 'name', 'parent_code', 'province_code', 'city_code', 'county_code'],
      rows.map((r) => [r.code, r.level, r.name, r.parentCode, r.provinceCode, r.cityCode, r.countyCode]),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('regions', true);
  }
}
