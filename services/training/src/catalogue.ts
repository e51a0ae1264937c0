import { badUserInput, decodeCursor, pageSize, toConnection, type Connection, type Database } from '@nef/kit';
import type { SelectQueryBuilder } from 'typeorm';
import { DISTRICT_CODE } from './domain/course-input';
import type { CourseCategory, CourseMode, CourseStatus } from './domain/types';
import { Course, type CourseRow } from './entities';

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
const sessionExists = (condition = '') =>
  `EXISTS (SELECT 1 FROM course_sessions s WHERE s.course_id = c.id${condition ? ` AND ${condition}` : ''})`;

/**
 * The SQL twin of `courseStatus`: which stored rows read as `status` at `:now`. Filtering by
 * the derived status (rather than the stored column) keeps the filter and the `status` field
 * in agreement without a job that rewrites rows as the clock passes session times.
 */
function whereStatus(qb: SelectQueryBuilder<CourseRow>, status: CourseStatus, now: Date) {
  const started = sessionExists('s.starts_at <= :now');
  const notEnded = sessionExists('s.ends_at > :now');
  qb.setParameter('now', now);
  switch (status) {
    case 'CANCELLED':
      qb.andWhere("c.status = 'CANCELLED'");
      break;
    case 'COMPLETED':
      qb.andWhere(`c.status <> 'CANCELLED' AND (c.status = 'COMPLETED' OR (${sessionExists()} AND NOT ${notEnded}))`);
      break;
    case 'RUNNING':
      qb.andWhere(`c.status NOT IN ('CANCELLED', 'COMPLETED') AND ${started} AND ${notEnded}`);
      break;
    case 'PLANNED':
    case 'CONFIRMED':
      qb.andWhere(`c.status = :storedStatus AND NOT ${started}`, { storedStatus: status });
      break;
  }
}

/** Escapes LIKE wildcards with `!`, an escape character both engines read the same way. */
const likePattern = (text: string) => `%${text.toLowerCase().replace(/[!%_]/g, (ch) => `!${ch}`)}%`;

function filtered(db: Database, filter: CourseFilter, now: Date): SelectQueryBuilder<CourseRow> {
  const qb = db.manager.createQueryBuilder(Course, 'c');
  if (filter.category) qb.andWhere('c.category = :category', { category: filter.category });
  if (filter.mode) qb.andWhere('c.mode = :mode', { mode: filter.mode });
  if (filter.district != null) {
    if (!DISTRICT_CODE.test(filter.district)) {
      throw badUserInput(`district must be a 6-digit GB/T 2260 code such as 110105, got "${filter.district}"`, {
        field: 'filter.district',
      });
    }
    qb.andWhere('c.districtCode = :district', { district: filter.district });
  }
  if (filter.status) whereStatus(qb, filter.status, now);
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
    if ([...search].length > MAX_SEARCH) {
      throw badUserInput(`search must be at most ${MAX_SEARCH} characters`, { field: 'filter.search' });
    }
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
