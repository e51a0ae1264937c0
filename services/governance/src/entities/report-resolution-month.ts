import { EntitySchema } from 'typeorm';

/**
 * A rollup of the district metrics (see src/migrations/rollups.ts), kept in the same transaction
 * as every write that changes it. Days and months are Beijing calendar days ('YYYY-MM-DD') and
 * months ('YYYY-MM'): a period's whole months, then its remaining whole days, are read from the
 * rollups, and only the partial days at its ends from the rows themselves.
 */

/** The same by Beijing month ('YYYY-MM'). */
export interface ResolutionMonthRow {
  districtCode: string;
  month: string;
  bucket: number;
  reports: number;
}

export const ResolutionMonth = new EntitySchema<ResolutionMonthRow>({
  name: 'ResolutionMonth',
  tableName: 'report_resolution_months',
  columns: {
    districtCode: { name: 'district_code', type: 'varchar', length: 12, primary: true },
    month: { type: 'varchar', length: 7, primary: true },
    bucket: { type: 'smallint', primary: true },
    reports: { type: 'int' },
  },
});
