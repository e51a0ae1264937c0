import { badUserInput, conflict, isUniqueViolation, newId, notFound, type Database, type Principal } from '@nef/kit';
import { Attendance, CourseSession, Enrollment, type EnrollmentRow } from '../entities';
import { enrollmentWithCourse } from '../queries/enrollment';
import { attendanceRefusal } from '../rules/attendance';
import { requireCourseManager } from '../rules/course-manager';
import { lockEnrollment } from './locks';

/**
 * Records that a learner attended a session of the course: the course's organisers only, checked
 * before any lock is taken. Idempotent per (enrolment, session): recording it again changes
 * nothing. The enrolment's lock orders this against a concurrent completion or drop.
 */
export async function recordAttendance(db: Database, p: Principal, enrollmentId: string, sessionId: string, now: Date): Promise<EnrollmentRow> {
  const { course } = await enrollmentWithCourse(db, enrollmentId);
  requireCourseManager(p, course.districtCode);
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
