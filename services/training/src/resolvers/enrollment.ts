import type { EnrollmentResolvers } from '../generated/resolvers';

export const Enrollment: EnrollmentResolvers = {
  // An enrolment is written with its course, and courses are never deleted.
  course: async (e, _args, ctx) => (await ctx.loaders.course.load(e.courseId))!,
  worker: (e) => ({ __typename: 'Worker', id: e.workerId }),
  attendedSessions: (e, _args, ctx) => ctx.loaders.attendedSessions.load(e.id),
};
