import type { CourseSessionResolvers } from '../generated/resolvers';

export const CourseSession: CourseSessionResolvers = {
  // A session is written with its course, and courses are never deleted.
  course: async (s, _args, ctx) => (await ctx.loaders.course.load(s.courseId))!,
  station: (s) => (s.stationId ? { __typename: 'Station', id: s.stationId } : null),
};
