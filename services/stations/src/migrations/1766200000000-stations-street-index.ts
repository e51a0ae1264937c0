import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A street's figures (Region.stationMetrics at street level) read the street's stations: an
 * index on the street code, then the status they are counted by.
 */
export class StationsStreetIndex1766200000000 implements MigrationInterface {
  name = 'StationsStreetIndex1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex('stations', new TableIndex({ name: 'IDX_stations_street_status', columnNames: ['street_code', 'status'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('stations', 'IDX_stations_street_status');
  }
}
