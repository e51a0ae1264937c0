import { EntitySchema } from 'typeorm';

/**
 * Rollups for the district metrics, kept in the same transaction as every write that changes
 * them (src/domain/rollups.ts). Days and months are Beijing calendar days ('YYYY-MM-DD') and
 * months ('YYYY-MM'), the dashboard's units: a period's whole months, then its remaining whole
 * days, are read from here, and only the partial days at its ends from the rows themselves.
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

/**
 * One confirmed attendance, under its activity's district, linked to the same worker's previous
 * confirmation in that district (in (confirmedAt, participationId) order). The first confirmation
 * of a worker within a period is the one whose previous one lies before the period, so counting
 * those counts the distinct workers without collecting them.
 */
export interface VolunteerConfirmationRow {
  participationId: string;
  districtCode: string;
  workerId: string;
  confirmedAt: Date;
  previousAt: Date | null;
  points: number;
}

export const VolunteerConfirmation = new EntitySchema<VolunteerConfirmationRow>({
  name: 'VolunteerConfirmation',
  tableName: 'volunteer_confirmations',
  columns: {
    participationId: { name: 'participation_id', type: 'varchar', length: 36, primary: true },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    confirmedAt: { name: 'confirmed_at', type: 'datetime', precision: 3 },
    previousAt: { name: 'previous_at', type: 'datetime', precision: 3, nullable: true },
    points: { type: 'int' },
  },
});
