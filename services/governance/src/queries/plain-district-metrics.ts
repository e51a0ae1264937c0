import { HOUR_MS, type Database, type MetricsPeriod } from '@nef/kit';
import { Participation, Redemption, Report, VolunteerActivity } from '../entities';
import { medianHours } from '../rules/median';
import { boundedPeriod, isEmptyPeriod } from '../rules/period-split';
import { bump, countsOf, emptyMetrics, type GovernanceMetrics } from './district-metrics';

/**
 * The plain computation of the metrics, straight from the rows: what `districtMetrics` must
 * answer exactly (the tests compare them), and too slow for a year of a city. A fixed number of
 * statements whatever the number of districts; each reads one district/time index:
 * - reports, byCategory, byStatus: reports submitted in the period (status as it is now);
 * - resolved, medianHoursToResolve: reports resolved in the period, the median being taken here
 *   over their durations, which is portable where SQL medians are not;
 * - pointsIssued: points paid for reports accepted and attendance confirmed in the period
 *   (adjustments belong to no district and are not counted);
 * - pointsRedeemed: points spent on redemptions of the district's rewards in the period, less
 *   those cancelled;
 * - activeVolunteers: distinct workers who held a role at one of the district's communities at
 *   some time in the period, or whose attendance at one of its activities was confirmed in it.
 */
export async function plainDistrictMetrics(db: Database, codes: readonly string[], period: MetricsPeriod): Promise<Map<string, GovernanceMetrics>> {
  const em = db.manager;
  const out = new Map(codes.map((c) => [c, emptyMetrics()]));
  if (isEmptyPeriod(period)) return out;
  const { from, to } = boundedPeriod(period);
  const p = { codes: [...codes], from, to };

  const submitted = await em
    .createQueryBuilder(Report, 'r')
    .select('r.districtCode', 'district')
    .addSelect('r.category', 'category')
    .addSelect('r.status', 'status')
    .addSelect('COUNT(*)', 'n')
    .where('r.districtCode IN (:...codes) AND r.submittedAt >= :from AND r.submittedAt < :to', p)
    .groupBy('r.districtCode')
    .addGroupBy('r.category')
    .addGroupBy('r.status')
    .getRawMany<{ district: string; category: string; status: string; n: number | string }>();
  const byCategory = new Map(codes.map((c) => [c, new Map<string, number>()]));
  const byStatus = new Map(codes.map((c) => [c, new Map<string, number>()]));
  for (const row of submitted) {
    const n = Number(row.n);
    out.get(row.district)!.reports += n;
    bump(byCategory.get(row.district)!, row.category, n);
    bump(byStatus.get(row.district)!, row.status, n);
  }
  for (const c of codes) {
    out.get(c)!.byCategory = countsOf(byCategory.get(c)!);
    out.get(c)!.byStatus = countsOf(byStatus.get(c)!);
  }

  const resolved = await em
    .createQueryBuilder(Report, 'r')
    .select(['r.id', 'r.districtCode', 'r.submittedAt', 'r.resolvedAt'])
    .where('r.districtCode IN (:...codes) AND r.resolvedAt >= :from AND r.resolvedAt < :to', p)
    .getMany();
  const hours = new Map(codes.map((c) => [c, [] as number[]]));
  for (const r of resolved) hours.get(r.districtCode)!.push((r.resolvedAt!.getTime() - r.submittedAt.getTime()) / HOUR_MS);
  for (const c of codes) {
    const h = hours.get(c)!;
    out.get(c)!.resolved = h.length;
    out.get(c)!.medianHoursToResolve = medianHours(h);
  }

  const reportPoints = await em
    .createQueryBuilder(Report, 'r')
    .select('r.districtCode', 'district')
    .addSelect('SUM(r.pointsAwarded)', 'points')
    .where('r.districtCode IN (:...codes) AND r.reviewedAt >= :from AND r.reviewedAt < :to AND r.pointsAwarded > 0', p)
    .groupBy('r.districtCode')
    .getRawMany<{ district: string; points: number | string }>();
  for (const row of reportPoints) out.get(row.district)!.pointsIssued += Number(row.points);

  const activityPoints = await em
    .createQueryBuilder(Participation, 'x')
    .innerJoin(VolunteerActivity.options.name, 'a', 'a.id = x.activityId')
    .select('a.districtCode', 'district')
    .addSelect('SUM(x.pointsAwarded)', 'points')
    .where('a.districtCode IN (:...codes) AND x.confirmedAt >= :from AND x.confirmedAt < :to', p)
    .groupBy('a.districtCode')
    .getRawMany<{ district: string; points: number | string }>();
  for (const row of activityPoints) out.get(row.district)!.pointsIssued += Number(row.points);

  const redeemed = await em
    .createQueryBuilder(Redemption, 'x')
    .select('x.districtCode', 'district')
    .addSelect('SUM(x.pointsSpent)', 'points')
    .where("x.districtCode IN (:...codes) AND x.redeemedAt >= :from AND x.redeemedAt < :to AND x.status <> 'CANCELLED'", p)
    .groupBy('x.districtCode')
    .getRawMany<{ district: string; points: number | string }>();
  for (const row of redeemed) out.get(row.district)!.pointsRedeemed = Number(row.points);

  // UNION (not UNION ALL) removes a worker counted both ways; the outer count is per district.
  // The driver binds the parameters as the query builder would (dates included) on both engines.
  const [sql, params] = db.dataSource.driver.escapeQueryWithParameters(
    `SELECT v.district AS district, COUNT(*) AS n FROM (
       SELECT c.district_code AS district, r.worker_id AS worker
         FROM volunteer_roles r JOIN communities c ON c.id = r.community_id
        WHERE c.district_code IN (:...codes) AND r.since < :to AND (r.until IS NULL OR r.until >= :from)
       UNION
       SELECT a.district_code AS district, x.worker_id AS worker
         FROM volunteer_participations x JOIN volunteer_activities a ON a.id = x.activity_id
        WHERE a.district_code IN (:...codes) AND x.confirmed_at >= :from AND x.confirmed_at < :to
     ) v GROUP BY v.district`,
    p,
  );
  const volunteers: { district: string; n: number | string }[] = await em.query(sql, params);
  for (const row of volunteers) out.get(row.district)!.activeVolunteers = Number(row.n);
  return out;
}
