import { findScopeRegion, firstPerKeyLoader, groupLoader, perArgs, periodKey, rowLoader, valueLoader, type Database, type MetricsPeriod } from '@nef/kit';
import { In } from 'typeorm';
import { Attendance, Course, CourseSession, Enrollment, type CourseRow, type CourseSessionRow, type EnrollmentRow, type EnrollmentStatus } from '../entities';
import { subsidyYear } from '../rules/subsidy';
import { WAITLIST_ORDER } from '../rules/waitlist';
import { emptyTrainingMetrics, regionTrainingMetrics, trainingMetrics, type TrainingMetrics } from './metrics';
import { attendanceSheets } from './attendance-sheet';
import { pagedLoader } from './pages';

export interface SeatCounts {
  enrolled: number;
  waitlisted: number;
}

/** Equality conditions on the columns given a value (null: no condition), as `firstPerKeyLoader` takes a filter. */
function columnsEqual(values: Record<string, string | null>) {
  const given = Object.entries(values).filter(([, v]) => v !== null);
  if (given.length === 0) return undefined;
  return { sql: given.map(([column]) => `${column} = :${column}`).join(' AND '), params: Object.fromEntries(given) };
}

/**
 * The per-request loaders. `now` is the request's time: every status derived in one response
 * is derived at the same instant, so a course filtered as RUNNING also reads as RUNNING.
 */
export function createLoaders(db: Database, now: Date) {
  const em = db.manager;
  return {
    course: rowLoader<string, CourseRow>(
      (ids) => em.find(Course, { where: { id: In([...ids]) } }),
      (c) => c.id,
    ),
    enrollment: rowLoader<string, EnrollmentRow>(
      (ids) => em.find(Enrollment, { where: { id: In([...ids]) } }),
      (e) => e.id,
    ),
    /** Attendance sheets of sessions, page by page. */
    attendanceSheet: attendanceSheets(db),
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
    /** The first `first` enrolments of each worker in enrolment (waitlist) order, optionally of one status. */
    enrollmentsByWorker: perArgs((v: { first: number; status: EnrollmentStatus | null }) =>
      firstPerKeyLoader(db, {
        entity: Enrollment,
        table: 'enrollments',
        keyColumn: 'worker_id',
        orderBy: WAITLIST_ORDER,
        keyOf: (e) => e.workerId,
        limit: v.first,
        filter: columnsEqual({ status: v.status }),
      }),
    ),
    /**
     * The first `first` enrolments of each course's roster in enrolment (waitlist) order,
     * optionally of one status and (for a partner) of one worker only.
     */
    enrollmentsByCourse: perArgs((v: { first: number; status: EnrollmentStatus | null; workerId: string | null }) =>
      firstPerKeyLoader(db, {
        entity: Enrollment,
        table: 'enrollments',
        keyColumn: 'course_id',
        orderBy: WAITLIST_ORDER,
        keyOf: (e) => e.courseId,
        limit: v.first,
        filter: columnsEqual({ status: v.status, worker_id: v.workerId }),
      }),
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
     * Subsidy used in the subsidy year holding `now` per worker: the course subsidy of each seat
     * taken that year that is still held or was completed.
     */
    subsidyUsed: valueLoader<string, number>(async (ids) => {
      const year = subsidyYear(now);
      const rows = await em
        .createQueryBuilder(Enrollment, 'e')
        .innerJoin(Course.options.name, 'c', 'c.id = e.courseId')
        .select('e.workerId', 'workerId')
        // A grant recorded on the enrolment counts as granted; enrolments from before count the course subsidy.
        .addSelect('SUM(COALESCE(e.subsidyCents, c.subsidyCents))', 'used')
        .where('e.workerId IN (:...ids)', { ids: [...ids] })
        .andWhere("e.status IN ('ENROLLED', 'COMPLETED')")
        .andWhere('e.seatedAt >= :start AND e.seatedAt < :end', year)
        .groupBy('e.workerId')
        .getRawMany<{ workerId: string; used: number | string | null }>();
      return new Map(rows.map((r) => [r.workerId, Number(r.used ?? 0)]));
    }, 0),
    /**
     * The next `first` sessions at each station (not yet started, course not cancelled), soonest
     * first, for all stations asked in one statement.
     */
    upcomingSessions: perArgs((first: number) =>
      firstPerKeyLoader(db, {
        entity: CourseSession,
        table: 'course_sessions',
        keyColumn: 'station_id',
        orderBy: { column: 'starts_at', property: 'startsAt', direction: 'ASC' },
        keyOf: (s) => s.stationId!,
        limit: first,
        filter: { sql: "starts_at > :now AND course_id NOT IN (SELECT id FROM courses WHERE status = 'CANCELLED')", params: { now } },
      }),
    ),
    /** Pages of a course's roster, optionally of one status and (for a partner) of one worker. */
    rosterPages: perArgs((v: { status: EnrollmentStatus | null; workerId: string | null }) =>
      pagedLoader(db, {
        entity: Enrollment,
        table: 'enrollments',
        keyColumn: 'course_id',
        keyOf: (e) => e.courseId,
        orderBy: WAITLIST_ORDER,
        filter: columnsEqual({ status: v.status, worker_id: v.workerId }),
      }),
    ),
    /** Pages of a worker's enrolments, optionally of one status. */
    workerEnrollmentPages: perArgs((status: EnrollmentStatus | null) =>
      pagedLoader(db, {
        entity: Enrollment,
        table: 'enrollments',
        keyColumn: 'worker_id',
        keyOf: (e) => e.workerId,
        orderBy: WAITLIST_ORDER,
        filter: columnsEqual({ status }),
      }),
    ),
    /** Pages of a course's sessions, in time order. */
    sessionPages: pagedLoader(db, {
      entity: CourseSession,
      table: 'course_sessions',
      keyColumn: 'course_id',
      keyOf: (s) => s.courseId,
      orderBy: { column: 'starts_at', property: 'startsAt', direction: 'ASC' },
    }),
    /** Pages of a station's upcoming sessions, as `upcomingSessions` lists them. */
    upcomingSessionPages: pagedLoader(db, {
      entity: CourseSession,
      table: 'course_sessions',
      keyColumn: 'station_id',
      keyOf: (s) => s.stationId!,
      orderBy: { column: 'starts_at', property: 'startsAt', direction: 'ASC' },
      filter: { sql: "starts_at > :now AND course_id NOT IN (SELECT id FROM courses WHERE status = 'CANCELLED')", params: { now } },
    }),
    trainingMetrics: perArgs(
      (period: MetricsPeriod) =>
        valueLoader<string, TrainingMetrics>((codes) => trainingMetrics(db, codes, period), Object.freeze(emptyTrainingMetrics())),
      periodKey,
    ),
    /** Regions' figures by region code (checked by the resolver), per period: three statements for every region asked. */
    regionTrainingMetrics: perArgs(
      (period: MetricsPeriod) =>
        valueLoader<string, TrainingMetrics>(
          (codes) => regionTrainingMetrics(db, codes.flatMap((c) => findScopeRegion(c) ?? []), period),
          Object.freeze(emptyTrainingMetrics()),
        ),
      periodKey,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
