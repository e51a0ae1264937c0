import { EntitySchema } from 'typeorm';

/**
 * A rollup of the district metrics (see src/migrations/rollups.ts), kept in the same transaction
 * as every write that changes it. Days and months are Beijing calendar days ('YYYY-MM-DD') and
 * months ('YYYY-MM'): a period's whole months, then its remaining whole days, are read from the
 * rollups, and only the partial days at its ends from the rows themselves.
 */

/** The same by Beijing month ('YYYY-MM'). */
export interface ReportMonthCountRow {
  districtCode: string;
  month: string;
  category: string;
  status: string;
  reports: number;
}

export const ReportMonthCount = new EntitySchema<ReportMonthCountRow>({
  name: 'ReportMonthCount',
  tableName: 'report_month_counts',
  columns: {
    districtCode: { name: 'district_code', type: 'varchar', length: 12, primary: true },
    month: { type: 'varchar', length: 7, primary: true },
    category: { type: 'varchar', length: 32, primary: true },
    status: { type: 'varchar', length: 16, primary: true },
    reports: { type: 'int' },
  },
});
