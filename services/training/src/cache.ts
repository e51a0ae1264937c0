import type { CachePolicy } from '@nef/kit';

const TRAINING = { deps: ['training'], maxAge: 3600 } as const;

/**
 * What of this service's answers the gateway may keep: the public catalogue (courses, their
 * sessions, seat counts, a station's timetable) and district and region figures for periods that are over.
 * Rosters, enrolments, subsidies and certificates name workers and are never kept. Any write
 * moves the one namespace (an enrolment changes a course's seat counts). Answers that follow
 * the clock say until when they hold (the resolvers set it): a course's status until its next
 * session boundary (`nextStatusChange`), a station's timetable until its first listed session starts.
 */
export const cachePolicy: CachePolicy = {
  namespaces: ['training'],
  fields: {
    'Query.course': TRAINING,
    'Query.courses': TRAINING,
    'Course.*': TRAINING,
    'Course.enrollments': false,
    'Course.enrollmentsPage': false,
    'CourseSession.*': TRAINING,
    'CourseSession.attendance': false,
    'CourseConnection.*': TRAINING,
    'CourseEdge.*': TRAINING,
    'PageInfo.*': TRAINING,
    'Station.upcomingSessions': TRAINING,
    'Station.upcomingSessionsPage': TRAINING,
    'CourseSessionConnection.*': TRAINING,
    'CourseSessionEdge.*': TRAINING,
    'District.code': TRAINING,
    'District.trainingMetrics': TRAINING,
    'Region.code': TRAINING,
    'Region.trainingMetrics': TRAINING,
    'TrainingMetrics.*': TRAINING,
    'Count.*': TRAINING,
  },
  mutations: {},
};
