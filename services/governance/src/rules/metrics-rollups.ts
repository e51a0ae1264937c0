import { beijingDay } from '@nef/kit/rules';
import type { ReportResolutionRow, ReportRow } from '../entities';
import { resolutionBucket } from './resolution-buckets';

/**
 * What each event adds to the rollups behind the district metrics (src/entities/report-day-count.ts
 * and the others): filing a report, each step of its life cycle, a redemption and its
 * cancellation, a confirmed attendance. Days and months are Beijing days and months. Gathered
 * here without I/O; src/migrations/rollups.ts writes them in the caller's transaction.
 */

export type PointsKind = 'reportPoints' | 'activityPoints' | 'redeemedPoints';

/** Additions to the counters of one rollup table, per row. */
class Additions {
  private readonly rows = new Map<string, (string | number)[]>();
  constructor(private readonly keyCount: number) {}

  add(key: (string | number)[], values: number[]): void {
    const id = key.join('|');
    const row = this.rows.get(id);
    if (row) values.forEach((v, i) => ((row[this.keyCount + i] as number) += v));
    else this.rows.set(id, [...key, ...values]);
  }

  /** In key order, so that concurrent transactions lock the rows they share in the same order. */
  take(): (string | number)[][] {
    const out = [...this.rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
    this.rows.clear();
    return out;
  }
}

/** Rows to add to one counter table: key columns, counter columns, and the tuples (keys then counters). */
export interface CounterAdditions {
  table: string;
  keys: string[];
  counters: string[];
  rows: (string | number)[][];
}

/**
 * Changes to the rollups, gathered and then taken in one go: additions to one row are summed
 * first, the tables come in one fixed order and each table's rows in key order, so concurrent
 * writers take turns on the rows they share instead of deadlocking.
 */
export class RollupChanges {
  private readonly dayCounts = new Additions(4);
  private readonly monthCounts = new Additions(4);
  private readonly totals = new Additions(2);
  private readonly resolutionDays = new Additions(3);
  private readonly resolutionMonths = new Additions(3);
  private resolutions: ReportResolutionRow[] = [];

  /** n reports submitted at `submittedAt` now in `status` (negative when they leave it). */
  reportCount(district: string, submittedAt: Date, category: string, status: string, n: number): this {
    const day = beijingDay(submittedAt);
    this.dayCounts.add([district, day, category, status], [n]);
    this.monthCounts.add([district, day.slice(0, 7), category, status], [n]);
    return this;
  }

  /** Points paid or spent in a district at `at`. */
  points(district: string, at: Date, kind: PointsKind, n: number): this {
    this.totals.add([district, beijingDay(at)], [kind === 'reportPoints' ? n : 0, kind === 'activityPoints' ? n : 0, kind === 'redeemedPoints' ? n : 0]);
    return this;
  }

  /** A report resolved: its time for the median search and its place in the histograms of its day and month. */
  resolved(report: Pick<ReportRow, 'id' | 'districtCode' | 'submittedAt' | 'resolvedAt'>): this {
    const resolvedAt = report.resolvedAt!;
    const durationMs = resolvedAt.getTime() - report.submittedAt.getTime();
    const bucket = resolutionBucket(durationMs);
    this.resolutions.push({ reportId: report.id, districtCode: report.districtCode, resolvedAt, durationMs, bucket });
    const day = beijingDay(resolvedAt);
    this.resolutionDays.add([report.districtCode, day, bucket], [1]);
    this.resolutionMonths.add([report.districtCode, day.slice(0, 7), bucket], [1]);
    return this;
  }

  /** Everything a report row, as stored, contributes: what its way through the life cycle added. */
  report(r: ReportRow): this {
    this.reportCount(r.districtCode, r.submittedAt, r.category, r.status, 1);
    if (r.reviewedAt && r.pointsAwarded > 0) this.points(r.districtCode, r.reviewedAt, 'reportPoints', r.pointsAwarded);
    if (r.resolvedAt) this.resolved(r);
    return this;
  }

  /** The gathered changes, forgotten here: counter additions per table in write order, and the new resolutions. */
  take(): { counters: CounterAdditions[]; resolutions: ReportResolutionRow[] } {
    const kind = ['category', 'status'];
    const counters: CounterAdditions[] = [
      { table: 'report_day_counts', keys: ['district_code', 'day', ...kind], counters: ['reports'], rows: this.dayCounts.take() },
      { table: 'report_month_counts', keys: ['district_code', 'month', ...kind], counters: ['reports'], rows: this.monthCounts.take() },
      { table: 'governance_day_totals', keys: ['district_code', 'day'], counters: ['report_points', 'activity_points', 'redeemed_points'], rows: this.totals.take() },
      { table: 'report_resolution_days', keys: ['district_code', 'day', 'bucket'], counters: ['reports'], rows: this.resolutionDays.take() },
      { table: 'report_resolution_months', keys: ['district_code', 'month', 'bucket'], counters: ['reports'], rows: this.resolutionMonths.take() },
    ];
    const resolutions = this.resolutions;
    this.resolutions = [];
    return { counters, resolutions };
  }
}
