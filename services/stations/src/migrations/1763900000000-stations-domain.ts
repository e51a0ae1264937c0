import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const datetime = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });
const stationFk = { columnNames: ['station_id'], referencedTableName: 'stations', referencedColumnNames: ['id'], onDelete: 'CASCADE' };

/** Merchant offers, visits with their daily rollup, and the indexes district metrics read. */
export class StationsDomain1763900000000 implements MigrationInterface {
  name = 'StationsDomain1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'merchant_offers',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'station_id', type: 'varchar', length: '36' },
          { name: 'title', type: 'varchar', length: '100' },
          { name: 'price_cents', type: 'int' },
          { name: 'original_price_cents', type: 'int' },
          datetime('valid_until', true),
          datetime('created_at'),
        ],
        foreignKeys: [stationFk],
      }),
      true,
    );
    await q.createIndex('merchant_offers', new TableIndex({ name: 'idx_merchant_offers_station', columnNames: ['station_id', 'valid_until'] }));

    await q.createTable(
      new Table({
        name: 'station_visits',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'station_id', type: 'varchar', length: '36' },
          { name: 'worker_id', type: 'varchar', length: '36' },
          datetime('at'),
          { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true },
          datetime('created_at'),
        ],
        foreignKeys: [stationFk],
      }),
      true,
    );
    // A retried check-in with the same key finds the first one instead of counting twice.
    await q.createIndex('station_visits', new TableIndex({ name: 'uq_station_visits_worker_key', columnNames: ['worker_id', 'idempotency_key'], isUnique: true }));
    await q.createIndex('station_visits', new TableIndex({ name: 'idx_station_visits_worker_at', columnNames: ['worker_id', 'at'] }));
    await q.createIndex('station_visits', new TableIndex({ name: 'idx_station_visits_station_at', columnNames: ['station_id', 'at'] }));
    await q.createIndex('station_visits', new TableIndex({ name: 'idx_station_visits_at', columnNames: ['at'] }));

    await q.createTable(
      new Table({
        name: 'station_visit_days',
        columns: [
          { name: 'station_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'day', type: 'varchar', length: '10', isPrimary: true },
          { name: 'district_code', type: 'varchar', length: '12' },
          { name: 'count', type: 'int' },
        ],
        foreignKeys: [stationFk],
      }),
      true,
    );
    await q.createIndex('station_visit_days', new TableIndex({ name: 'idx_station_visit_days_district', columnNames: ['district_code', 'day', 'count'] }));

    await q.createIndex('stations', new TableIndex({ name: 'idx_stations_district_status', columnNames: ['district_code', 'status', 'kind', 'open_24h'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('stations', 'idx_stations_district_status');
    await q.dropTable('station_visit_days', true);
    await q.dropTable('station_visits', true);
    await q.dropTable('merchant_offers', true);
  }
}
