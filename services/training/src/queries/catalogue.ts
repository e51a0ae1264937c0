import { decodeCursor, pageSize, requireDistrictCode, requireText, toConnection, type Connection, type Database } from '@nef/kit';
import type { SelectQueryBuilder } from 'typeorm';
import { Course, type CourseCategory, type CourseMode, type CourseRow, type CourseStatus } from '../entities';
import { courseStatusSql } from '../rules/course-status';

export interface CourseFilter {
  category?: CourseCategory | null;
  mode?: CourseMode | null;
  district?: string | null;
  status?: CourseStatus | null;
  stationId?: string | null;
  startsAfter?: Date | null;
  search?: string | null;
}

const MAX_SEARCH = 100;

/** `EXISTS` over the course's sessions, with extra conditions on the session alias `s`. */
const sessionExists = (condition: string) => `EXISTS (SELECT 1 FROM course_sessions s WHERE s.course_id = c.id AND ${condition})`;

/** Escapes LIKE wildcards with `!`, an escape character both engines read the same way. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[!%_]/g, (ch) => `!${ch}`)}%`;

function filtered(db: Database, filter: CourseFilter, now: Date): SelectQueryBuilder<CourseRow> {
  const qb = db.manager.createQueryBuilder(Course, 'c');
  if (filter.category) qb.andWhere('c.category = :category', { category: filter.category });
  if (filter.mode) qb.andWhere('c.mode = :mode', { mode: filter.mode });
  if (filter.district != null) {
    qb.andWhere('c.districtCode = :district', { district: requireDistrictCode('filter.district', filter.district) });
  }
  // The status a course reads as now, as the `status` field derives it.
  if (filter.status) qb.andWhere(courseStatusSql(filter.status), { now });
  const sessionConditions: string[] = [];
  if (filter.stationId != null) {
    sessionConditions.push('s.station_id = :stationId');
    qb.setParameter('stationId', filter.stationId.trim());
  }
  if (filter.startsAfter != null) {
    sessionConditions.push('s.starts_at > :startsAfter');
    qb.setParameter('startsAfter', filter.startsAfter);
  }
  // Both conditions hold for one session: "a session at this station after this time".
  if (sessionConditions.length) qb.andWhere(sessionExists(sessionConditions.join(' AND ')));
  const search = filter.search?.trim();
  if (search) {
    requireText('filter.search', search, { max: MAX_SEARCH });
    qb.andWhere("(LOWER(c.title) LIKE :q ESCAPE '!' OR LOWER(c.provider) LIKE :q ESCAPE '!')", { q: likePattern(search) });
  }
  return qb;
}

/** One page of the public course catalogue, in creation order (ids are time-ordered). */
export async function findCourses(
  db: Database,
  args: { filter?: CourseFilter | null; first?: number | null; after?: string | null },
  now: Date,
): Promise<Connection<CourseRow>> {
  const first = pageSize(args.first);
  const after = decodeCursor(args.after);
  const base = filtered(db, args.filter ?? {}, now);
  const page = base.clone().orderBy('c.id', 'ASC').limit(first + 1);
  if (after !== undefined) page.andWhere('c.id > :after', { after });
  const [rows, total] = await Promise.all([page.getMany(), base.getCount()]);
  return toConnection(rows, first, (c) => c.id, total);
}
