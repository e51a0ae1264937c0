import type { CourseStatus, EnrollmentStatus } from './types';

/** When a session runs; all a course's status needs to know about it. */
export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
}

/**
 * A course's status at `now`. Writes store PLANNED, CONFIRMED or CANCELLED; the clock moves a
 * course on from there: RUNNING from the instant its first session starts, COMPLETED from the
 * instant its last session ends. A CANCELLED course stays CANCELLED whatever its sessions say.
 * A course still PLANNED when its first session starts runs all the same (organisers cancel a
 * class they will not hold), so RUNNING and COMPLETED follow from either stored status.
 */
export function courseStatus(stored: CourseStatus, sessions: readonly SessionTimes[], now: Date): CourseStatus {
  if (stored === 'CANCELLED' || stored === 'COMPLETED') return stored;
  if (sessions.length === 0) return stored;
  const t = now.getTime();
  let firstStart = Infinity;
  let lastEnd = -Infinity;
  for (const s of sessions) {
    firstStart = Math.min(firstStart, s.startsAt.getTime());
    lastEnd = Math.max(lastEnd, s.endsAt.getTime());
  }
  if (t >= lastEnd) return 'COMPLETED';
  if (t >= firstStart) return 'RUNNING';
  return stored;
}

/**
 * The stored status once `enrolled` learners hold a seat: a PLANNED course is CONFIRMED when
 * it reaches its minimum class size. Nothing else changes here (a confirmed course does not
 * fall back to PLANNED: the organiser has committed to it).
 */
export function statusAfterEnrollment(stored: CourseStatus, enrolled: number, minLearners: number): CourseStatus {
  return stored === 'PLANNED' && enrolled >= minLearners ? 'CONFIRMED' : stored;
}

/** Whether a course in this (derived) status takes new enrolments. */
export function acceptsEnrollments(status: CourseStatus): boolean {
  return status !== 'CANCELLED' && status !== 'COMPLETED';
}

/**
 * What cancelling means for a course in this (derived) status: a course that has not ended
 * can be cancelled (a running one too: the organiser stops the class); cancelling twice
 * changes nothing; a completed course stays completed, since its learners' results stand.
 */
export function cancellation(status: CourseStatus): 'CANCEL' | 'ALREADY_CANCELLED' | 'ENDED' {
  if (status === 'CANCELLED') return 'ALREADY_CANCELLED';
  if (status === 'COMPLETED') return 'ENDED';
  return 'CANCEL';
}

/**
 * An enrolment's status once its course is cancelled: seats and waitlist places are DROPPED,
 * completions (and their certificates) stand.
 */
export function enrollmentStatusOnCancel(status: EnrollmentStatus): EnrollmentStatus {
  return status === 'ENROLLED' || status === 'WAITLISTED' ? 'DROPPED' : status;
}
