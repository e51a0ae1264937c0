import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The nearby index reads again the stations written since its last refresh: an index on
 * updated_at keeps that read to the rows written, not every station.
 */
export class StationsUpdatedIndex1766300000000 implements MigrationInterface {
  name = 'StationsUpdatedIndex1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('stations', new TableIndex({ name: 'IDX_stations_updated_at', columnNames: ['updated_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('stations', 'IDX_stations_updated_at');
  }
}
