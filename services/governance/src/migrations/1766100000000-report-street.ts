import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Reports may name the street or township (乡镇、街道) of the hazard: a nine-digit code of the
 * national catalogue inside the report's district, or NULL (every report filed before this).
 */
export class ReportStreet1766100000000 implements MigrationInterface {
  name = 'ReportStreet1766100000000';

  async up(q: QueryRunner): Promise<void> {
    // ALTER TABLE rather than TypeORM's addColumn: on SQLite that rebuilds the table, which the
    // foreign keys pointing at reports refuse.
    await q.query('ALTER TABLE reports ADD COLUMN street_code varchar(12) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE reports DROP COLUMN street_code');
  }
}
