import { EntitySchema } from 'typeorm';

/**
 * A rollup of the district metrics (see src/migrations/rollups.ts), kept in the same transaction
 * as every write that changes it. Days and months are Beijing calendar days ('YYYY-MM-DD') and
 * months ('YYYY-MM'): a period's whole months, then its remaining whole days, are read from the
 * rollups, and only the partial days at its ends from the rows themselves.
 */

/** How many reports resolved on a day took a time in each bucket: the histogram of durations. */
export interface ResolutionDayRow {
  districtCode: string;
  day: string;
  bucket: number;
  reports: number;
}

export const ResolutionDay = new EntitySchema<ResolutionDayRow>({
  name: 'ResolutionDay',
  tableName: 'report_resolution_days',
  columns: {
    districtCode: { name: 'district_code', type: 'varchar', length: 12, primary: true },
    day: { type: 'varchar', length: 10, primary: true },
    bucket: { type: 'smallint', primary: true },
    reports: { type: 'int' },
  },
});
