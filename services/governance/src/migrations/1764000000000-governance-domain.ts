import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const id = (name: string) => ({ name, type: 'varchar', length: '36' });
const time = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });
const district = (isNullable = false) => ({ name: 'district_code', type: 'varchar', length: '12', isNullable });

/** Review notes, adjustment notes, rewards and redemptions, communities, volunteering, gate passes. */
export class GovernanceDomain1764000000000 implements MigrationInterface {
  name = 'GovernanceDomain1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('reports', new TableColumn({ name: 'review_note', type: 'text', isNullable: true }));
    // District metrics count reports resolved, and points paid at review, within a period.
    await q.createIndex('reports', new TableIndex({ name: 'IDX_reports_district_resolved', columnNames: ['district_code', 'resolved_at'] }));
    await q.createIndex('reports', new TableIndex({ name: 'IDX_reports_district_reviewed', columnNames: ['district_code', 'reviewed_at'] }));
    await q.addColumn('points_entries', new TableColumn({ name: 'note', type: 'varchar', length: '500', isNullable: true }));

    await q.createTable(
      new Table({
        name: 'rewards',
        columns: [
          { ...id('id'), isPrimary: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'cost_points', type: 'int' },
          { name: 'stock', type: 'int' },
          { ...id('station_id'), isNullable: true },
          district(true),
          { name: 'active', type: 'boolean' },
          time('created_at'),
        ],
      }),
      true,
    );
    await q.createIndex('rewards', new TableIndex({ name: 'IDX_rewards_station', columnNames: ['station_id'] }));

    await q.createTable(
      new Table({
        name: 'redemptions',
        columns: [
          { ...id('id'), isPrimary: true },
          id('reward_id'),
          id('worker_id'),
          { name: 'idempotency_key', type: 'varchar', length: '100' },
          { name: 'points_spent', type: 'int' },
          { name: 'voucher_code', type: 'varchar', length: '32' },
          { name: 'status', type: 'varchar', length: '16' },
          district(true),
          time('redeemed_at'),
          time('used_at', true),
          time('cancelled_at', true),
        ],
      }),
      true,
    );
    // A retried key finds the first redemption; racing ones with the same key collide here.
    await q.createIndex('redemptions', new TableIndex({ name: 'UQ_redemptions_worker_key', columnNames: ['worker_id', 'idempotency_key'], isUnique: true }));
    await q.createIndex('redemptions', new TableIndex({ name: 'UQ_redemptions_voucher', columnNames: ['voucher_code'], isUnique: true }));
    await q.createIndex('redemptions', new TableIndex({ name: 'IDX_redemptions_district_redeemed', columnNames: ['district_code', 'redeemed_at'] }));
    await q.createIndex('redemptions', new TableIndex({ name: 'IDX_redemptions_worker_redeemed', columnNames: ['worker_id', 'redeemed_at'] }));

    await q.createTable(
      new Table({
        name: 'communities',
        columns: [
          { ...id('id'), isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          district(),
          { name: 'rider_friendly', type: 'boolean' },
          { name: 'pass_validity_days', type: 'int' },
          time('created_at'),
        ],
      }),
      true,
    );
    await q.createIndex('communities', new TableIndex({ name: 'IDX_communities_district', columnNames: ['district_code'] }));

    await q.createTable(
      new Table({
        name: 'volunteer_roles',
        columns: [
          { ...id('id'), isPrimary: true },
          id('worker_id'),
          id('community_id'),
          { name: 'role', type: 'varchar', length: '32' },
          time('since'),
          time('until', true),
          { name: 'active_key', type: 'varchar', length: '120', isNullable: true },
        ],
      }),
      true,
    );
    // NULLs never collide: ended roles drop out of the uniqueness.
    await q.createIndex('volunteer_roles', new TableIndex({ name: 'UQ_volunteer_roles_active', columnNames: ['active_key'], isUnique: true }));
    await q.createIndex('volunteer_roles', new TableIndex({ name: 'IDX_volunteer_roles_worker', columnNames: ['worker_id', 'since'] }));
    await q.createIndex('volunteer_roles', new TableIndex({ name: 'IDX_volunteer_roles_community', columnNames: ['community_id'] }));

    await q.createTable(
      new Table({
        name: 'gate_passes',
        columns: [
          { ...id('id'), isPrimary: true },
          { name: 'code', type: 'varchar', length: '32' },
          id('worker_id'),
          id('community_id'),
          time('issued_at'),
          time('expires_at'),
        ],
      }),
      true,
    );
    await q.createIndex('gate_passes', new TableIndex({ name: 'UQ_gate_passes_code', columnNames: ['code'], isUnique: true }));
    await q.createIndex('gate_passes', new TableIndex({ name: 'IDX_gate_passes_worker_expires', columnNames: ['worker_id', 'expires_at'] }));
    await q.createIndex('gate_passes', new TableIndex({ name: 'IDX_gate_passes_community_worker', columnNames: ['community_id', 'worker_id'] }));

    await q.createTable(
      new Table({
        name: 'volunteer_activities',
        columns: [
          { ...id('id'), isPrimary: true },
          { name: 'title', type: 'varchar', length: '200' },
          { ...id('community_id'), isNullable: true },
          district(),
          time('starts_at'),
          { name: 'hours', type: 'double' },
          { name: 'points_per_participant', type: 'int' },
          { name: 'capacity', type: 'int' },
          { name: 'participants', type: 'int', default: 0 },
          time('created_at'),
        ],
      }),
      true,
    );
    await q.createIndex('volunteer_activities', new TableIndex({ name: 'IDX_volunteer_activities_district_starts', columnNames: ['district_code', 'starts_at'] }));
    await q.createIndex('volunteer_activities', new TableIndex({ name: 'IDX_volunteer_activities_starts', columnNames: ['starts_at'] }));

    await q.createTable(
      new Table({
        name: 'volunteer_participations',
        columns: [
          { ...id('id'), isPrimary: true },
          id('activity_id'),
          id('worker_id'),
          time('joined_at'),
          time('confirmed_at', true),
          { name: 'points_awarded', type: 'int', isNullable: true },
        ],
      }),
      true,
    );
    // A worker signs up once per activity, also when sign-ups race.
    await q.createIndex('volunteer_participations', new TableIndex({ name: 'UQ_volunteer_participations_activity_worker', columnNames: ['activity_id', 'worker_id'], isUnique: true }));
    await q.createIndex('volunteer_participations', new TableIndex({ name: 'IDX_volunteer_participations_confirmed', columnNames: ['confirmed_at'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('volunteer_participations', true);
    await q.dropTable('volunteer_activities', true);
    await q.dropTable('gate_passes', true);
    await q.dropTable('volunteer_roles', true);
    await q.dropTable('communities', true);
    await q.dropTable('redemptions', true);
    await q.dropTable('rewards', true);
    await q.dropColumn('points_entries', 'note');
    await q.dropIndex('reports', 'IDX_reports_district_reviewed');
    await q.dropIndex('reports', 'IDX_reports_district_resolved');
    await q.dropColumn('reports', 'review_note');
  }
}
