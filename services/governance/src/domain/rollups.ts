import type { EntityManager } from 'typeorm';
import { VolunteerConfirmation, type ReportResolutionRow, type ReportRow, type VolunteerConfirmationRow } from '../entities';
import { dateOf, insertValues } from './sql';
import type { ReportCategory, ReportStatus } from './vocabulary';

/**
 * The rollups behind the district metrics (see src/entities/rollups.ts). Every write that
 * changes what the metrics count also moves the rollups, in its own transaction: filing a report,
 * each step of its life cycle, a redemption and its cancellation, a confirmed attendance. The
 * demo loader and the generator add what their rows contribute; `rebuildRollups` recomputes
 * everything from the rows (the migration that introduced them, and rows written behind the
 * service's back).
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BEIJING = 8 * HOUR;

const dayKeys = new Map<number, string>();

/** The Beijing calendar day of an instant, 'YYYY-MM-DD'. */
export function beijingDay(at: Date | number): string {
  const n = Math.floor(((typeof at === 'number' ? at : at.getTime()) + BEIJING) / DAY);
  let key = dayKeys.get(n);
  if (key === undefined) {
    key = new Date(n * DAY).toISOString().slice(0, 10);
    // Bounded: a cache of the days seen, far fewer than the rows that fall on them.
    if (dayKeys.size < 100_000) dayKeys.set(n, key);
  }
  return key;
}

/** The Beijing calendar month of an instant, 'YYYY-MM'. */
export function beijingMonth(at: Date | number): string {
  return beijingDay(at).slice(0, 7);
}

/** The first instant of a Beijing day. */
export function beijingDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - BEIJING);
}

/**
 * Upper bounds (ms) of the duration buckets: a minute wide up to ten minutes, then each about 9%
 * wider than the one before (eight to a doubling), up to two years. Integer arithmetic only, so
 * every machine puts a duration in the same bucket. The buckets are stored: changing them needs
 * a migration that rebuilds the rollups.
 */
const BUCKET_BOUNDS: readonly number[] = (() => {
  const bounds = [60_000];
  while (bounds[bounds.length - 1]! < 2 * 366 * DAY) {
    const last = bounds[bounds.length - 1]!;
    bounds.push(last + Math.max(60_000, Math.floor(last / 11)));
  }
  return bounds;
})();

