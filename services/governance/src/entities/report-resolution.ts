import { EntitySchema } from 'typeorm';

/**
 * A rollup of the district metrics (see src/migrations/rollups.ts), kept in the same transaction
 * as every write that changes it. Days and months are Beijing calendar days ('YYYY-MM-DD') and
 * months ('YYYY-MM'): a period's whole months, then its remaining whole days, are read from the
 * rollups, and only the partial days at its ends from the rows themselves.
 */

/** One resolved report's submission-to-resolution time, in the bucket the median search reads. */
export interface ReportResolutionRow {
  reportId: string;
  districtCode: string;
  resolvedAt: Date;
  /** resolvedAt - submittedAt, in milliseconds. */
  durationMs: number;
  /** resolutionBucket(durationMs): buckets follow the order of the durations. */
  bucket: number;
}

export const ReportResolution = new EntitySchema<ReportResolutionRow>({
  name: 'ReportResolution',
  tableName: 'report_resolutions',
  columns: {
    reportId: { name: 'report_id', type: 'varchar', length: 36, primary: true },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    resolvedAt: { name: 'resolved_at', type: 'datetime', precision: 3 },
    durationMs: { name: 'duration_ms', type: 'bigint' },
    bucket: { type: 'smallint' },
  },
});
