import { conflict, forbidden, notFound, type Database, type Principal } from '@nef/kit';
import { In, type EntityManager } from 'typeorm';
import { Enrollment, type CourseRow, type EnrollmentRow } from '../entities';
import { courseStatusAt } from '../queries/course-status';
import { waitlistHead } from '../queries/waitlist';
import { requireCourseManager } from '../rules/course-manager';
import { dropOutcome, promotions, type Waiting } from '../rules/waitlist';
import { lockCourse, type LockMode } from './locks';
import { grantSeat, returnSubsidy } from './subsidy';

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
 * Fills free seats from the waitlist, in waitlist order, inside the caller's transaction (which
 * holds the course's lock). Returns the enrolments moved up.
 */
export async function fillFreeSeats(em: EntityManager, lockMode: LockMode, course: CourseRow, capCents: number, now: Date): Promise<Waiting[]> {
  const enrolled = await em.count(Enrollment, { where: { courseId: course.id, status: 'ENROLLED' } });
  if (enrolled >= course.capacity) return [];
  const moved = promotions(enrolled, course.capacity, await waitlistHead(em, course.id, course.capacity - enrolled));
  if (moved.length) {
    await em.update(Enrollment, { id: In(moved.map((e) => e.id)) }, { status: 'ENROLLED', seatedAt: now, updatedAt: now });
    // A member waiting for a seat is granted the subsidy now, from the membership recorded at enrolment.
    const waiting = await em.find(Enrollment, { where: { id: In(moved.map((e) => e.id)), subsidyStatus: 'WAITING' } });
    for (const e of waiting.sort((a, b) => (a.workerId < b.workerId ? -1 : a.workerId > b.workerId ? 1 : 0))) {
      if (!e.memberBranchId) continue;
      const granted = await grantSeat(em, lockMode, { ...e, memberBranchId: e.memberBranchId, memberBranchDistrictCode: e.memberBranchDistrictCode ?? null }, course, capCents, now);
      await em.update(Enrollment, { id: e.id }, { ...granted, updatedAt: now });
    }
  }
  return moved;
}

/**
 * Drops an enrolment. A seat it held goes, in the same transaction, to the first waitlisted
 * worker. Dropping a DROPPED enrolment returns it unchanged; a COMPLETED one cannot be dropped.
 */
export async function dropEnrollment(db: Database, p: Principal, enrollmentId: string, now: Date, capCents: number): Promise<EnrollmentRow> {
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
    if ((await courseStatusAt(em, course, now)) === 'COMPLETED') {
      throw conflict(`course ${course.id} has ended (COMPLETED); its enrolments are final`);
    }
    return dropHeld(em, db.lockMode, course, enrollment, capCents, now);
  });
}

/**
 * The drop itself, inside the caller's transaction, which holds the course's lock and has
 * checked that the enrolment holds a seat or a waitlist place in a course not yet ended: its
 * subsidy goes back to the worker's account, and a seat it held goes to the first waitlisted
 * worker. Also how closing a worker's account gives back what the worker held.
 */
export async function dropHeld(em: EntityManager, lockMode: LockMode, course: CourseRow, enrollment: EnrollmentRow, capCents: number, now: Date): Promise<EnrollmentRow> {
  const returned = await returnSubsidy(em, lockMode, enrollment, now);
  await em.update(Enrollment, { id: enrollment.id }, { status: 'DROPPED', seatedAt: null, updatedAt: now });
  if (dropOutcome(enrollment.status) === 'FREE_SEAT') await fillFreeSeats(em, lockMode, course, capCents, now);
  const subsidy = returned ? { subsidyCents: 0, subsidyStatus: 'RETURNED' as const } : {};
  return { ...enrollment, ...subsidy, status: 'DROPPED', seatedAt: null, updatedAt: now };
}
