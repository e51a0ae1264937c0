import type { CourseSessionRow } from '../entities';
import type { Ctx, Resolvers } from './context';

export const CourseSession: Resolvers[string] = {
  course: (s: CourseSessionRow, _: unknown, ctx: Ctx) => ctx.loaders.course.load(s.courseId),
  station: (s: CourseSessionRow) => (s.stationId ? { __typename: 'Station', id: s.stationId } : null),
};
