import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Workers may name the street or township (乡镇、街道) they work in: a nine-digit code of the
 * national catalogue inside their district, or NULL (every worker registered before this).
 */
export class UnionWorkerStreet1766100000000 implements MigrationInterface {
  name = 'UnionWorkerStreet1766100000000';

  async up(q: QueryRunner): Promise<void> {
    // ALTER TABLE rather than TypeORM's addColumn: on SQLite that rebuilds the table, which the
    // foreign keys pointing at workers refuse.
    await q.query('ALTER TABLE workers ADD COLUMN street_code varchar(12) NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE workers DROP COLUMN street_code');
  }
}
