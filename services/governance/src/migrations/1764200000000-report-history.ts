import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A report's public history: each step of its life cycle and each note written for the public,
 * numbered per report. Reports already there keep no rows here: their history is read from
 * their own columns until their next step writes it out (rules/report-history.ts).
 */
export class ReportHistory1764200000000 implements MigrationInterface {
  name = 'ReportHistory1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'report_updates',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'report_id', type: 'varchar', length: '36' },
          { name: 'seq', type: 'int' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'public_note', type: 'text', isNullable: true },
          { name: 'at', type: 'datetime', precision: 3, isNullable: true },
        ],
      }),
      true,
    );
    // Read in order per report; two writers of one position collide here.
    await q.createIndex('report_updates', new TableIndex({ name: 'UQ_report_updates_report_seq', columnNames: ['report_id', 'seq'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('report_updates', true);
  }
}
