import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { rebuildRollups, ROLLUP_TABLES } from './rollups';

const district = { name: 'district_code', type: 'varchar', length: '12' };
const day = { name: 'day', type: 'varchar', length: '10' };
const month = { name: 'month', type: 'varchar', length: '7' };
const time = (name: string, isNullable = false) => ({ name, type: 'datetime', precision: 3, isNullable });
const counter = (name: string) => ({ name, type: 'int', default: 0 });

/** Indexes that the district metrics read instead of the rows: each replaces a narrower one. */
const WIDENED: { table: string; old: TableIndex; wide: TableIndex }[] = [
  {
    table: 'reports',
    old: new TableIndex({ name: 'IDX_reports_district_submitted', columnNames: ['district_code', 'submitted_at'] }),
    wide: new TableIndex({ name: 'IDX_reports_district_submitted_kind', columnNames: ['district_code', 'submitted_at', 'category', 'status'] }),
  },
  {
    table: 'reports',
    old: new TableIndex({ name: 'IDX_reports_district_reviewed', columnNames: ['district_code', 'reviewed_at'] }),
    wide: new TableIndex({ name: 'IDX_reports_district_reviewed_points', columnNames: ['district_code', 'reviewed_at', 'points_awarded'] }),
  },
  {
    table: 'redemptions',
    old: new TableIndex({ name: 'IDX_redemptions_district_redeemed', columnNames: ['district_code', 'redeemed_at'] }),
    wide: new TableIndex({ name: 'IDX_redemptions_district_redeemed_spent', columnNames: ['district_code', 'redeemed_at', 'status', 'points_spent'] }),
  },
  {
    table: 'volunteer_roles',
    old: new TableIndex({ name: 'IDX_volunteer_roles_community', columnNames: ['community_id'] }),
    wide: new TableIndex({ name: 'IDX_volunteer_roles_community_term', columnNames: ['community_id', 'since', 'until', 'worker_id'] }),
  },
];

/**
 * Makes the district metrics fast at city scale: daily and monthly rollups of reports (by
 * submission day, category and current status) and of resolution times (a histogram, and each
 * resolution's time in its bucket for the exact median), daily points paid and spent, confirmed
 * attendance linked per worker for the distinct volunteer count, and covering indexes for the
 * partial days at the ends of a period. Filled from the rows already there.
 */
export class GovernanceMetricsRollups1764100000000 implements MigrationInterface {
  name = 'GovernanceMetricsRollups1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // WITHOUT ROWID on SQLite: the rows live in their primary key, so reading a range of days
    // reads one index (InnoDB clusters tables by primary key anyway).
    const rollup = (name: string, keys: TableColumnOptions[], counters: string[]) =>
      q.createTable(
        new Table({ name, withoutRowid: true, columns: [...[district, ...keys].map((k) => ({ ...k, isPrimary: true })), ...counters.map(counter)] }),
        true,
      );
    const kind = [
      { name: 'category', type: 'varchar', length: '32' },
      { name: 'status', type: 'varchar', length: '16' },
    ];
    const bucket = { name: 'bucket', type: 'smallint' };
    await rollup('report_day_counts', [day, ...kind], ['reports']);
    await rollup('report_month_counts', [month, ...kind], ['reports']);
    await rollup('governance_day_totals', [day], ['report_points', 'activity_points', 'redeemed_points']);
    await rollup('report_resolution_days', [day, bucket], ['reports']);
    await rollup('report_resolution_months', [month, bucket], ['reports']);
    await q.createTable(
      new Table({
        name: 'report_resolutions',
        columns: [
          { name: 'report_id', type: 'varchar', length: '36', isPrimary: true },
          district,
          time('resolved_at'),
          { name: 'duration_ms', type: 'bigint' },
          bucket,
        ],
      }),
      true,
    );
    // The partial days at the ends of a period; the middle of one bucket over the whole days.
    await q.createIndex('report_resolutions', new TableIndex({ name: 'IDX_report_resolutions_district_resolved', columnNames: ['district_code', 'resolved_at', 'duration_ms'] }));
    await q.createIndex('report_resolutions', new TableIndex({ name: 'IDX_report_resolutions_district_bucket', columnNames: ['district_code', 'bucket', 'resolved_at', 'duration_ms'] }));
    await q.createTable(
      new Table({
        name: 'volunteer_confirmations',
        columns: [
          { name: 'participation_id', type: 'varchar', length: '36', isPrimary: true },
          district,
          { name: 'worker_id', type: 'varchar', length: '36' },
          time('confirmed_at'),
          time('previous_at', true),
          { name: 'points', type: 'int' },
        ],
      }),
      true,
    );
    await q.createIndex('volunteer_confirmations', new TableIndex({ name: 'IDX_volunteer_confirmations_district_confirmed', columnNames: ['district_code', 'confirmed_at', 'previous_at', 'points'] }));
    await q.createIndex('volunteer_confirmations', new TableIndex({ name: 'IDX_volunteer_confirmations_worker', columnNames: ['district_code', 'worker_id', 'confirmed_at'] }));

    for (const { table, old, wide } of WIDENED) {
      await q.createIndex(table, wide);
      await q.dropIndex(table, old.name!);
    }
    await rebuildRollups(q.manager);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, old, wide } of WIDENED) {
      await q.createIndex(table, old);
      await q.dropIndex(table, wide.name!);
    }
    for (const table of [...ROLLUP_TABLES].reverse()) await q.dropTable(table, true);
  }
}
