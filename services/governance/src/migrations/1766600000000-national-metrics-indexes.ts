import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Region figures above a county read these tables over a range of county codes, or for the
 * nation over every county, where the indexes that start with the county code give no range:
 * the nation's median read every resolution of the table and its active volunteers every
 * confirmation (a few hundred milliseconds on MariaDB at national scale). These start with the
 * period's own column, so a month of the nation or of a province is a range of one index that
 * holds every column read, whatever the number of counties.
 * - report_resolutions: the middle values of one bucket over the whole days of the period
 *   (bucket, then the resolution time, the county for a province's range, the duration);
 * - volunteer_confirmations: the confirmations of the period, with the previous one, the county
 *   and the points, for the active volunteers and the partial days' activity points.
 */
const INDEXES: [table: string, index: TableIndex][] = [
  ['report_resolutions', new TableIndex({ name: 'IDX_report_resolutions_bucket_resolved', columnNames: ['bucket', 'resolved_at', 'district_code', 'duration_ms'] })],
  ['volunteer_confirmations', new TableIndex({ name: 'IDX_volunteer_confirmations_confirmed', columnNames: ['confirmed_at', 'previous_at', 'district_code', 'points'] })],
];

export class NationalMetricsIndexes1766600000000 implements MigrationInterface {
  name = 'NationalMetricsIndexes1766600000000';

  async up(q: QueryRunner): Promise<void> {
    for (const [table, index] of INDEXES) await q.createIndex(table, index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, index] of INDEXES) await q.dropIndex(table, index.name!);
  }
}
