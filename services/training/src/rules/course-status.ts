import type { CourseStatus } from '../entities/course';
import type { EnrollmentStatus } from '../entities/enrollment';

/** When a session runs; all a course's status needs to know about it. */
export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
}

/** The first start and the last end of a course's sessions (none: undefined). */
function span(sessions: readonly SessionTimes[]): { firstStart: number; lastEnd: number } | undefined {
  if (sessions.length === 0) return undefined;
  let firstStart = Infinity;
  let lastEnd = -Infinity;
  for (const s of sessions) {
    firstStart = Math.min(firstStart, s.startsAt.getTime());
    lastEnd = Math.max(lastEnd, s.endsAt.getTime());
  }
  return { firstStart, lastEnd };
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
  const times = span(sessions);
  if (!times) return stored;
  const t = now.getTime();
  if (t >= times.lastEnd) return 'COMPLETED';
  if (t >= times.firstStart) return 'RUNNING';
  return stored;
}

/** When a course's derived status next changes by the clock alone (its first start, then its last end). */
export function nextStatusChange(stored: CourseStatus, sessions: readonly SessionTimes[], now: Date): Date | undefined {
  if (stored === 'CANCELLED' || stored === 'COMPLETED') return undefined;
  const times = span(sessions);
  if (!times) return undefined;
  const t = now.getTime();
  if (t < times.firstStart) return new Date(times.firstStart);
  if (t < times.lastEnd) return new Date(times.lastEnd);
  return undefined;
}

/** `EXISTS` over the sessions of the course `c`, with extra conditions on the session alias `s`. */
const sessionExists = (condition = '') =>
  `EXISTS (SELECT 1 FROM course_sessions s WHERE s.course_id = c.id${condition ? ` AND ${condition}` : ''})`;

/**
 * `courseStatus` in SQL: the condition under which a row of `courses` aliased `c` reads as
 * `status` at the parameter `:now`. Filtering by the derived status (rather than the stored
 * column) keeps the `courses(filter: { status })` list and the `status` field in agreement
 * without a job that rewrites rows as the clock passes session times.
 */
export function courseStatusSql(status: CourseStatus): string {
  const started = sessionExists('s.starts_at <= :now');
  const notEnded = sessionExists('s.ends_at > :now');
  switch (status) {
    case 'CANCELLED':
      return "c.status = 'CANCELLED'";
    case 'COMPLETED':
      return `c.status <> 'CANCELLED' AND (c.status = 'COMPLETED' OR (${sessionExists()} AND NOT ${notEnded}))`;
    case 'RUNNING':
      return `c.status NOT IN ('CANCELLED', 'COMPLETED') AND ${started} AND ${notEnded}`;
    case 'PLANNED':
      return `c.status = 'PLANNED' AND NOT ${started}`;
    case 'CONFIRMED':
      return `c.status = 'CONFIRMED' AND NOT ${started}`;
  }
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
