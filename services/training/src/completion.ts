import { AppError, ErrorCode, badUserInput, conflict, isUniqueViolation, newId, notFound, type Database, type Principal } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { requireCourseManager } from './authz';
import { attendanceRefusal, completionRefusal, missingAttendance, requiredAttendance } from './domain/attendance';
import { MAX_HOLDER_NAME, maskName, newCertificateNumber } from './domain/certificate';
import type { LockMode } from './enroll';
import { Attendance, Course, CourseSession, Enrollment, type CourseRow, type EnrollmentRow } from './entities';

/** An enrolment read for a decision, locked where the engine locks rows, with its course. */
async function lockEnrollment(em: EntityManager, lockMode: LockMode, enrollmentId: string) {
  const query = em.createQueryBuilder(Enrollment, 'e').where('e.id = :id', { id: enrollmentId });
  if (lockMode) query.setLock(lockMode);
  const enrollment = await query.getOne();
  if (!enrollment) throw notFound(`no enrolment with id ${enrollmentId}`);
  const course = (await em.findOne(Course, { where: { id: enrollment.courseId } }))!;
  return { enrollment, course };
}

/** Organisers only, and the check comes before any lock is taken. */
async function requireOrganiserOf(db: Database, p: Principal, enrollmentId: string): Promise<{ enrollment: EnrollmentRow; course: CourseRow }> {
  const enrollment = await db.manager.findOne(Enrollment, { where: { id: enrollmentId } });
  if (!enrollment) throw notFound(`no enrolment with id ${enrollmentId}`);
  const course = (await db.manager.findOne(Course, { where: { id: enrollment.courseId } }))!;
  requireCourseManager(p, course.districtCode);
  return { enrollment, course };
}

/**
 * Records that a learner attended a session of the course. Idempotent per (enrolment,
 * session): recording it again changes nothing. The enrolment's lock orders this against a
 * concurrent completion or drop.
 */
export async function recordAttendance(db: Database, p: Principal, enrollmentId: string, sessionId: string): Promise<EnrollmentRow> {
  await requireOrganiserOf(db, p, enrollmentId);
  try {
    return await db.transaction(async (em) => {
      const { enrollment } = await lockEnrollment(em, db.lockMode, enrollmentId);
      const session = await em.findOne(CourseSession, { where: { id: sessionId } });
      if (!session) throw notFound(`no session with id ${sessionId}`);
      if (session.courseId !== enrollment.courseId) {
        throw badUserInput(`session ${sessionId} belongs to another course; give a session of course ${enrollment.courseId}`, {
          field: 'sessionId',
        });
      }
      const now = new Date();
      const refusal = attendanceRefusal(enrollment.status, session.startsAt, now);
      if (refusal) throw conflict(refusal);
      const recorded = await em.findOne(Attendance, { where: { enrollmentId, sessionId } });
      if (!recorded) await em.insert(Attendance, { id: newId(), enrollmentId, sessionId, recordedAt: now });
      return enrollment;
    });
  } catch (err) {
    // Two recordings of the same attendance at once: the unique index keeps one, the other reads it.
    if (!isUniqueViolation(err)) throw err;
    return (await db.manager.findOne(Enrollment, { where: { id: enrollmentId } }))!;
  }
}

export function checkHolderName(holderName: string | null | undefined): string | null {
  if (holderName == null) return null;
  const name = holderName.trim();
  if ([...name].length < 1 || [...name].length > MAX_HOLDER_NAME) {
    throw badUserInput(`holderName must be 1 to ${MAX_HOLDER_NAME} characters when given`, { field: 'holderName' });
  }
  return name;
}

const MAX_CERTIFICATE_ATTEMPTS = 3;

/**
 * Completes an enrolment once the learner attended what the course requires, and issues a
 * certificate number when the course awards a certificate. The holder's name, when the
 * organiser gives it, is stored masked only. Completing twice returns the completion.
 */
export async function completeEnrollment(
  db: Database,
  p: Principal,
  enrollmentId: string,
  holderName: string | null | undefined,
): Promise<EnrollmentRow> {
  await requireOrganiserOf(db, p, enrollmentId);
  const name = checkHolderName(holderName);
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (em) => {
        const { enrollment, course } = await lockEnrollment(em, db.lockMode, enrollmentId);
        if (enrollment.status === 'COMPLETED') return enrollment;
        const scheduled = await em.count(CourseSession, { where: { courseId: course.id } });
        const attended = await em
          .createQueryBuilder(Attendance, 'a')
          .innerJoin(CourseSession.options.name, 's', 's.id = a.sessionId')
          .where('a.enrollmentId = :id', { id: enrollmentId })
          .andWhere('s.courseId = :courseId', { courseId: course.id })
          .getCount();
        const required = requiredAttendance(course.requiredSessions, scheduled);
        const refusal = completionRefusal(enrollment.status, required, missingAttendance(attended, required));
        if (refusal) {
          throw new AppError(ErrorCode.CONFLICT, refusal, {
            missingSessions: missingAttendance(attended, required),
            requiredSessions: required,
          });
        }
        const now = new Date();
        const certified = course.certificateName != null;
        const changes = {
          status: 'COMPLETED' as const,
          completedAt: now,
          certificateNo: certified ? newCertificateNumber() : null,
          holderNameMasked: certified && name ? maskName(name) : null,
          updatedAt: now,
        };
        await em.update(Enrollment, { id: enrollmentId }, changes);
        return { ...enrollment, ...changes };
      });
    } catch (err) {
      // The only unique value written here is the certificate number: 80 random bits make a
      // collision all but impossible, and drawing again resolves the one that happens.
      if (!isUniqueViolation(err) || attempt >= MAX_CERTIFICATE_ATTEMPTS) throw err;
    }
  }
}
