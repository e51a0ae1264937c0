import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id = (name = 'id', isPrimary = false): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary });
const str = (name: string, length: number, isNullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable,
});
const time = (name: string): TableColumnOptions => ({ name, type: 'datetime', precision: 3 });

/** The worker registry, platform accounts, branches and memberships with their status history. */
export class UnionInit1763800000000 implements MigrationInterface {
  name = 'UnionInit1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'platforms',
        columns: [{ ...str('code', 32), isPrimary: true }, str('name', 100), time('created_at')],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'workers',
        columns: [
          id('id', true),
          str('name', 100),
          str('phone_enc', 128),
          str('phone_hash', 64),
          str('phone_last4', 4, true),
          str('occupation', 24),
          str('district_code', 12),
          time('registered_at'),
        ],
        indices: [
          { name: 'UQ_workers_phone_hash', columnNames: ['phone_hash'], isUnique: true },
          { name: 'IDX_workers_district_code', columnNames: ['district_code'] },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'platform_accounts',
        columns: [id('id', true), id('worker_id'), str('platform_code', 32), str('external_id', 64), time('linked_at')],
        indices: [
          { name: 'UQ_platform_accounts_platform_external', columnNames: ['platform_code', 'external_id'], isUnique: true },
          { name: 'UQ_platform_accounts_worker_platform', columnNames: ['worker_id', 'platform_code'], isUnique: true },
          { name: 'IDX_platform_accounts_worker_id', columnNames: ['worker_id'] },
        ],
        foreignKeys: [
          { name: 'FK_platform_accounts_worker', columnNames: ['worker_id'], referencedTableName: 'workers', referencedColumnNames: ['id'] },
          { name: 'FK_platform_accounts_platform', columnNames: ['platform_code'], referencedTableName: 'platforms', referencedColumnNames: ['code'] },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'union_branches',
        columns: [id('id', true), str('name', 100), str('level', 16), str('district_code', 12, true)],
        indices: [{ name: 'IDX_union_branches_district_code', columnNames: ['district_code'] }],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'memberships',
        columns: [
          id('id', true),
          id('worker_id'),
          str('member_no', 20),
          str('card_no', 20),
          str('status', 16),
          id('branch_id'),
          str('channel', 24),
          time('joined_at'),
          time('updated_at'),
        ],
        indices: [
          { name: 'UQ_memberships_worker_id', columnNames: ['worker_id'], isUnique: true },
          { name: 'UQ_memberships_member_no', columnNames: ['member_no'], isUnique: true },
          { name: 'UQ_memberships_card_no', columnNames: ['card_no'], isUnique: true },
          { name: 'IDX_memberships_branch_id', columnNames: ['branch_id'] },
        ],
        foreignKeys: [
          { name: 'FK_memberships_worker', columnNames: ['worker_id'], referencedTableName: 'workers', referencedColumnNames: ['id'] },
          { name: 'FK_memberships_branch', columnNames: ['branch_id'], referencedTableName: 'union_branches', referencedColumnNames: ['id'] },
        ],
      }),
      true,
    );
    await q.createTable(
      new Table({
        name: 'membership_events',
        columns: [id('id', true), id('membership_id'), str('status', 16), time('at'), str('actor', 120), str('reason', 200, true)],
        indices: [{ name: 'IDX_membership_events_membership_id', columnNames: ['membership_id'] }],
        foreignKeys: [
          { name: 'FK_membership_events_membership', columnNames: ['membership_id'], referencedTableName: 'memberships', referencedColumnNames: ['id'] },
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['membership_events', 'memberships', 'union_branches', 'platform_accounts', 'workers', 'platforms']) {
      await q.dropTable(table, true);
    }
  }
}
