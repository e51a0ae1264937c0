import { groupLoader, rowLoader, valueLoader, type Database } from '@nef/kit';
import { In } from 'typeorm';
import { Course, CourseSession, Enrollment, type CourseRow, type CourseSessionRow, type EnrollmentRow } from './entities';

export interface SeatCounts {
  enrolled: number;
  waitlisted: number;
}

/**
 * The per-request loaders, and the request's clock: every status derived in one response is
 * derived at the same instant, so a course filtered as RUNNING also reads as RUNNING.
 */
export function createLoaders(db: Database) {
  const em = db.manager;
  return {
    now: new Date(),
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
    enrollmentsByWorker: groupLoader<string, EnrollmentRow>(
      (ids) => em.find(Enrollment, { where: { workerId: In([...ids]) }, order: { enrolledAt: 'ASC', id: 'ASC' } }),
      (e) => e.workerId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
