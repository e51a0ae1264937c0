import { pageSize, requireDistrictCode, toConnection, type Connection, type Database } from '@nef/kit';
import { CourseRequest, type CourseRequestRow } from '../entities';
import { OPEN_DEMAND_SQL } from '../rules/course-request';
import { afterId } from './pages';

/**
 * Requests, most asked first. `open`: true lists open demand (threshold reached, not
 * fulfilled), false everything else, null both. Counts only: who asked is never listed.
 */
export async function listRequests(
  db: Database,
  args: { district?: string | null; open?: boolean | null; first?: number | null },
  threshold: number,
): Promise<CourseRequestRow[]> {
  const first = pageSize(args.first);
  // A request row is created just before its first vote; one left at 0 by a failed vote is not demand.
  const qb = db.manager.createQueryBuilder(CourseRequest, 'r').where('r.requests > 0');
  if (args.district != null) qb.andWhere('r.districtCode = :district', { district: requireDistrictCode('district', args.district) });
  if (args.open === true) qb.andWhere(OPEN_DEMAND_SQL, { threshold });
  if (args.open === false) qb.andWhere(`NOT (${OPEN_DEMAND_SQL})`, { threshold });
  return qb.orderBy('r.requests', 'DESC').addOrderBy('r.id', 'ASC').limit(first).getMany();
}

/**
 * `listRequests` page by page: most asked first, then oldest (ids are time-ordered). The cursor
 * holds the last request's id; the next page starts after where that request stands now.
 */
export async function pageRequests(
  db: Database,
  args: { district?: string | null; open?: boolean | null; first?: number | null; after?: string | null },
  threshold: number,
): Promise<Connection<CourseRequestRow>> {
  const first = pageSize(args.first);
  const after = afterId(args.after);
  const qb = db.manager.createQueryBuilder(CourseRequest, 'r').where('r.requests > 0');
  if (args.district != null) qb.andWhere('r.districtCode = :district', { district: requireDistrictCode('district', args.district) });
  if (args.open === true) qb.andWhere(OPEN_DEMAND_SQL, { threshold });
  if (args.open === false) qb.andWhere(`NOT (${OPEN_DEMAND_SQL})`, { threshold });
  const page = qb.clone().orderBy('r.requests', 'DESC').addOrderBy('r.id', 'ASC').limit(first + 1);
  if (after !== undefined) {
    const at = '(SELECT cur.requests FROM course_requests cur WHERE cur.id = :afterId)';
    page.andWhere(`(r.requests < ${at} OR (r.requests = ${at} AND r.id > :afterId))`, { afterId: after });
  }
  const [rows, total] = await Promise.all([first === 0 ? Promise.resolve([]) : page.getMany(), qb.getCount()]);
  return toConnection(rows, first, (r) => r.id, total);
}
