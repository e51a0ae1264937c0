import { conflict, notFound, type Database, type Principal } from '@nef/kit';
import { In } from 'typeorm';
import { Course, ENROLLMENT_STATUSES, Enrollment, type CourseRow } from '../entities';
import { courseStatusAt } from '../queries/course-status';
import { requireCourseManager } from '../rules/course-manager';
import { cancellation, enrollmentStatusOnCancel } from '../rules/course-status';
import { lockCourse } from './locks';

/** The statuses a cancellation turns into DROPPED. */
const DROPPED_ON_CANCEL = ENROLLMENT_STATUSES.filter((s) => enrollmentStatusOnCancel(s) === 'DROPPED' && s !== 'DROPPED');

/**
 * Cancels a course: it reads CANCELLED from now on and every seat and waitlist place in it is
 * DROPPED, in one transaction. Nobody is notified from here. Cancelling twice is harmless; a
 * course that has ended cannot be cancelled.
 */
export async function cancelCourse(db: Database, p: Principal, courseId: string, now: Date): Promise<CourseRow> {
  const found = await db.manager.findOne(Course, { where: { id: courseId } });
  if (!found) throw notFound(`no course with id ${courseId}`);
  requireCourseManager(p, found.districtCode);
  return db.transaction(async (em) => {
    const course = await lockCourse(em, db.lockMode, courseId);
    const verdict = cancellation(await courseStatusAt(em, course, now));
    if (verdict === 'ALREADY_CANCELLED') return course;
    if (verdict === 'ENDED') throw conflict(`course ${courseId} has ended (COMPLETED) and cannot be cancelled`);
    await em.update(Enrollment, { courseId, status: In(DROPPED_ON_CANCEL) }, { status: 'DROPPED', seatedAt: null, updatedAt: now });
    await em.update(Course, { id: courseId }, { status: 'CANCELLED', updatedAt: now });
    return { ...course, status: 'CANCELLED', updatedAt: now };
  });
}
