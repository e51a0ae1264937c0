import { conflict, notFound, type Database, type Principal } from '@nef/kit';
import { In } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { Course, CourseRequest, ENROLLMENT_STATUSES, Enrollment, type CourseRow } from '../entities';
import { courseStatusAt } from '../queries/course-status';
import { requireCourseManager } from '../rules/course-manager';
import { cancellation, enrollmentStatusOnCancel } from '../rules/course-status';
import { checkCourseRequest } from '../rules/course-request';
import { lockCourse, lockRequest, type LockMode } from './locks';
import { returnSubsidy } from './subsidy';

/** The statuses a cancellation turns into DROPPED. */
const DROPPED_ON_CANCEL = ENROLLMENT_STATUSES.filter((s) => enrollmentStatusOnCancel(s) === 'DROPPED' && s !== 'DROPPED');

/**
 * Gives back the demand a cancelled course answered: each request it fulfilled is fulfilled no
 * more, so its requests count again (open demand again when they reach the threshold). It takes
 * new requests again too, unless a newer round for the same topic started meanwhile: then that
 * round keeps taking them and the reopened one stands beside it with its own count.
 */
async function reopenRequests(em: EntityManager, lockMode: LockMode, courseId: string, now: Date): Promise<void> {
  const answered = await em.find(CourseRequest, { where: { fulfilledByCourseId: courseId }, select: { id: true } });
  for (const { id } of answered) {
    const request = (await lockRequest(em, lockMode, { id }))!;
    const { openKey } = checkCourseRequest({ topic: request.topic, category: request.category, districtCode: request.districtCode });
    const newerRound = await lockRequest(em, lockMode, { openKey });
    await em.update(
      CourseRequest,
      { id },
      { fulfilledByCourseId: null, fulfilledAt: null, openKey: newerRound ? null : openKey, updatedAt: now },
    );
  }
}

/**
 * Cancels a course: it reads CANCELLED from now on and every seat and waitlist place in it is
 * DROPPED, and the course requests it answered reopen, in one transaction. Nobody is notified from here. Cancelling twice is harmless; a
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
    // Every subsidy granted to a seat goes back to its worker's account, one worker at a time in id order.
    const granted = await em.find(Enrollment, { where: { courseId, status: In(DROPPED_ON_CANCEL) }, order: { workerId: 'ASC' } });
    for (const e of granted) await returnSubsidy(em, db.lockMode, e, now);
    await em.update(Enrollment, { courseId, status: In(DROPPED_ON_CANCEL) }, { status: 'DROPPED', seatedAt: null, updatedAt: now });
    await em.update(Course, { id: courseId }, { status: 'CANCELLED', updatedAt: now });
    await reopenRequests(em, db.lockMode, courseId, now);
    return { ...course, status: 'CANCELLED', updatedAt: now };
  });
}
