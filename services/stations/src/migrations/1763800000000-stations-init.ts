import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { BEIJING_DISTRICTS } from './districts';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const datetime = (name: string) => ({ name, type: 'datetime', precision: 3 });

export class StationsInit1763800000000 implements MigrationInterface {
  name = 'StationsInit1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'districts',
        columns: [
          { name: 'code', type: 'varchar', length: '12', isPrimary: true },
          { name: 'name', type: 'varchar', length: '50' },
          { name: 'name_en', type: 'varchar', length: '50' },
          { name: 'city', type: 'varchar', length: '50' },
        ],
        indices: [{ name: 'idx_districts_city', columnNames: ['city'] }],
      }),
      true,
    );
    for (const d of BEIJING_DISTRICTS) {
      await q.query('INSERT INTO districts (code, name, name_en, city) VALUES (?, ?, ?, ?)', [d.code, d.name, d.nameEn, '北京市']);
    }
    await q.createTable(
      new Table({
        name: 'stations',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'address', type: 'varchar', length: '200' },
          { name: 'district_code', type: 'varchar', length: '12' },
          { name: 'subdistrict', type: 'varchar', length: '50', isNullable: true },
          { name: 'lat', type: 'double' },
          { name: 'lng', type: 'double' },
          { name: 'open_24h', type: 'boolean' },
          { name: 'opening_hours', type: 'text' },
          { name: 'opening_exceptions', type: 'text' },
          { name: 'capacity', type: 'int', isNullable: true },
          { name: 'operator', type: 'varchar', length: '100' },
          { name: 'contact_phone', type: 'varchar', length: '20', isNullable: true },
          datetime('created_at'),
          datetime('updated_at'),
        ],
      }),
      true,
    );
    // stationsNear reads a lat range from this index and filters lng inside it.
    await q.createIndex('stations', new TableIndex({ name: 'idx_stations_lat_lng', columnNames: ['lat', 'lng'] }));
    await q.createIndex('stations', new TableIndex({ name: 'idx_stations_district', columnNames: ['district_code', 'id'] }));
    await q.createIndex('stations', new TableIndex({ name: 'idx_stations_kind', columnNames: ['kind'] }));
    await q.createTable(
      new Table({
        name: 'station_amenities',
        columns: [
          { name: 'station_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'amenity', type: 'varchar', length: '32', isPrimary: true },
        ],
        foreignKeys: [{ columnNames: ['station_id'], referencedTableName: 'stations', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
      true,
    );
    await q.createIndex('station_amenities', new TableIndex({ name: 'idx_station_amenities_amenity', columnNames: ['amenity', 'station_id'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('station_amenities', true);
    await q.dropTable('stations', true);
    await q.dropTable('districts', true);
  }
}
