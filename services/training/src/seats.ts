import { conflict, forbidden, notFound, type Database, type Principal } from '@nef/kit';
import { In, type EntityManager } from 'typeorm';
import { requireCourseManager } from './authz';
import { cancellation, enrollmentStatusOnCancel } from './domain/status';
import { dropOutcome, promotions } from './domain/waitlist';
import { currentStatus, lockCourse } from './enroll';
import { ENROLLMENT_STATUSES } from './domain/types';
import { Course, Enrollment, type CourseRow, type EnrollmentRow } from './entities';

const DROPPED_ON_CANCEL = ENROLLMENT_STATUSES.filter((s) => enrollmentStatusOnCancel(s) === 'DROPPED' && s !== 'DROPPED');

/**
 * Who may drop an enrolment: the partner acting for its worker, and the course's organisers
 * (admins, training operators of the course's district).
 */
function requireMayDrop(p: Principal, enrollment: EnrollmentRow, course: CourseRow): void {
  if (p.role === 'partner') {
    if (p.workerId === enrollment.workerId) return;
    throw forbidden('partners may drop only enrolments of the worker named in X-Acting-Worker');
  }
  requireCourseManager(p, course.districtCode);
}

/**
 * Fills free seats from the waitlist, first come first served, inside the caller's transaction
 * (which holds the course's lock). Returns the enrolments moved up.
 */
export async function fillFreeSeats(em: EntityManager, course: CourseRow, now: Date): Promise<EnrollmentRow[]> {
  const enrolled = await em.count(Enrollment, { where: { courseId: course.id, status: 'ENROLLED' } });
  if (enrolled >= course.capacity) return [];
  const waitlist = await em.find(Enrollment, {
    where: { courseId: course.id, status: 'WAITLISTED' },
    order: { enrolledAt: 'ASC', id: 'ASC' },
    take: course.capacity - enrolled,
  });
  const moved = promotions(enrolled, course.capacity, waitlist);
  if (moved.length) {
    await em.update(Enrollment, { id: In(moved.map((e) => e.id)) }, { status: 'ENROLLED', seatedAt: now, updatedAt: now });
  }
  return moved;
}

/**
 * Drops an enrolment. A seat it held goes, in the same transaction, to the first waitlisted
 * worker. Dropping a DROPPED enrolment returns it unchanged; a COMPLETED one cannot be dropped.
 */
export async function dropEnrollment(db: Database, p: Principal, enrollmentId: string): Promise<EnrollmentRow> {
  const found = await db.manager.findOne(Enrollment, { where: { id: enrollmentId } });
  if (!found) throw notFound(`no enrolment with id ${enrollmentId}`);
  return db.transaction(async (em) => {
    const course = await lockCourse(em, db.lockMode, found.courseId);
    requireMayDrop(p, found, course);
    // Read again under the course's lock: a concurrent drop or promotion may have changed it.
    const enrollment = (await em.findOne(Enrollment, { where: { id: enrollmentId } }))!;
    const outcome = dropOutcome(enrollment.status);
    if (outcome === 'ALREADY_DROPPED') return enrollment;
    if (outcome === 'COMPLETED') {
      throw conflict(`enrolment ${enrollmentId} is COMPLETED and cannot be dropped; its completion and any certificate stand`);
    }
    const now = new Date();
    const status = await currentStatus(em, course, now);
    if (status === 'COMPLETED') {
      throw conflict(`course ${course.id} has ended (COMPLETED); its enrolments are final`);
    }
    await em.update(Enrollment, { id: enrollment.id }, { status: 'DROPPED', seatedAt: null, updatedAt: now });
    if (outcome === 'FREE_SEAT') await fillFreeSeats(em, course, now);
    return { ...enrollment, status: 'DROPPED', seatedAt: null, updatedAt: now };
  });
}

/**
 * Cancels a course: it reads CANCELLED from now on and every seat and waitlist place in it is
 * DROPPED, in one transaction. Nobody is notified from here. Cancelling twice is harmless; a
 * course that has ended cannot be cancelled.
 */
export async function cancelCourse(db: Database, p: Principal, courseId: string): Promise<CourseRow> {
  const found = await db.manager.findOne(Course, { where: { id: courseId } });
  if (!found) throw notFound(`no course with id ${courseId}`);
  requireCourseManager(p, found.districtCode);
  return db.transaction(async (em) => {
    const course = await lockCourse(em, db.lockMode, courseId);
    const now = new Date();
    const verdict = cancellation(await currentStatus(em, course, now));
    if (verdict === 'ALREADY_CANCELLED') return course;
    if (verdict === 'ENDED') throw conflict(`course ${courseId} has ended (COMPLETED) and cannot be cancelled`);
    await em.update(Enrollment, { courseId, status: In(DROPPED_ON_CANCEL) }, { status: 'DROPPED', seatedAt: null, updatedAt: now });
    await em.update(Course, { id: courseId }, { status: 'CANCELLED', updatedAt: now });
    return { ...course, status: 'CANCELLED', updatedAt: now };
  });
}
