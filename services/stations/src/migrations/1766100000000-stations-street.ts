import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Stations may name their street or township (乡镇、街道): a nine-digit code of the national
 * catalogue inside the station's district, or NULL (every station added before this).
 */
export class StationsStreet1766100000000 implements MigrationInterface {
  name = 'StationsStreet1766100000000';

  async up(q: QueryRunner): Promise<void> {
    // ALTER TABLE rather than TypeORM's addColumn: on SQLite that rebuilds the table, which the
    // foreign keys pointing at stations refuse.
    await q.query('ALTER TABLE stations ADD COLUMN street_code varchar(12) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE stations DROP COLUMN street_code');
  }
}
