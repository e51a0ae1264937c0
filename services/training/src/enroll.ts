import { conflict, isUniqueViolation, newId, notFound, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { seatFor } from './domain/capacity';
import { acceptsEnrollments, courseStatus, statusAfterEnrollment } from './domain/status';
import { Course, CourseSession, Enrollment, type EnrollmentRow } from './entities';

/**
 * Enrols a worker in a course, or waitlists the worker when the course is full. Idempotent per
 * (course, worker): a second call returns the first enrolment unchanged, whatever happened
 * to the course since.
 */
export async function enroll(db: Database, courseId: string, workerId: string): Promise<EnrollmentRow> {
  try {
    return await db.transaction((em) => enrollIn(em, db.lockMode, courseId, workerId));
  } catch (err) {
    // The course lock already serialises enrolments in one course; the unique index is the
    // backstop for any writer that skips it, and the loser of that race reads the winner's row.
    if (!isUniqueViolation(err)) throw err;
    const existing = await db.manager.findOne(Enrollment, { where: { courseId, workerId } });
    if (!existing) throw err;
    return existing;
  }
}

/**
 * The enrolment itself, inside the caller's transaction. The course row's lock serialises
 * enrolments in one course, so counting seats and inserting is one decision: capacity holds
 * under concurrent calls. (SQLite transactions already take turns, hence no lock there.)
 */
export async function enrollIn(
  em: EntityManager,
  lockMode: 'pessimistic_write' | undefined,
  courseId: string,
  workerId: string,
): Promise<EnrollmentRow> {
  const query = em.createQueryBuilder(Course, 'c').where('c.id = :courseId', { courseId });
  if (lockMode) query.setLock(lockMode);
  const course = await query.getOne();
  if (!course) throw notFound(`no course with id ${courseId}`);

  const existing = await em.findOne(Enrollment, { where: { courseId, workerId } });
  if (existing) return existing;

  const now = new Date();
  const sessions = await em.find(CourseSession, { where: { courseId }, select: { id: true, startsAt: true, endsAt: true } });
  const status = courseStatus(course.status, sessions, now);
  if (!acceptsEnrollments(status)) {
    throw conflict(`course ${courseId} is ${status} and takes no more enrolments; only PLANNED, CONFIRMED and RUNNING courses do`);
  }

  const enrolled = await em.count(Enrollment, { where: { courseId, status: 'ENROLLED' } });
  const seat = seatFor(enrolled, course.capacity);
  const row: EnrollmentRow = {
    id: newId(),
    courseId,
    workerId,
    status: seat,
    enrolledAt: now,
    completedAt: null,
    certificateNo: null,
    updatedAt: now,
  };
  await em.insert(Enrollment, row);

  const next = statusAfterEnrollment(course.status, seat === 'ENROLLED' ? enrolled + 1 : enrolled, course.minLearners);
  if (next !== course.status) await em.update(Course, { id: courseId }, { status: next, updatedAt: now });
  return row;
}
