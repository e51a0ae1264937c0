import type { EnrollmentStatus } from '../entities/enrollment';

/** Sessions a learner must attend: what the course sets, or else every session scheduled. */
export function requiredAttendance(requiredSessions: number | null, scheduledSessions: number): number {
  return requiredSessions ?? scheduledSessions;
}

/** How many required sessions a learner has still to attend (0 when complete). */
export function missingAttendance(attended: number, required: number): number {
  return Math.max(0, required - attended);
}

/**
 * Why attendance cannot be recorded, or null when it can: only learners holding a seat (or who
 * have completed and come back for a later session) attend, and only a session that has begun.
 */
export function attendanceRefusal(status: EnrollmentStatus, sessionStartsAt: Date, now: Date): string | null {
  if (status === 'WAITLISTED' || status === 'DROPPED') {
    return `the enrolment is ${status}; attendance is recorded for ENROLLED (or COMPLETED) learners only`;
  }
  if (sessionStartsAt.getTime() > now.getTime()) {
    return `the session starts at ${sessionStartsAt.toISOString()}; attendance can be recorded once it has started`;
  }
  return null;
}

/**
 * Why an enrolment cannot be completed, or null when it can. `missing` is what
 * `missingAttendance` says; a course with nothing to attend cannot be completed by attendance.
 */
export function completionRefusal(status: EnrollmentStatus, required: number, missing: number): string | null {
  if (status !== 'ENROLLED') return `the enrolment is ${status}; only ENROLLED learners can complete`;
  if (required === 0) return 'the course has no sessions yet, so there is no attendance to complete';
  if (missing > 0) {
    const sessions = `required session${required === 1 ? '' : 's'}`;
    return `${missing} of the ${required} ${sessions} ${missing === 1 ? 'is' : 'are'} missing from the attendance record`;
  }
  return null;
}
