import type { CachePolicy } from '@nef/kit';
import type { SessionTimes } from './domain/status';

const TRAINING = { deps: ['training'], maxAge: 3600 } as const;

/**
 * What of this service's answers the gateway may keep: the public catalogue (courses, their
 * sessions, seat counts, a station's timetable) and district figures for periods that are over.
 * Rosters, enrolments, subsidies and certificates name workers and are never kept. Any write
 * moves the one namespace (an enrolment changes a course's seat counts). Answers that follow
 * the clock say until when they hold: a course's status until its next session boundary, a
 * station's timetable until its first listed session starts.
 */
export const cachePolicy: CachePolicy = {
  namespaces: ['training'],
  fields: {
    'Query.course': TRAINING,
    'Query.courses': TRAINING,
    'Course.*': TRAINING,
    'Course.enrollments': false,
    'CourseSession.*': TRAINING,
    'CourseConnection.*': TRAINING,
    'CourseEdge.*': TRAINING,
    'PageInfo.*': TRAINING,
    'Station.upcomingSessions': TRAINING,
    'District.code': TRAINING,
    'District.trainingMetrics': TRAINING,
    'TrainingMetrics.*': TRAINING,
    'Count.*': TRAINING,
  },
  mutations: {},
};

/** When a course's derived status next changes by the clock alone (its first start, then its last end). */
export function nextStatusChange(stored: string, sessions: readonly SessionTimes[], now: Date): Date | undefined {
  if (stored === 'CANCELLED' || stored === 'COMPLETED' || sessions.length === 0) return undefined;
  const t = now.getTime();
  const firstStart = Math.min(...sessions.map((s) => s.startsAt.getTime()));
  const lastEnd = Math.max(...sessions.map((s) => s.endsAt.getTime()));
  if (t < firstStart) return new Date(firstStart);
  if (t < lastEnd) return new Date(lastEnd);
  return undefined;
}
