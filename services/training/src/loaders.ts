import { groupLoader, rowLoader, valueLoader, type Database } from '@nef/kit';
import { In } from 'typeorm';
import { shanghaiYear } from './domain/subsidy';
import {
  Attendance,
  Course,
  CourseSession,
  Enrollment,
  type CourseRow,
  type CourseSessionRow,
  type EnrollmentRow,
} from './entities';
import { trainingMetrics, type Period, type TrainingMetrics } from './metrics';

export interface SeatCounts {
  enrolled: number;
  waitlisted: number;
}

/** One loader per distinct argument value (a page size, a period), made on first use. */
function perArgument<A, L>(keyOf: (arg: A) => string, make: (arg: A) => L): (arg: A) => L {
  const made = new Map<string, L>();
  return (arg) => {
    const key = keyOf(arg);
    let loader = made.get(key);
    if (!loader) made.set(key, (loader = make(arg)));
    return loader;
  };
}

/**
 * The per-request loaders, and the request's clock: every status derived in one response is
 * derived at the same instant, so a course filtered as RUNNING also reads as RUNNING.
 */
export function createLoaders(db: Database) {
  const em = db.manager;
  const now = new Date();
  return {
    now,
    course: rowLoader<string, CourseRow>(
      (ids) => em.find(Course, { where: { id: In([...ids]) } }),
      (c) => c.id,
    ),
    sessionsByCourse: groupLoader<string, CourseSessionRow>(
      (ids) => em.find(CourseSession, { where: { courseId: In([...ids]) }, order: { startsAt: 'ASC', id: 'ASC' } }),
      (s) => s.courseId,
    ),
    seatCounts: valueLoader<string, SeatCounts>(async (ids) => {
      const rows = await em
        .createQueryBuilder(Enrollment, 'e')
        .select('e.courseId', 'courseId')
        .addSelect('e.status', 'status')
        .addSelect('COUNT(*)', 'n')
        .where('e.courseId IN (:...ids)', { ids: [...ids] })
        .andWhere('e.status IN (:...statuses)', { statuses: ['ENROLLED', 'WAITLISTED'] })
        .groupBy('e.courseId')
        .addGroupBy('e.status')
        .getRawMany<{ courseId: string; status: string; n: number | string }>();
      const counts = new Map<string, SeatCounts>();
      for (const r of rows) {
        const c = counts.get(r.courseId) ?? { enrolled: 0, waitlisted: 0 };
        if (r.status === 'ENROLLED') c.enrolled = Number(r.n);
        else c.waitlisted = Number(r.n);
        counts.set(r.courseId, c);
      }
      return counts;
    }, Object.freeze({ enrolled: 0, waitlisted: 0 })),
    /** The first `first` enrolments of each worker in enrolment order, optionally of one status. */
    enrollmentsByWorker: perArgument(
      (v: { first: number; status: string | null }) => JSON.stringify(v),
      (v) => firstEnrollmentsPerKey(db, { keyColumn: 'worker_id', keyOf: (e) => e.workerId, ...v, workerId: null }),
    ),
    /**
     * The first `first` enrolments of each course's roster in enrolment order, optionally of one
     * status and (for a partner) of one worker only.
     */
    enrollmentsByCourse: perArgument(
      (v: { first: number; status: string | null; workerId: string | null }) => JSON.stringify(v),
      (v) => firstEnrollmentsPerKey(db, { keyColumn: 'course_id', keyOf: (e) => e.courseId, ...v }),
    ),
    /** Sessions attended per enrolment (sessions of the enrolment's own course). */
    attendedSessions: valueLoader<string, number>(async (ids) => {
      const rows = await em
        .createQueryBuilder(Attendance, 'a')
        .innerJoin(Enrollment.options.name, 'e', 'e.id = a.enrollmentId')
        .innerJoin(CourseSession.options.name, 's', 's.id = a.sessionId AND s.courseId = e.courseId')
        .select('a.enrollmentId', 'id')
        .addSelect('COUNT(*)', 'n')
        .where('a.enrollmentId IN (:...ids)', { ids: [...ids] })
        .groupBy('a.enrollmentId')
        .getRawMany<{ id: string; n: number | string }>();
      return new Map(rows.map((r) => [r.id, Number(r.n)]));
    }, 0),
    /**
     * Subsidy used this Asia/Shanghai year per worker: the course subsidy of each seat taken this
     * year that is still held or was completed.
     */
    subsidyUsed: valueLoader<string, number>(async (ids) => {
      const year = shanghaiYear(now);
      const rows = await em
        .createQueryBuilder(Enrollment, 'e')
        .innerJoin(Course.options.name, 'c', 'c.id = e.courseId')
        .select('e.workerId', 'workerId')
        .addSelect('SUM(c.subsidyCents)', 'used')
        .where('e.workerId IN (:...ids)', { ids: [...ids] })
        .andWhere("e.status IN ('ENROLLED', 'COMPLETED')")
        .andWhere('e.seatedAt >= :start AND e.seatedAt < :end', year)
        .groupBy('e.workerId')
        .getRawMany<{ workerId: string; used: number | string | null }>();
      return new Map(rows.map((r) => [r.workerId, Number(r.used ?? 0)]));
    }, 0),
    /**
     * The next `first` sessions at each station (not yet started, course not cancelled), for
     * all stations asked in one statement: a window numbers each station's sessions in time order.
     */
    upcomingSessions: perArgument(String, (first: number) =>
      groupLoader<string, CourseSessionRow>(async (stationIds) => {
        if (first === 0) return [];
        const ranked = em
          .createQueryBuilder(CourseSession, 'u')
          .innerJoin(Course.options.name, 'uc', 'uc.id = u.courseId')
          .select('u.id', 'id')
          .addSelect('ROW_NUMBER() OVER (PARTITION BY u.station_id ORDER BY u.starts_at, u.id)', 'rn')
          .where('u.stationId IN (:...stationIds)')
          .andWhere('u.startsAt > :now')
          .andWhere("uc.status <> 'CANCELLED'");
        return em
          .createQueryBuilder(CourseSession, 's')
          .where(`s.id IN (SELECT r.id FROM (${ranked.getQuery()}) r WHERE r.rn <= :first)`)
          .setParameters({ stationIds: [...stationIds], now, first })
          .orderBy('s.startsAt', 'ASC')
          .addOrderBy('s.id', 'ASC')
          .getMany();
      }, (s) => s.stationId!),
    ),
    trainingMetrics: perArgument(
      (p: Period) => `${p.from?.toISOString() ?? ''}|${p.to?.toISOString() ?? ''}`,
      (period) => valueLoader<string, TrainingMetrics | null>((codes) => trainingMetrics(db, codes, period), null),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * A loader of the first `first` enrolments per key (a course or a worker), oldest enrolment
 * first, filtered in SQL: a window numbers each key's rows, so one statement serves any number
 * of keys and no key's rows crowd out another's.
 */
function firstEnrollmentsPerKey(
  db: Database,
  opts: {
    keyColumn: 'course_id' | 'worker_id';
    keyOf: (e: EnrollmentRow) => string;
    first: number;
    status: string | null;
    workerId: string | null;
  },
) {
  return groupLoader<string, EnrollmentRow>(async (keys) => {
    if (opts.first === 0) return [];
    const ranked = db.manager
      .createQueryBuilder(Enrollment, 'r')
      .select('r.id', 'id')
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY r.${opts.keyColumn} ORDER BY r.enrolled_at, r.id)`, 'rn')
      .where(`r.${opts.keyColumn} IN (:...keys)`);
    if (opts.status) ranked.andWhere('r.status = :status');
    if (opts.workerId) ranked.andWhere('r.worker_id = :workerId');
    return db.manager
      .createQueryBuilder(Enrollment, 'e')
      .where(`e.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.rn <= :first)`)
      .setParameters({ keys: [...keys], first: opts.first, status: opts.status, workerId: opts.workerId })
      .orderBy('e.enrolledAt', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getMany();
  }, opts.keyOf);
}
