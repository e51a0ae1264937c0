import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id = (name = 'id', isPrimary = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary });
const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const time = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'datetime', precision: 3, isNullable });

/** Indexes on tables of the first slice that the workers listing and the district metrics read. */
const INDEXES: [table: string, name: string, columns: string[]][] = [
  ['workers', 'IDX_workers_district_occupation', ['district_code', 'occupation']],
  ['workers', 'IDX_workers_phone_last4', ['phone_last4']],
  ['memberships', 'IDX_memberships_status_worker', ['status', 'worker_id']],
  ['memberships', 'IDX_memberships_joined_at', ['joined_at']],
  ['platform_accounts', 'IDX_platform_accounts_platform_worker', ['platform_code', 'worker_id']],
];

/** Consultations with their measures, assistance cases, both with status histories; metric indexes. */
export class UnionDomain1763900000000 implements MigrationInterface {
  name = 'UnionDomain1763900000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, name, columnNames] of INDEXES) {
      await q.createIndex(table, new TableIndex({ name, columnNames }));
    }
    await q.createTable(
      new Table({
        name: 'consultations',
        columns: [
          id('id', true),
          str('title', 200),
          str('platform_code', 32),
          id('branch_id'),
          time('held_at'),
          { name: 'worker_representatives', type: 'int' },
          time('recorded_at'),
          str('recorded_by', 120),
        ],
        indices: [
          { name: 'IDX_consultations_platform_held', columnNames: ['platform_code', 'held_at'] },
          { name: 'IDX_consultations_held_at', columnNames: ['held_at'] },
        ],
        foreignKeys: [
          { name: 'FK_consultations_platform', columnNames: ['platform_code'], referencedTableName: 'platforms', referencedColumnNames: ['code'] },
          { name: 'FK_consultations_branch', columnNames: ['branch_id'], referencedTableName: 'union_branches', referencedColumnNames: ['id'] },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'agreed_measures',
        columns: [
          id('id', true),
          id('consultation_id'),
          { name: 'position', type: 'int' },
          str('category', 16),
          str('description', 500),
          str('status', 16),
          time('due_at', true),
          time('updated_at'),
        ],
        indices: [
          { name: 'UQ_agreed_measures_consultation_position', columnNames: ['consultation_id', 'position'], isUnique: true },
        ],
        foreignKeys: [
          { name: 'FK_agreed_measures_consultation', columnNames: ['consultation_id'], referencedTableName: 'consultations', referencedColumnNames: ['id'] },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'measure_status_changes',
        columns: [id('id', true), id('measure_id'), str('status', 16), time('at'), str('actor', 120)],
        indices: [{ name: 'IDX_measure_status_changes_measure_id', columnNames: ['measure_id'] }],
        foreignKeys: [
          { name: 'FK_measure_status_changes_measure', columnNames: ['measure_id'], referencedTableName: 'agreed_measures', referencedColumnNames: ['id'] },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'assistance_cases',
        columns: [
          id('id', true),
          id('worker_id'),
          str('kind', 16),
          str('status', 16),
          { name: 'summary', type: 'text' },
          time('opened_at'),
          time('resolved_at', true),
          time('updated_at'),
          str('opened_by', 120),
        ],
        indices: [
          { name: 'IDX_assistance_cases_worker_status', columnNames: ['worker_id', 'status'] },
          { name: 'IDX_assistance_cases_status_opened', columnNames: ['status', 'opened_at'] },
        ],
        foreignKeys: [
          { name: 'FK_assistance_cases_worker', columnNames: ['worker_id'], referencedTableName: 'workers', referencedColumnNames: ['id'] },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'case_status_changes',
        columns: [id('id', true), id('case_id'), str('status', 16), time('at'), str('actor', 120)],
        indices: [{ name: 'IDX_case_status_changes_case_id', columnNames: ['case_id'] }],
        foreignKeys: [
          { name: 'FK_case_status_changes_case', columnNames: ['case_id'], referencedTableName: 'assistance_cases', referencedColumnNames: ['id'] },
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['case_status_changes', 'assistance_cases', 'measure_status_changes', 'agreed_measures', 'consultations']) {
      await q.dropTable(table, true);
    }
    for (const [table, name] of [...INDEXES].reverse()) {
      await q.dropIndex(table, name);
    }
  }
}
