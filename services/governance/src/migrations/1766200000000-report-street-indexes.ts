import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Region figures of a street count the reports that name it: covering indexes that start with
 * the street code, one per time the figures read (submitted, resolved, reviewed).
 */
const INDEXES = [
  new TableIndex({ name: 'IDX_reports_street_submitted_kind', columnNames: ['street_code', 'submitted_at', 'category', 'status'] }),
  new TableIndex({ name: 'IDX_reports_street_resolved', columnNames: ['street_code', 'resolved_at', 'submitted_at'] }),
  new TableIndex({ name: 'IDX_reports_street_reviewed_points', columnNames: ['street_code', 'reviewed_at', 'points_awarded'] }),
];

export class ReportStreetIndexes1766200000000 implements MigrationInterface {
  name = 'ReportStreetIndexes1766200000000';

  async up(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.createIndex('reports', index);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of INDEXES) await q.dropIndex('reports', index.name!);
  }
}
