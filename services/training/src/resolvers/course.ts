import { courseStatus } from '../domain/status';
import type { CourseRow } from '../entities';
import type { Ctx, Resolvers } from './context';

export const Course: Resolvers[string] = {
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.course.load(ref.id),
  district: (c: CourseRow) => (c.districtCode ? { __typename: 'District', code: c.districtCode } : null),
  status: async (c: CourseRow, _: unknown, ctx: Ctx) =>
    courseStatus(c.status, await ctx.loaders.sessionsByCourse.load(c.id), ctx.loaders.now),
  sessions: (c: CourseRow, _: unknown, ctx: Ctx) => ctx.loaders.sessionsByCourse.load(c.id),
  enrolledCount: async (c: CourseRow, _: unknown, ctx: Ctx) => (await ctx.loaders.seatCounts.load(c.id)).enrolled,
  waitlistCount: async (c: CourseRow, _: unknown, ctx: Ctx) => (await ctx.loaders.seatCounts.load(c.id)).waitlisted,
};