/** The bucket of a submission-to-resolution time: ordered like the times (a longer time never falls in a lower bucket). */
export function resolutionBucket(ms: number): number {
  let lo = 0;
  let hi = BUCKET_BOUNDS.length;
  // The number of bounds at or below ms.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (BUCKET_BOUNDS[mid]! <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type PointsKind = 'reportPoints' | 'activityPoints' | 'redeemedPoints';

/** Sums additions per rollup row. */
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

/**
 * Changes to the rollups, gathered and then written in one go: additions to one row are summed
 * first, and every transaction writes the tables in the same order and each table's rows in key
 * order, so concurrent writers take turns on the rows they share instead of deadlocking.
 */
export class RollupChanges {
  private readonly dayCounts = new Additions(4);
  private readonly monthCounts = new Additions(4);
  private readonly totals = new Additions(2);
  private readonly resolutionDays = new Additions(3);
  private readonly resolutionMonths = new Additions(3);
  private readonly resolutions: ReportResolutionRow[] = [];

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

  /** Writes the changes in the caller's transaction and forgets them. */
  async write(em: EntityManager): Promise<void> {
    const counts = ['category', 'status'];
    await addTo(em, 'report_day_counts', ['district_code', 'day', ...counts], ['reports'], this.dayCounts.take());
    await addTo(em, 'report_month_counts', ['district_code', 'month', ...counts], ['reports'], this.monthCounts.take());
    await addTo(em, 'governance_day_totals', ['district_code', 'day'], ['report_points', 'activity_points', 'redeemed_points'], this.totals.take());
    await addTo(em, 'report_resolution_days', ['district_code', 'day', 'bucket'], ['reports'], this.resolutionDays.take());
    await addTo(em, 'report_resolution_months', ['district_code', 'month', 'bucket'], ['reports'], this.resolutionMonths.take());
    await insertValues(
      em,
      'report_resolutions',
      ['report_id', 'district_code', 'resolved_at', 'duration_ms', 'bucket'],
      this.resolutions.map((r) => [r.reportId, r.districtCode, r.resolvedAt, r.durationMs, r.bucket]),
    );
    this.resolutions.length = 0;
  }
}

/** Rows per upsert statement. */
const UPSERT_ROWS = 500;

/** Adds to counter columns, creating the rows that are missing: one upsert per chunk of rows. */
async function addTo(em: EntityManager, table: string, keys: string[], values: string[], rows: (string | number)[][]): Promise<void> {
  if (rows.length === 0) return;
  const mysql = em.connection.options.type === 'mysql';
  const columns = [...keys, ...values];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const onConflict = mysql
    ? ` ON DUPLICATE KEY UPDATE ${values.map((v) => `${v} = ${v} + VALUES(${v})`).join(', ')}`
    : ` ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${values.map((v) => `${v} = ${v} + excluded.${v}`).join(', ')}`;
  for (let i = 0; i < rows.length; i += UPSERT_ROWS) {
    const chunk = rows.slice(i, i + UPSERT_ROWS);
    await em.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}${onConflict}`, chunk.flat());
  }
}

/**
 * Records a confirmed attendance in volunteer_confirmations, linked to the worker's previous
 * confirmation in the district; the next one, if the new one comes before it, is linked to the
 * new one instead. Callers hold the worker's points account lock (appendEntry), so confirmations
 * of one worker take turns.
 */
export async function recordConfirmation(em: EntityManager, c: Omit<VolunteerConfirmationRow, 'previousAt'>): Promise<void> {
  const p = { district: c.districtCode, worker: c.workerId, at: c.confirmedAt, id: c.participationId };
  const same = 'y.districtCode = :district AND y.workerId = :worker';
  const before = await em
    .createQueryBuilder(VolunteerConfirmation, 'y')
    .where(`${same} AND (y.confirmedAt < :at OR (y.confirmedAt = :at AND y.participationId < :id))`, p)
    .orderBy('y.confirmedAt', 'DESC')
    .addOrderBy('y.participationId', 'DESC')
    .limit(1)
    .getOne();
  const after = await em
    .createQueryBuilder(VolunteerConfirmation, 'y')
    .where(`${same} AND (y.confirmedAt > :at OR (y.confirmedAt = :at AND y.participationId > :id))`, p)
    .orderBy('y.confirmedAt', 'ASC')
    .addOrderBy('y.participationId', 'ASC')
    .limit(1)
    .getOne();
  await em.insert(VolunteerConfirmation, { ...c, previousAt: before?.confirmedAt ?? null });
  if (after) await em.update(VolunteerConfirmation, { participationId: after.participationId }, { previousAt: c.confirmedAt });
}

/** Links each worker's confirmations in a district, in (confirmedAt, participationId) order. */
export function chainConfirmations(rows: Omit<VolunteerConfirmationRow, 'previousAt'>[]): VolunteerConfirmationRow[] {
  const sorted = [...rows].sort(
    (a, b) =>
      (a.districtCode < b.districtCode ? -1 : a.districtCode > b.districtCode ? 1 : 0) ||
      (a.workerId < b.workerId ? -1 : a.workerId > b.workerId ? 1 : 0) ||
      a.confirmedAt.getTime() - b.confirmedAt.getTime() ||
      (a.participationId < b.participationId ? -1 : 1),
  );
  return sorted.map((row, i) => {
    const prev = sorted[i - 1];
    const linked = prev && prev.districtCode === row.districtCode && prev.workerId === row.workerId;
    return { ...row, previousAt: linked ? prev.confirmedAt : null };
  });
}

/** Every table this module keeps. */
export const ROLLUP_TABLES = [
  'report_day_counts',
  'report_month_counts',
  'governance_day_totals',
  'report_resolution_days',
  'report_resolution_months',
  'report_resolutions',
  'volunteer_confirmations',
];

/** Rows read per statement while rebuilding. */
const READ_CHUNK = 5_000;

/** Reads a table in id order, a chunk at a time, with plain SQL (no entity metadata: migrations use this). */
async function* rowsOf<T extends { id: string }>(em: EntityManager, select: string, where = ''): AsyncGenerator<T[]> {
  let after = '';
  for (;;) {
    const rows: T[] = await em.query(`${select} WHERE id > ?${where ? ` AND ${where}` : ''} ORDER BY id LIMIT ${READ_CHUNK}`, [after]);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < READ_CHUNK) return;
    after = rows[rows.length - 1]!.id;
  }
}

const optionalDate = (v: unknown) => (v == null ? null : dateOf(v));

/**
 * Recomputes every rollup from the rows, in the caller's transaction: what the migration that
 * introduced them does, and what to run after writing reports, participations or redemptions
 * behind the service's back. Plain SQL only, so that it runs in a migration whatever the
 * entities look like later.
 */
export async function rebuildRollups(em: EntityManager): Promise<void> {
  for (const table of ROLLUP_TABLES) {
    await em.query(`DELETE FROM ${table}`);
  }
  const changes = new RollupChanges();
  type RawReport = { id: string; district_code: string; category: string; status: string; submitted_at: unknown; reviewed_at: unknown; resolved_at: unknown; points_awarded: number | string };
  for await (const rows of rowsOf<RawReport>(em, 'SELECT id, district_code, category, status, submitted_at, reviewed_at, resolved_at, points_awarded FROM reports')) {
    for (const r of rows) {
      changes.report({
        id: r.id,
        districtCode: r.district_code,
        category: r.category as ReportCategory,
        status: r.status as ReportStatus,
        submittedAt: dateOf(r.submitted_at),
        reviewedAt: optionalDate(r.reviewed_at),
        resolvedAt: optionalDate(r.resolved_at),
        pointsAwarded: Number(r.points_awarded),
      } as ReportRow);
    }
    await changes.write(em);
  }
  type RawRedemption = { id: string; district_code: string; redeemed_at: unknown; points_spent: number | string };
  for await (const rows of rowsOf<RawRedemption>(
    em,
    'SELECT id, district_code, redeemed_at, points_spent FROM redemptions',
    "district_code IS NOT NULL AND status <> 'CANCELLED'",
  )) {
    for (const x of rows) changes.points(x.district_code, dateOf(x.redeemed_at), 'redeemedPoints', Number(x.points_spent));
    await changes.write(em);
  }
  const districtOf = new Map<string, string>();
  for (const a of (await em.query('SELECT id, district_code FROM volunteer_activities')) as { id: string; district_code: string }[]) {
    districtOf.set(a.id, a.district_code);
  }
  const confirmations: Omit<VolunteerConfirmationRow, 'previousAt'>[] = [];
  type RawParticipation = { id: string; activity_id: string; worker_id: string; confirmed_at: unknown; points_awarded: number | string | null };
  for await (const rows of rowsOf<RawParticipation>(
    em,
    'SELECT id, activity_id, worker_id, confirmed_at, points_awarded FROM volunteer_participations',
    'confirmed_at IS NOT NULL',
  )) {
    for (const x of rows) {
      const district = districtOf.get(x.activity_id);
      if (!district) continue;
      const points = Number(x.points_awarded ?? 0);
      const confirmedAt = dateOf(x.confirmed_at);
      confirmations.push({ participationId: x.id, districtCode: district, workerId: x.worker_id, confirmedAt, points });
      if (points) changes.points(district, confirmedAt, 'activityPoints', points);
    }
    await changes.write(em);
  }
  await insertConfirmations(em, chainConfirmations(confirmations));
}

/** Writes linked confirmations (chainConfirmations) with multi-row INSERTs. */
export function insertConfirmations(em: EntityManager, rows: readonly VolunteerConfirmationRow[]): Promise<void> {
  return insertValues(
    em,
    'volunteer_confirmations',
    ['participation_id', 'district_code', 'worker_id', 'confirmed_at', 'previous_at', 'points'],
    rows.map((c) => [c.participationId, c.districtCode, c.workerId, c.confirmedAt, c.previousAt, c.points]),
  );
}
