import { AppError, ErrorCode, isUniqueViolation, type Database, type Principal } from '@nef/kit';
import { Attendance, CourseSession, Enrollment, type EnrollmentRow } from '../entities';
import { enrollmentWithCourse } from '../queries/enrollment';
import { completionRefusal, missingAttendance, requiredAttendance } from '../rules/attendance';
import { checkHolderName, maskName, newCertificateNumber } from '../rules/certificate';
import { requireCourseManager } from '../rules/course-manager';
import { isErasedWorker } from '../rules/erasure';
import { lockEnrollment } from './locks';

const MAX_CERTIFICATE_ATTEMPTS = 3;

/**
 * Completes an enrolment once the learner attended what the course requires, and issues a
 * certificate number when the course awards a certificate: the course's organisers only,
 * checked before any lock is taken. The holder's name, when the organiser gives it, is stored
 * masked only. Completing twice returns the completion.
 */
export async function completeEnrollment(
  db: Database,
  p: Principal,
  enrollmentId: string,
  holderName: string | null | undefined,
  now: Date,
): Promise<EnrollmentRow> {
  const { course: organised } = await enrollmentWithCourse(db, enrollmentId);
  requireCourseManager(p, organised.districtCode);
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
        const certified = course.certificateName != null;
        // The learner of an erased enrolment closed their account: no name is written back onto it.
        const named = certified && name && !isErasedWorker(enrollment.workerId);
        const changes = {
          status: 'COMPLETED' as const,
          completedAt: now,
          certificateNo: certified ? newCertificateNumber() : null,
          holderNameMasked: named ? maskName(name) : null,
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
