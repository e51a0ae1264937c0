import { conflict, isUniqueViolation, newId, notFound, type Database } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Course, Enrollment, type EnrollmentRow } from '../entities';
import type { MembershipLookup } from '../queries/union-membership';
import type { MembershipAnswer } from '../rules/subsidy';
import { courseStatusAt } from '../queries/course-status';
import { seatFor } from '../rules/capacity';
import { acceptsEnrollments, statusAfterEnrollment } from '../rules/course-status';
import { lockCourse, type LockMode } from './locks';
import { subsidyOnSeat } from './subsidy';

/** How an enrolment learns the worker's membership, and the yearly cap its subsidy is granted within. */
export interface SubsidyContext {
  lookup: MembershipLookup;
  capCents: number;
}

/**
 * Enrols a worker in a course, or waitlists the worker when the course is full. Idempotent per
 * (course, worker): a second call returns the first enrolment unchanged, whatever happened
 * to the course since, except that a DROPPED enrolment is taken up again (see `enrollIn`).
 */
export async function enroll(db: Database, courseId: string, workerId: string, now: Date, subsidy: SubsidyContext): Promise<EnrollmentRow> {
  // The union is asked before the transaction (no lock is held across the network), and only for
  // a subsidised course; when it cannot answer, the enrolment is refused and nothing written.
  const course = await db.manager.findOne(Course, { where: { id: courseId } });
  if (!course) throw notFound(`no course with id ${courseId}`);
  // Enrolling again returns the enrolment as it is, without asking the union anything.
  const held = await db.manager.findOne(Enrollment, { where: { courseId, workerId } });
  if (held && held.status !== 'DROPPED') return held;
  const membership: MembershipAnswer =
    course.subsidyCents > 0 ? (await subsidy.lookup([workerId])).get(workerId)! : { member: false, branchId: null, branchDistrictCode: null };
  try {
    return await db.transaction((em) => enrollIn(em, db.lockMode, courseId, workerId, now, { membership, capCents: subsidy.capCents }));
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
 *
 * A worker who dropped out enrols again through the same row: it takes a seat if one is free
 * and otherwise joins the end of the waitlist, as a new enrolment would.
 */
export async function enrollIn(
  em: EntityManager,
  lockMode: LockMode,
  courseId: string,
  workerId: string,
  now: Date,
  subsidy: { membership: MembershipAnswer; capCents: number } = { membership: 'UNCHECKED', capCents: 0 },
): Promise<EnrollmentRow> {
  const course = await lockCourse(em, lockMode, courseId);

  const existing = await em.findOne(Enrollment, { where: { courseId, workerId } });
  if (existing && existing.status !== 'DROPPED') return existing;

  const status = await courseStatusAt(em, course, now);
  if (!acceptsEnrollments(status)) {
    throw conflict(`course ${courseId} is ${status} and takes no more enrolments; only PLANNED, CONFIRMED and RUNNING courses do`);
  }

  const enrolled = await em.count(Enrollment, { where: { courseId, status: 'ENROLLED' } });
  const seat = seatFor(enrolled, course.capacity);
  const seatedAt = seat === 'ENROLLED' ? now : null;
  const id = existing?.id ?? newId();
  const money = await subsidyOnSeat(em, lockMode, { id, workerId, courseId }, course, subsidy.membership, seat, subsidy.capCents, now);
  let row: EnrollmentRow;
  if (existing) {
    row = { ...existing, status: seat, enrolledAt: now, seatedAt, ...money, updatedAt: now };
    await em.update(Enrollment, { id: existing.id }, { status: seat, enrolledAt: now, seatedAt, ...money, updatedAt: now });
  } else {
    row = {
      id,
      courseId,
      workerId,
      status: seat,
      enrolledAt: now,
      completedAt: null,
      certificateNo: null,
      seatedAt,
      holderNameMasked: null,
      ...money,
      updatedAt: now,
    };
    await em.insert(Enrollment, row);
  }

  const next = statusAfterEnrollment(course.status, seat === 'ENROLLED' ? enrolled + 1 : enrolled, course.minLearners);
  if (next !== course.status) await em.update(Course, { id: courseId }, { status: next, updatedAt: now });
  return row;
}
