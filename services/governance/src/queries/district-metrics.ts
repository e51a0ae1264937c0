import { HOUR_MS, regionCondition, type Database, type MetricsPeriod, type ScopeRegion } from '@nef/kit';
import { medianHours, middleRanks } from '../rules/median';
import { boundedPeriod, isEmptyPeriod, splitPeriod, type PeriodSplit } from '../rules/period-split';
import { resolutionBucket } from '../rules/resolution-buckets';

export interface Count {
  key: string;
  count: number;
}

/** District.governanceMetrics: what a district did over a period. */
export interface GovernanceMetrics {
  reports: number;
  resolved: number;
  byCategory: Count[];
  byStatus: Count[];
  medianHoursToResolve: number | null;
  activeVolunteers: number;
  pointsIssued: number;
  pointsRedeemed: number;
}

export const emptyMetrics = (): GovernanceMetrics => ({
  reports: 0,
  resolved: 0,
  byCategory: [],
  byStatus: [],
  medianHoursToResolve: null,
  activeVolunteers: 0,
  pointsIssued: 0,
  pointsRedeemed: 0,
});

/** Largest count first, then by key, so the order is stable. */
export function countsOf(m: Map<string, number>): Count[] {
  return [...m.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
}

export const bump = (m: Map<string, number>, key: string, by: number) => m.set(key, (m.get(key) ?? 0) + by);

type Raw = Record<string, unknown>;
type Query = (sql: string, extra?: Record<string, unknown>) => Promise<Raw[]>;

/** One branch of a UNION ALL: the label its rows carry, the rows it reads, and how it groups them. */
interface Branch {
  label: string;
  where: string;
  groupBy: string | null;
}

/**
 * What the figures are grouped by: districts (one branch, grouped by the county column) or
 * regions (one branch per region, over its range of county codes, labelled by its position).
 */
interface Scopes {
  keys: string[];
  params: Record<string, unknown>;
  /** The branches over a county column; `label` names the column the label is read from when it differs. */
  branches(column: string, label?: string): Branch[];
  /** The key a row's label stands for; undefined for none. */
  keyOf(label: unknown): string | undefined;
  /** The condition for one key alone, with its parameters named after `name`. */
  one(key: string, column: string, name: string): { sql: string; params: Record<string, unknown> };
}

function districtScopes(codes: readonly string[]): Scopes {
  return {
    keys: [...codes],
    params: { codes: [...codes] },
    branches: (column, label = column) => [{ label, where: `${column} IN (:...codes)`, groupBy: label }],
    keyOf: (label) => (label == null ? undefined : String(label)),
    one: (key, column, name) => ({ sql: `${column} = :${name}`, params: { [name]: key } }),
  };
}

/** Regions at county level or above: each counts the rows of the county codes in its range. */
function regionScopes(regions: readonly ScopeRegion[]): Scopes {
  const params: Record<string, unknown> = {};
  regions.forEach((r, i) => Object.assign(params, regionCondition(r, { county: 'c' }, `g${i}`).params));
  return {
    keys: regions.map((r) => r.code),
    params,
    branches: (column) => regions.map((r, i) => ({ label: String(i), where: regionCondition(r, { county: column }, `g${i}`).sql, groupBy: null })),
    keyOf: (label) => (label == null ? undefined : regions[Number(label)]?.code),
    one: (key, column, name) => regionCondition(regions.find((r) => r.code === key)!, { county: column }, name),
  };
}

/**
 * Metrics of many districts for one period, exactly as `plainDistrictMetrics` computes them, in a
 * fixed number of statements whatever the number of districts and however long the period. The
 * whole months and days of the period come from the rollups (rules/metrics-rollups.ts), the partial
 * days at its ends from covering indexes on the rows:
 * - reports, byCategory, byStatus: report_month_counts and report_day_counts, and the reports
 *   submitted in the partial days;
 * - pointsIssued, pointsRedeemed: governance_day_totals, and the partial days' reviews,
 *   confirmations and redemptions;
 * - resolved, medianHoursToResolve: the histograms of resolution times say how many were
 *   resolved and which bucket holds the middle; the database then picks the middle values of
 *   that bucket (the same durations, so the same median as the plain computation);
 * - activeVolunteers: each confirmed worker is counted once by counting only the confirmations
 *   whose previous one (same worker and district) came before the period; role holders without
 *   a confirmation in the period are added.
 */
export function districtMetrics(db: Database, codes: readonly string[], p: MetricsPeriod): Promise<Map<string, GovernanceMetrics>> {
  return metricsOf(db, districtScopes(codes), p);
}

/**
 * Metrics of regions at county level or above (a county, a city, a province, the nation), for
 * one period: the same rollups as `districtMetrics`, read over each region's range of county
 * codes, so that every figure but the median is the sum of the region's counties' figures (a
 * worker active in two counties is an active volunteer of each) and the median is taken over
 * every resolution in the region. One branch per region in each statement.
 */
export function regionMetrics(db: Database, regions: readonly ScopeRegion[], p: MetricsPeriod): Promise<Map<string, GovernanceMetrics>> {
  return metricsOf(db, regionScopes(regions), p);
}

async function metricsOf(db: Database, scopes: Scopes, p: MetricsPeriod): Promise<Map<string, GovernanceMetrics>> {
  const codes = scopes.keys;
  const out = new Map(codes.map((c) => [c, emptyMetrics()]));
  if (codes.length === 0 || isEmptyPeriod(p)) return out;
  const period = boundedPeriod(p);
  const split = splitPeriod(p);
  const params: Record<string, unknown> = { ...scopes.params, from: period.from, to: period.to };
  if (split.months) Object.assign(params, { m1: split.months.from, m2: split.months.to });
  split.days.forEach((d, i) => Object.assign(params, { [`df${i}`]: d.from, [`dt${i}`]: d.to }));
  if (split.whole) Object.assign(params, { w1: split.whole.from, w2: split.whole.to, wf: split.whole.period.from, wt: split.whole.period.to });
  split.edges.forEach((e, i) => Object.assign(params, { [`ef${i}`]: e.from, [`et${i}`]: e.to }));
  const query: Query = async (sql, extra = {}) => {
    const [text, values] = db.dataSource.driver.escapeQueryWithParameters(sql, { ...params, ...extra });
    return db.reader.query(text, values);
  };
  const branches = scopes.branches('district_code');
  /** UNION ALL branches: the months table, then the days table per range of days, per scope. */
  const rollupParts: RollupParts = (select, monthTable, dayTable) =>
    branches.flatMap((b) => [
      ...(split.months ? [`${select(b.label)} FROM ${monthTable} WHERE ${b.where} AND month >= :m1 AND month < :m2`] : []),
      ...split.days.map((_, i) => `${select(b.label)} FROM ${dayTable} WHERE ${b.where} AND day >= :df${i} AND day < :dt${i}`),
    ]);
  /** UNION ALL branches: one per partial day and scope, reading the rows whose `column` falls in it. */
  const edgeParts: EdgeParts = (select, column, also = '') =>
    branches.flatMap((b) =>
      split.edges.map((_, i) => `${select(b.label)} WHERE ${b.where} AND ${column} >= :ef${i} AND ${column} < :et${i}${also ? ` AND ${also}` : ''}`),
    );

  const submitted = await query(
    `SELECT district, category, status, SUM(n) AS n FROM (${[
      ...rollupParts((l) => `SELECT ${l} AS district, category, status, reports AS n`, 'report_month_counts', 'report_day_counts'),
      ...edgeParts((l) => `SELECT ${l} AS district, category, status, 1 AS n FROM reports`, 'submitted_at'),
    ].join(' UNION ALL ')}) v GROUP BY district, category, status`,
  );
  const byCategory = new Map(codes.map((c) => [c, new Map<string, number>()]));
  const byStatus = new Map(codes.map((c) => [c, new Map<string, number>()]));
  for (const row of submitted) {
    const n = Number(row.n);
    const d = scopes.keyOf(row.district);
    // Rollup rows emptied by status changes stay, at zero: they are not a category or status seen.
    if (n === 0 || d === undefined || !out.has(d)) continue;
    out.get(d)!.reports += n;
    bump(byCategory.get(d)!, String(row.category), n);
    bump(byStatus.get(d)!, String(row.status), n);
  }
  for (const c of codes) {
    out.get(c)!.byCategory = countsOf(byCategory.get(c)!);
    out.get(c)!.byStatus = countsOf(byStatus.get(c)!);
  }

  const points = await query(
    `SELECT district, SUM(rp) AS rp, SUM(ap) AS ap, SUM(xp) AS xp FROM (${[
      ...(split.whole
        ? branches.map(
            (b) =>
              `SELECT ${b.label} AS district, report_points AS rp, activity_points AS ap, redeemed_points AS xp FROM governance_day_totals ` +
              `WHERE ${b.where} AND day >= :w1 AND day < :w2`,
          )
        : []),
      ...edgeParts((l) => `SELECT ${l} AS district, points_awarded AS rp, 0 AS ap, 0 AS xp FROM reports`, 'reviewed_at', 'points_awarded > 0'),
      ...edgeParts((l) => `SELECT ${l} AS district, 0 AS rp, points AS ap, 0 AS xp FROM volunteer_confirmations`, 'confirmed_at'),
      // Vouchers of rewards valid everywhere name no district: no region counts them, as the
      // rollups don't (the nation's condition alone would take them in).
      ...edgeParts((l) => `SELECT ${l} AS district, 0 AS rp, 0 AS ap, points_spent AS xp FROM redemptions`, 'redeemed_at', "status <> 'CANCELLED' AND district_code IS NOT NULL"),
    ].join(' UNION ALL ')}) v GROUP BY district`,
  );
  for (const row of points) {
    const key = scopes.keyOf(row.district);
    const m = key === undefined ? undefined : out.get(key);
    if (!m) continue;
    m.pointsIssued = Number(row.rp) + Number(row.ap);
    m.pointsRedeemed = Number(row.xp);
  }

  await resolutionMetrics(scopes, split, query, rollupParts, edgeParts, out);

  // Role holders are counted once per district (a district's distinct workers), so a region's
  // count is the sum of its districts'.
  const groupBy = (b: Branch) => (b.groupBy ? ` GROUP BY ${b.groupBy}` : '');
  const volunteers = await query(
    `SELECT district, SUM(n) AS n FROM (${[
      ...branches.map(
        (b) =>
          `SELECT ${b.label} AS district, COUNT(*) AS n FROM volunteer_confirmations
            WHERE ${b.where} AND confirmed_at >= :from AND confirmed_at < :to AND (previous_at IS NULL OR previous_at < :from)${groupBy(b)}`,
      ),
      ...scopes.branches('c.district_code', 'h.district_code').map(
        (b) =>
          `SELECT ${b.label} AS district, COUNT(*) AS n FROM (
             SELECT DISTINCT c.district_code AS district_code, r.worker_id AS worker_id
               FROM volunteer_roles r JOIN communities c ON c.id = r.community_id
              WHERE ${b.where} AND r.since < :to AND (r.until IS NULL OR r.until >= :from)
                AND NOT EXISTS (SELECT 1 FROM volunteer_confirmations y
                                 WHERE y.district_code = c.district_code AND y.worker_id = r.worker_id AND y.confirmed_at >= :from AND y.confirmed_at < :to)
           ) h${groupBy(b)}`,
      ),
    ].join(' UNION ALL ')}) v GROUP BY district`,
  );
  for (const row of volunteers) {
    const key = scopes.keyOf(row.district);
    const m = key === undefined ? undefined : out.get(key);
    if (m) m.activeVolunteers = Number(row.n);
  }
  return out;
}

type RollupParts = (select: (label: string) => string, monthTable: string, dayTable: string) => string[];
type EdgeParts = (select: (label: string) => string, column: string, also?: string) => string[];

/**
 * resolved and medianHoursToResolve. The histograms give each bucket's count over the whole
 * days, the partial days' durations are read whole; that tells which bucket holds each middle
 * rank. The database then returns, per such bucket, only the few whole-day durations around that
 * rank (ORDER BY duration with LIMIT/OFFSET), which merged with the partial days' durations of the
 * bucket give the exact middle values.
 */
async function resolutionMetrics(
  scopes: Scopes,
  split: PeriodSplit,
  query: Query,
  rollupParts: RollupParts,
  edgeParts: EdgeParts,
  out: Map<string, GovernanceMetrics>,
): Promise<void> {
  const perDistrict = new Map(scopes.keys.map((c) => [c, { whole: new Map<number, number>(), edges: new Map<number, number[]>() }]));
  const histogram = await query(
    `SELECT district, bucket, SUM(n) AS n, NULL AS ms FROM (${rollupParts(
      (l) => `SELECT ${l} AS district, bucket, reports AS n`,
      'report_resolution_months',
      'report_resolution_days',
    ).join(' UNION ALL ') || 'SELECT NULL AS district, 0 AS bucket, 0 AS n'}) v GROUP BY district, bucket` +
      edgeParts((l) => ` UNION ALL SELECT ${l} AS district, NULL AS bucket, 1 AS n, duration_ms AS ms FROM report_resolutions`, 'resolved_at').join(''),
  );
  for (const row of histogram) {
    const key = scopes.keyOf(row.district);
    const d = key === undefined ? undefined : perDistrict.get(key);
    if (!d) continue;
    if (row.ms == null) {
      const n = Number(row.n);
      if (n > 0) d.whole.set(Number(row.bucket), n);
      continue;
    }
    const ms = Number(row.ms);
    const b = resolutionBucket(ms);
    const list = d.edges.get(b);
    if (list) list.push(ms);
    else d.edges.set(b, [ms]);
  }

  /** Per district and bucket: the ranks wanted within the bucket, and the bucket's partial-day durations. */
  const reads: { district: string; bucket: number; ranks: number[]; edges: number[]; offset: number; limit: number }[] = [];
  for (const [district, d] of perDistrict) {
    const buckets = [...new Set([...d.whole.keys(), ...d.edges.keys()])].sort((a, b) => a - b);
    const sizeOf = (b: number) => (d.whole.get(b) ?? 0) + (d.edges.get(b)?.length ?? 0);
    const n = buckets.reduce((s, b) => s + sizeOf(b), 0);
    out.get(district)!.resolved = n;
    if (n === 0) continue;
    for (const rank of middleRanks(n)) {
      let before = 0;
      let i = 0;
      while (rank >= before + sizeOf(buckets[i]!)) before += sizeOf(buckets[i++]!);
      const bucket = buckets[i]!;
      const read = reads.find((r) => r.district === district && r.bucket === bucket);
      if (read) read.ranks.push(rank - before);
      else reads.push({ district, bucket, ranks: [rank - before], edges: (d.edges.get(bucket) ?? []).sort((a, b) => a - b), offset: 0, limit: 0 });
    }
  }

  // The k-th of the bucket's durations is among the whole days' k-e-th to k-th, with e the
  // bucket's partial-day durations: read just those.
  const fromWhole = new Map<string, number[]>();
  const extra: Record<string, unknown> = {};
  const parts: string[] = [];
  reads.forEach((r, i) => {
    const whole = perDistrict.get(r.district)!.whole.get(r.bucket) ?? 0;
    if (whole === 0 || !split.whole) return;
    r.offset = Math.max(0, Math.min(...r.ranks) - r.edges.length);
    r.limit = Math.max(...r.ranks) - r.offset + 1;
    const scope = scopes.one(r.district, 'district_code', `rd${i}`);
    Object.assign(extra, scope.params);
    extra[`rb${i}`] = r.bucket;
    parts.push(
      `SELECT ${i} AS k, ms FROM (SELECT duration_ms AS ms FROM report_resolutions
         WHERE ${scope.sql} AND bucket = :rb${i} AND resolved_at >= :wf AND resolved_at < :wt
         ORDER BY duration_ms LIMIT ${r.limit} OFFSET ${r.offset}) s${i}`,
    );
  });
  if (parts.length) {
    for (const row of await query(parts.join(' UNION ALL '), extra)) {
      const key = String(Number(row.k));
      const list = fromWhole.get(key);
      if (list) list.push(Number(row.ms));
      else fromWhole.set(key, [Number(row.ms)]);
    }
  }

  const middle = new Map<string, number[]>();
  reads.forEach((r, i) => {
    const merged = [...(fromWhole.get(String(i)) ?? []), ...r.edges].sort((a, b) => a - b);
    for (const rank of r.ranks) {
      const ms = merged[rank - r.offset];
      if (ms === undefined) throw new Error(`resolution bucket ${r.bucket} of district ${r.district} is out of step with its histogram`);
      const list = middle.get(r.district) ?? [];
      list.push(ms / HOUR_MS);
      middle.set(r.district, list);
    }
  });
  // The values at the middle ranks have the median of all of them.
  for (const [district, hours] of middle) out.get(district)!.medianHoursToResolve = medianHours(hours);
}
