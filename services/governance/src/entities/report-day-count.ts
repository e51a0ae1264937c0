import { EntitySchema } from 'typeorm';

/**
 * A rollup of the district metrics (see src/migrations/rollups.ts), kept in the same transaction
 * as every write that changes it. Days and months are Beijing calendar days ('YYYY-MM-DD') and
 * months ('YYYY-MM'): a period's whole months, then its remaining whole days, are read from the
 * rollups, and only the partial days at its ends from the rows themselves.
 */

/** Reports submitted on a day, by category and by their current status. */
export interface ReportDayCountRow {
  districtCode: string;
  day: string;
  category: string;
  status: string;
  reports: number;
}

export const ReportDayCount = new EntitySchema<ReportDayCountRow>({
  name: 'ReportDayCount',
  tableName: 'report_day_counts',
  columns: {
    districtCode: { name: 'district_code', type: 'varchar', length: 12, primary: true },
    day: { type: 'varchar', length: 10, primary: true },
    category: { type: 'varchar', length: 32, primary: true },
    status: { type: 'varchar', length: 16, primary: true },
    reports: { type: 'int' },
  },
});
