import { sqlTime, type Database, type MetricsPeriod } from '@nef/kit';
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
 * The figures computed from the rows themselves (five joins over memberships, workers,
 * accounts and cases): the definition the rollups must agree with. Tests and
 * `bench-metrics --check` compare the two; it is too slow to serve at city scale. Either bound
 * may be left open here (no start, no end).
 */
export async function unionMetricsFromRows(
  db: Database,
  code: string,
  from: Date | null | undefined,
  to: Date | null | undefined,
): Promise<UnionMetrics> {
  const m = db.manager;
  const activeMembers = () =>
    m
      .createQueryBuilder(MembershipEntity, 'm')
      .innerJoin('Worker', 'w', 'w.id = m.workerId')
      .where('w.districtCode = :code', { code })
      .andWhere("m.status = 'ACTIVE'");

  const joinedQb = m
    .createQueryBuilder(MembershipEntity, 'm')
    .innerJoin('Worker', 'w', 'w.id = m.workerId')
    .where('w.districtCode = :code', { code });
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
      .where('w.districtCode = :code', { code })
      .andWhere('c.status IN (:...open)', { open: [...OPEN_CASE_STATUSES] })
      .getCount(),
  ]);
  return { members, joined, byOccupation: sortCounts(byOccupation), byPlatform: sortCounts(byPlatform), openCases };
}
