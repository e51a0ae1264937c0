import { HOUR_MS, dateOf, type Database, type MetricsPeriod, type ScopeRegion } from '@nef/kit';
import { medianHours } from '../rules/median';
import { boundedPeriod, isEmptyPeriod } from '../rules/period-split';
import { bump, countsOf, emptyMetrics, regionMetrics, type GovernanceMetrics } from './district-metrics';

/**
 * Region.governanceMetrics for many regions and one period: streets from their reports, every
 * other level from the district rollups (`regionMetrics`).
 */
export async function regionFigures(db: Database, regions: readonly ScopeRegion[], p: MetricsPeriod): Promise<Map<string, GovernanceMetrics>> {
  const streets = regions.filter((r) => r.level === 'STREET').map((r) => r.code);
  const [wide, narrow] = await Promise.all([
    regionMetrics(db, regions.filter((r) => r.level !== 'STREET'), p),
    streetMetrics(db, streets, p),
  ]);
  return new Map([...wide, ...narrow]);
}

/**
 * Metrics of streets (nine-digit codes) for one period, from the reports that name the street
 * (reports.street_code, read through indexes that start with it): reports, byCategory, byStatus
 * (submitted in the period), resolved and medianHoursToResolve (resolved in it), and
 * pointsIssued as the points paid for its reports accepted in it. Volunteer activities,
 * communities and redemptions name no street: a street counts no active volunteers, no activity
 * points and no points redeemed. A street holds few reports, so its rows are read as they are.
 * Three statements whatever the number of streets.
 */
export async function streetMetrics(db: Database, codes: readonly string[], period: MetricsPeriod): Promise<Map<string, GovernanceMetrics>> {
  const out = new Map(codes.map((c) => [c, emptyMetrics()]));
  if (codes.length === 0 || isEmptyPeriod(period)) return out;
  const { from, to } = boundedPeriod(period);
  const query = async <T>(sql: string): Promise<T[]> => {
    const [text, values] = db.dataSource.driver.escapeQueryWithParameters(sql, { codes: [...codes], from, to });
    return db.reader.query(text, values);
  };

  const submitted = await query<{ street: string; category: string; status: string; n: number | string }>(
    `SELECT street_code AS street, category, status, COUNT(*) AS n FROM reports
      WHERE street_code IN (:...codes) AND submitted_at >= :from AND submitted_at < :to
      GROUP BY street_code, category, status`,
  );
  const byCategory = new Map(codes.map((c) => [c, new Map<string, number>()]));
  const byStatus = new Map(codes.map((c) => [c, new Map<string, number>()]));
  for (const row of submitted) {
    const n = Number(row.n);
    const m = out.get(String(row.street));
    if (!m) continue;
    m.reports += n;
    bump(byCategory.get(String(row.street))!, row.category, n);
    bump(byStatus.get(String(row.street))!, row.status, n);
  }
  for (const c of codes) {
    out.get(c)!.byCategory = countsOf(byCategory.get(c)!);
    out.get(c)!.byStatus = countsOf(byStatus.get(c)!);
  }

  const resolved = await query<{ street: string; submitted_at: unknown; resolved_at: unknown }>(
    `SELECT street_code AS street, submitted_at, resolved_at FROM reports
      WHERE street_code IN (:...codes) AND resolved_at >= :from AND resolved_at < :to`,
  );
  const hours = new Map(codes.map((c) => [c, [] as number[]]));
  for (const row of resolved) {
    hours.get(String(row.street))?.push((dateOf(row.resolved_at).getTime() - dateOf(row.submitted_at).getTime()) / HOUR_MS);
  }
  for (const c of codes) {
    out.get(c)!.resolved = hours.get(c)!.length;
    out.get(c)!.medianHoursToResolve = medianHours(hours.get(c)!);
  }

  const points = await query<{ street: string; points: number | string }>(
    `SELECT street_code AS street, SUM(points_awarded) AS points FROM reports
      WHERE street_code IN (:...codes) AND reviewed_at >= :from AND reviewed_at < :to AND points_awarded > 0
      GROUP BY street_code`,
  );
  for (const row of points) {
    const m = out.get(String(row.street));
    if (m) m.pointsIssued = Number(row.points);
  }
  return out;
}
