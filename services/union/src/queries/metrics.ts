import { findScopeRegion, regionCondition, regionHolds, sqlTime, type Database, type MetricsPeriod, type ScopeRegion } from '@nef/kit';
import { AssistanceCaseEntity, DistrictCountEntity, MembershipEntity } from '../entities';
import { OPEN_CASE_STATUSES } from '../rules/case-status';
import { splitPeriod } from '../rules/join-days';
import { MEMBER_STATUS } from '../rules/membership-status';

export interface Count {
  key: string;
  count: number;
}

export interface UnionMetrics {
  members: number;
  joined: number;
  byOccupation: Count[];
  byPlatform: Count[];
  openCases: number;
}

/** Largest first, then by key, sorted here so both engines answer alike. */
function sortCounts(rows: { key: string; count: string | number }[]): Count[] {
  return rows
    .map((r) => ({ key: r.key, count: Number(r.count) }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export const emptyUnionMetrics = (): UnionMetrics => ({ members: 0, joined: 0, byOccupation: [], byPlatform: [], openCases: 0 });

/**
 * The union figures of several districts for one period (kit's metricsPeriod), from the rollups
 * (rules/metric-rollups, kept by commands/support/rollups):
 * five statements whatever the number of districts and their size. `members`, `byOccupation`,
 * `byPlatform` and `openCases` are rows of union_district_counts; `joined` sums the whole
 * Beijing days of the period in union_join_days and counts the memberships of its partial days
 * at either end (at most a day's joins each, through memberships(joined_at)).
 */
export async function districtUnionMetrics(db: Database, codes: readonly string[], period: MetricsPeriod): Promise<Map<string, UnionMetrics>> {
  const out = new Map<string, UnionMetrics>(codes.map((c) => [c, emptyUnionMetrics()]));
  if (codes.length === 0) return out;
  const list = [...codes];
  const counts = (metric: string) =>
    db.reader
      .createQueryBuilder(DistrictCountEntity, 'c')
      .select('c.districtCode', 'code')
      .where('c.districtCode IN (:...list)', { list })
      .andWhere('c.metric = :metric', { metric });

  const [members, joined, byOccupation, byPlatform, openCases] = await Promise.all([
    counts('status').addSelect('c.count', 'count').andWhere('c.label = :member', { member: MEMBER_STATUS }).getRawMany<{ code: string; count: number | string }>(),
    joinedIn(db, list, period.from, period.to),
    counts('occupation').addSelect('c.label', 'key').addSelect('c.count', 'count').andWhere('c.count > 0').getRawMany<{ code: string; key: string; count: number | string }>(),
    counts('platform').addSelect('c.label', 'key').addSelect('c.count', 'count').andWhere('c.count > 0').getRawMany<{ code: string; key: string; count: number | string }>(),
    counts('case_status')
      .addSelect('SUM(c.count)', 'count')
      .andWhere('c.label IN (:...open)', { open: [...OPEN_CASE_STATUSES] })
      .groupBy('c.districtCode')
      .getRawMany<{ code: string; count: number | string }>(),
  ]);
  for (const r of members) out.get(r.code)!.members = Number(r.count);
  for (const [code, n] of joined) out.get(code)!.joined = n;
  for (const r of openCases) out.get(r.code)!.openCases = Number(r.count);
  const grouped = (rows: { code: string; key: string; count: number | string }[]) => {
    const by = new Map<string, { key: string; count: number | string }[]>();
    for (const r of rows) by.set(r.code, [...(by.get(r.code) ?? []), r]);
    return by;
  };
  for (const [code, rows] of grouped(byOccupation)) out.get(code)!.byOccupation = sortCounts(rows);
  for (const [code, rows] of grouped(byPlatform)) out.get(code)!.byPlatform = sortCounts(rows);
  return out;
}

/** Memberships joined in [from, to) per district: whole days from the rollup, partial days from the rows; one statement (none for an empty period). */
async function joinedIn(db: Database, codes: string[], from: Date | null, to: Date): Promise<Map<string, number>> {
  const split = splitPeriod(from, to);
  const inCodes = codes.map(() => '?').join(', ');
  const parts: string[] = [];
  const params: unknown[] = [];
  if (split.wholeDays) {
    let sql = `SELECT d.district_code AS code, d.\`count\` AS n FROM union_join_days d WHERE d.district_code IN (${inCodes})`;
    params.push(...codes);
    if (split.fromDay) {
      sql += ' AND d.day >= ?';
      params.push(split.fromDay);
    }
    if (split.toDay) {
      sql += ' AND d.day < ?';
      params.push(split.toDay);
    }
    parts.push(sql);
  }
  if (split.edges.length) {
    // The district comes from a subquery per membership so that both engines start from the
    // few memberships of the partial days (joined_at index), never from the district's workers.
    parts.push(
      'SELECT (SELECT w.district_code FROM workers w WHERE w.id = m.worker_id) AS code, 1 AS n FROM memberships m WHERE ' +
        split.edges.map(() => '(m.joined_at >= ? AND m.joined_at < ?)').join(' OR '),
    );
    params.push(...split.edges.flatMap(([a, b]) => [sqlTime(a), sqlTime(b)]));
  }
  const out = new Map<string, number>();
  if (parts.length === 0) return out;
  params.push(...codes);
  const rows: { code: string; n: number | string }[] = await db.reader.query(
    `SELECT j.code AS code, SUM(j.n) AS n FROM (${parts.join(' UNION ALL ')}) j WHERE j.code IN (${inCodes}) GROUP BY j.code`,
    params,
  );
  for (const r of rows) out.set(r.code, Number(r.n));
  return out;
}

/**
 * The union figures of regions at any level for one period: two statements whatever the
 * number of regions (one when the period is empty). At county level and above, the district
 * rollups of the counties in the region's code range summed (union_district_counts,
 * union_join_days; regionCondition); for a street, the street rollups (union_street_counts,
 * union_street_join_days), which count only workers that name that street. So a parent's
 * figures are the sum of its children's, and a county's streets add up to at most the county.
 * `joined` counts whole Beijing days from the day rollups and the memberships of the partial
 * days at either end from the rows, as districtUnionMetrics does. Unknown codes answer nothing.
 */
export async function regionUnionMetrics(db: Database, codes: readonly string[], period: MetricsPeriod): Promise<Map<string, UnionMetrics>> {
  const regions = codes.map((code) => findScopeRegion(code)).filter((r): r is ScopeRegion => r !== null);
  const out = new Map<string, UnionMetrics>(regions.map((r) => [r.code, emptyUnionMetrics()]));
  if (regions.length === 0) return out;
  const [counts, joined] = await Promise.all([regionCounts(db, regions), regionJoined(db, regions, period.from, period.to)]);
  regions.forEach((region, i) => {
    const m = out.get(region.code)!;
    const rows = counts.get(i) ?? [];
    const labelled = (metric: string) => sortCounts(rows.filter((r) => r.metric === metric && r.count > 0).map((r) => ({ key: r.label, count: r.count })));
    m.members = rows.find((r) => r.metric === 'status' && r.label === MEMBER_STATUS)?.count ?? 0;
    m.byOccupation = labelled('occupation');
    m.byPlatform = labelled('platform');
    m.openCases = rows.filter((r) => r.metric === 'case_status' && (OPEN_CASE_STATUSES as readonly string[]).includes(r.label)).reduce((n, r) => n + r.count, 0);
    m.joined = joined.get(i) ?? 0;
  });
  return out;
}

const ROLLUP_TABLES = {
  counts: { county: 'union_district_counts', street: 'union_street_counts' },
  days: { county: 'union_join_days', street: 'union_street_join_days' },
} as const;

/** The rollup table (aliased r) and the columns regionCondition reads for a region: streets have their own. */
function rollupOf(region: ScopeRegion, kind: keyof typeof ROLLUP_TABLES): { table: string; columns: { county: string; street: string } } {
  const street = region.level === 'STREET';
  const column = street ? 'r.street_code' : 'r.district_code';
  return { table: ROLLUP_TABLES[kind][street ? 'street' : 'county'], columns: { county: column, street: column } };
}

/** Runs a statement written with :named parameters (what regionCondition gives) on the reader. */
function queryNamed<T>(db: Database, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = db.reader.connection.driver.escapeQueryWithParameters(sql, params);
  return db.reader.query(text, values);
}

/** Rollup counts per region (by its index in `regions`), summed over the region's rows: one statement. */
async function regionCounts(db: Database, regions: ScopeRegion[]): Promise<Map<number, { metric: string; label: string; count: number }[]>> {
  const params: Record<string, unknown> = {};
  const parts = regions.map((region, i) => {
    const { table, columns } = rollupOf(region, 'counts');
    const where = regionCondition(region, columns, `r${i}`);
    Object.assign(params, where.params);
    return `SELECT ${i} AS k, r.metric AS metric, r.label AS label, SUM(r.\`count\`) AS n FROM ${table} r WHERE ${where.sql} GROUP BY r.metric, r.label`;
  });
  const rows = await queryNamed<{ k: number | string; metric: string; label: string; n: number | string | null }>(db, parts.join(' UNION ALL '), params);
  const out = new Map<number, { metric: string; label: string; count: number }[]>();
  for (const r of rows) {
    const k = Number(r.k);
    out.set(k, [...(out.get(k) ?? []), { metric: r.metric, label: r.label, count: Number(r.n ?? 0) }]);
  }
  return out;
}

/**
 * Memberships joined in [from, to) per region (by index): the whole days summed per region from
 * the day rollups, and the memberships of the partial days with their worker's county and
 * street (from a subquery per membership, so both engines start from the few memberships of
 * the partial days), kept when inside one of the regions and given to each region that holds
 * them. One statement; none for an empty period.
 */
async function regionJoined(db: Database, regions: ScopeRegion[], from: Date | null, to: Date): Promise<Map<number, number>> {
  const split = splitPeriod(from, to);
  const params: Record<string, unknown> = {};
  const parts: string[] = [];
  if (split.wholeDays) {
    let days = '';
    if (split.fromDay) {
      days += ' AND r.day >= :fromDay';
      params.fromDay = split.fromDay;
    }
    if (split.toDay) {
      days += ' AND r.day < :toDay';
      params.toDay = split.toDay;
    }
    regions.forEach((region, i) => {
      const { table, columns } = rollupOf(region, 'days');
      const where = regionCondition(region, columns, `d${i}`);
      Object.assign(params, where.params);
      parts.push(`SELECT ${i} AS k, NULL AS county, NULL AS street, SUM(r.\`count\`) AS n FROM ${table} r WHERE ${where.sql}${days}`);
    });
  }
  if (split.edges.length) {
    const inside = regions.map((region, i) => {
      const where = regionCondition(region, { county: 'e.county', street: 'e.street' }, `e${i}`);
      Object.assign(params, where.params);
      return where.sql;
    });
    const edges = split.edges.map(([a, b], i) => {
      params[`edgeFrom${i}`] = sqlTime(a);
      params[`edgeTo${i}`] = sqlTime(b);
      return `(m.joined_at >= :edgeFrom${i} AND m.joined_at < :edgeTo${i})`;
    });
    parts.push(
      'SELECT -1 AS k, e.county AS county, e.street AS street, 1 AS n FROM (' +
        'SELECT (SELECT w.district_code FROM workers w WHERE w.id = m.worker_id) AS county, ' +
        '(SELECT w.street_code FROM workers w WHERE w.id = m.worker_id) AS street ' +
        `FROM memberships m WHERE ${edges.join(' OR ')}) e WHERE (${inside.join(' OR ')})`,
    );
  }
  const out = new Map<number, number>();
  if (parts.length === 0) return out;
  const rows = await queryNamed<{ k: number | string; county: string | null; street: string | null; n: number | string | null }>(db, parts.join(' UNION ALL '), params);
  const add = (i: number, n: number) => out.set(i, (out.get(i) ?? 0) + n);
  for (const r of rows) {
    const k = Number(r.k);
    if (k >= 0) {
      add(k, Number(r.n ?? 0));
      continue;
    }
    regions.forEach((region, i) => {
      if (regionHolds(region, r.county, r.street)) add(i, 1);
    });
  }
  return out;
}

/**
 * The figures computed from the rows themselves (five joins over memberships, workers,
 * accounts and cases): the definition the rollups must agree with. Tests and
 * `bench-metrics --check` compare the two; it is too slow to serve at city scale. `code` is a
 * county or any region (the nation, a province, a city, a street: workers by their county's
 * code, or their street). Either bound may be left open here (no start, no end).
 */
export async function unionMetricsFromRows(
  db: Database,
  code: string,
  from: Date | null | undefined,
  to: Date | null | undefined,
): Promise<UnionMetrics> {
  const m = db.manager;
  const region = findScopeRegion(code);
  if (!region) throw new Error(`unknown region ${code}`);
  const where = regionCondition(region, { county: 'w.districtCode', street: 'w.streetCode' });
  const activeMembers = () =>
    m
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin('Worker', 'w', 'w.id = m.workerId')
      .where(where.sql, where.params)
      .andWhere("m.status = 'ACTIVE'");

  const joinedQb = m
    .createQueryBuilder(MembershipEntity, 'm')
    .innerJoin('Worker', 'w', 'w.id = m.workerId')
    .where(where.sql, where.params);
  if (from) joinedQb.andWhere('m.joinedAt >= :from', { from });
  if (to) joinedQb.andWhere('m.joinedAt < :to', { to });

  const [members, joined, byOccupation, byPlatform, openCases] = await Promise.all([
    activeMembers().getCount(),
    joinedQb.getCount(),
    activeMembers()
      .select('w.occupation', 'key')
      .addSelect('COUNT(*)', 'count')
      .groupBy('w.occupation')
      .getRawMany<{ key: string; count: string }>(),
    activeMembers()
      .innerJoin('PlatformAccount', 'pa', 'pa.workerId = m.workerId')
      .select('pa.platformCode', 'key')
      .addSelect('COUNT(*)', 'count')
      .groupBy('pa.platformCode')
      .getRawMany<{ key: string; count: string }>(),
    m
      .createQueryBuilder(AssistanceCaseEntity, 'c')
      .innerJoin('Worker', 'w', 'w.id = c.workerId')
      .where(where.sql, where.params)
      .andWhere('c.status IN (:...open)', { open: [...OPEN_CASE_STATUSES] })
      .getCount(),
  ]);
  return { members, joined, byOccupation: sortCounts(byOccupation), byPlatform: sortCounts(byPlatform), openCases };
}
