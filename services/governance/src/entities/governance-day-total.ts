import { EntitySchema } from 'typeorm';

/**
 * A rollup of the district metrics (see src/migrations/rollups.ts), kept in the same transaction
 * as every write that changes it. Days and months are Beijing calendar days ('YYYY-MM-DD') and
 * months ('YYYY-MM'): a period's whole months, then its remaining whole days, are read from the
 * rollups, and only the partial days at its ends from the rows themselves.
 */

/** Points a district paid and took on a day, each on the day its event happened. */
export interface GovernanceDayTotalRow {
  districtCode: string;
  day: string;
  /** Paid for reports accepted that day. */
  reportPoints: number;
  /** Paid for attendance confirmed that day. */
  activityPoints: number;
  /** Spent that day on the district's rewards, less the vouchers of that day cancelled since. */
  redeemedPoints: number;
}

export const GovernanceDayTotal = new EntitySchema<GovernanceDayTotalRow>({
  name: 'GovernanceDayTotal',
  tableName: 'governance_day_totals',
  columns: {
    districtCode: { name: 'district_code', type: 'varchar', length: 12, primary: true },
    day: { type: 'varchar', length: 10, primary: true },
    reportPoints: { name: 'report_points', type: 'int' },
    activityPoints: { name: 'activity_points', type: 'int' },
    redeemedPoints: { name: 'redeemed_points', type: 'int' },
  },
});
