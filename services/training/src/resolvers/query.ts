import { findCourses, type CourseFilter } from '../catalogue';
import type { Ctx, Resolvers } from './context';

/** The catalogue is public: anyone may read courses and their sessions. */
export const Query: Resolvers[string] = {
  course: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.course.load(args.id),
  courses: (_: unknown, args: { filter?: CourseFilter | null; first?: number | null; after?: string | null }, ctx: Ctx) =>
    findCourses(ctx.db, args, ctx.loaders.now),
};
