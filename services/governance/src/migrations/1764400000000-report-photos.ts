import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Photos uploaded for reports; their bytes live in the photo store, not in the database. */
export class ReportPhotos1764400000000 implements MigrationInterface {
  name = 'ReportPhotos1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'report_photos',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'worker_id', type: 'varchar', length: '36' },
          { name: 'report_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'content_type', type: 'varchar', length: '32' },
          { name: 'bytes', type: 'int' },
          { name: 'storage_key', type: 'varchar', length: '200' },
          { name: 'uploaded_at', type: 'datetime', precision: 3 },
        ],
      }),
      true,
    );
    await q.createIndex('report_photos', new TableIndex({ name: 'IDX_report_photos_report', columnNames: ['report_id'] }));
    await q.createIndex('report_photos', new TableIndex({ name: 'IDX_report_photos_worker', columnNames: ['worker_id', 'uploaded_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('report_photos', true);
  }
}
