import { canManage, forbidden } from '@nef/kit';
import { requiredAttendance } from '../domain/attendance';
import { courseStatus } from '../domain/status';
import type { EnrollmentStatus } from '../domain/types';
import type { CourseRow } from '../entities';
import type { Ctx, Resolvers } from './context';

/**
 * Who sees which part of a roster: the course's organisers all of it, a partner its acting
 * worker's enrolment only. Rosters say who is learning what, so nobody else sees them.
 */
function rosterScope(ctx: Ctx, c: CourseRow): { all: true } | { workerId: string } {
  const p = ctx.principal;
  if (p.role === 'partner' && p.workerId) return { workerId: p.workerId };
  const cityWideForLimitedOperator = p.role === 'operator' && !!p.districts?.length && c.districtCode == null;
  if (canManage(p, 'training', c.districtCode) && !cityWideForLimitedOperator) return { all: true };
  throw forbidden('a course roster is for its organisers (admins, training operators of its district) and partners acting for a worker');
}

export const Course: Resolvers[string] = {
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.course.load(ref.id),
  district: (c: CourseRow) => (c.districtCode ? { __typename: 'District', code: c.districtCode } : null),
  status: async (c: CourseRow, _: unknown, ctx: Ctx) =>
    courseStatus(c.status, await ctx.loaders.sessionsByCourse.load(c.id), ctx.loaders.now),
  sessions: (c: CourseRow, _: unknown, ctx: Ctx) => ctx.loaders.sessionsByCourse.load(c.id),
  enrolledCount: async (c: CourseRow, _: unknown, ctx: Ctx) => (await ctx.loaders.seatCounts.load(c.id)).enrolled,
  waitlistCount: async (c: CourseRow, _: unknown, ctx: Ctx) => (await ctx.loaders.seatCounts.load(c.id)).waitlisted,
  requiredSessions: async (c: CourseRow, _: unknown, ctx: Ctx) =>
    requiredAttendance(c.requiredSessions, (await ctx.loaders.sessionsByCourse.load(c.id)).length),
  async enrollments(c: CourseRow, args: { status?: EnrollmentStatus | null }, ctx: Ctx) {
    const scope = rosterScope(ctx, c);
    const rows = await ctx.loaders.enrollmentsByCourse.load(c.id);
    return rows.filter((e) => (!args.status || e.status === args.status) && ('all' in scope || e.workerId === scope.workerId));
  },
};
