import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** An instant no offer row keeps: the value new columns hold until the backfill below replaces it. */
const PLACEHOLDER = '1970-01-01 00:00:00.000';

/**
 * Offers get a start (`starts_at`), a withdrawal (`withdrawn_at`) and the time of their last
 * change (`updated_at`). Offers already there started when they were added and were last
 * changed then. The columns are NOT NULL from the start (a placeholder default, replaced at once),
 * so no row can read back without a start. Stations get an index on name: an import matches rows
 * without an id by district, name and address, and looks the names up.
 */
export class StationsOfferDates1765000000000 implements MigrationInterface {
  name = 'StationsOfferDates1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('merchant_offers', [
      new TableColumn({ name: 'starts_at', type: 'datetime', precision: 3, default: `'${PLACEHOLDER}'` }),
      new TableColumn({ name: 'withdrawn_at', type: 'datetime', precision: 3, isNullable: true }),
      new TableColumn({ name: 'updated_at', type: 'datetime', precision: 3, default: `'${PLACEHOLDER}'` }),
    ]);
    await q.query('UPDATE merchant_offers SET starts_at = created_at, updated_at = created_at');
    await q.createIndex('merchant_offers', new TableIndex({ name: 'idx_merchant_offers_station_starts', columnNames: ['station_id', 'starts_at'] }));
    await q.createIndex('stations', new TableIndex({ name: 'idx_stations_name', columnNames: ['name'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('stations', 'idx_stations_name');
    await q.dropIndex('merchant_offers', 'idx_merchant_offers_station_starts');
    await q.dropColumn('merchant_offers', 'updated_at');
    await q.dropColumn('merchant_offers', 'withdrawn_at');
    await q.dropColumn('merchant_offers', 'starts_at');
  }
}
