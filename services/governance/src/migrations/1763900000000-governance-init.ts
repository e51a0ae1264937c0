import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = (name: string) => ({ name, type: 'varchar', length: '36' });
const time = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });

/** Reports and the points ledger. */
export class GovernanceInit1763900000000 implements MigrationInterface {
  name = 'GovernanceInit1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'reports',
        columns: [
          { ...id('id'), isPrimary: true },
          id('reporter_id'),
          { name: 'reporter_platform', type: 'varchar', length: '32', isNullable: true },
          { name: 'idempotency_key', type: 'varchar', length: '100', isNullable: true },
          { name: 'category', type: 'varchar', length: '32' },
          { name: 'description', type: 'text' },
          { name: 'lat', type: 'double' },
          { name: 'lng', type: 'double' },
          { name: 'district_code', type: 'varchar', length: '12' },
          { name: 'photo_urls', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { ...id('duplicate_of'), isNullable: true },
          time('submitted_at'),
          time('reviewed_at', true),
          time('resolved_at', true),
          { name: 'resolution_note', type: 'text', isNullable: true },
          { name: 'external_ref', type: 'varchar', length: '64', isNullable: true },
          { name: 'points_awarded', type: 'int', default: 0 },
        ],
      }),
      true,
    );
    // NULL keys never collide, so only submissions that carry a key are deduplicated.
    await q.createIndex('reports', new TableIndex({ name: 'UQ_reports_reporter_idempotency', columnNames: ['reporter_id', 'idempotency_key'], isUnique: true }));
    await q.createIndex('reports', new TableIndex({ name: 'IDX_reports_district_submitted', columnNames: ['district_code', 'submitted_at'] }));
    await q.createIndex('reports', new TableIndex({ name: 'IDX_reports_status', columnNames: ['status'] }));
    // Duplicate detection narrows by category and a latitude band before measuring distance.
    await q.createIndex('reports', new TableIndex({ name: 'IDX_reports_category_lat', columnNames: ['category', 'lat'] }));
    await q.createIndex('reports', new TableIndex({ name: 'IDX_reports_reporter_submitted', columnNames: ['reporter_id', 'submitted_at'] }));

    await q.createTable(
      new Table({
        name: 'points_accounts',
        columns: [
          { ...id('worker_id'), isPrimary: true },
          { name: 'balance', type: 'int', default: 0 },
          time('updated_at'),
        ],
      }),
      true,
    );

    await q.createTable(
      new Table({
        name: 'points_entries',
        columns: [
          { ...id('id'), isPrimary: true },
          id('worker_id'),
          { name: 'delta', type: 'int' },
          { name: 'reason', type: 'varchar', length: '32' },
          { name: 'balance_after', type: 'int' },
          { name: 'reference', type: 'varchar', length: '100', isNullable: true },
          time('created_at'),
        ],
      }),
      true,
    );
    await q.createIndex('points_entries', new TableIndex({ name: 'IDX_points_entries_worker_created', columnNames: ['worker_id', 'created_at'] }));
    // One reference is paid at most once per reason (an accepted report earns its points once).
    await q.createIndex('points_entries', new TableIndex({ name: 'UQ_points_entries_worker_reason_reference', columnNames: ['worker_id', 'reason', 'reference'], isUnique: true }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('points_entries', true);
    await q.dropTable('points_accounts', true);
    await q.dropTable('reports', true);
  }
}
