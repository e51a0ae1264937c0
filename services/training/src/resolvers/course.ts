import { canManage, forbidden, pageSize } from '@nef/kit';
import { requiredAttendance } from '../domain/attendance';
import { nextStatusChange } from '../cache';
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
  async status(c: CourseRow, _: unknown, ctx: Ctx) {
    const sessions = await ctx.loaders.sessionsByCourse.load(c.id);
    const changes = nextStatusChange(c.status, sessions, ctx.loaders.now);
    if (changes) ctx.cache.validUntil(changes);
    return courseStatus(c.status, sessions, ctx.loaders.now);
  },
  /**
   * The first `first` sessions in time order. status and requiredSessions read every session of
   * the course from the same batch, so the list is cut here, per course, after that one statement.
   */
  async sessions(c: CourseRow, args: { first?: number | null }, ctx: Ctx) {
    const first = pageSize(args.first, 100);
    return (await ctx.loaders.sessionsByCourse.load(c.id)).slice(0, first);
  },
  enrolledCount: async (c: CourseRow, _: unknown, ctx: Ctx) => (await ctx.loaders.seatCounts.load(c.id)).enrolled,
  waitlistCount: async (c: CourseRow, _: unknown, ctx: Ctx) => (await ctx.loaders.seatCounts.load(c.id)).waitlisted,
  requiredSessions: async (c: CourseRow, _: unknown, ctx: Ctx) =>
    requiredAttendance(c.requiredSessions, (await ctx.loaders.sessionsByCourse.load(c.id)).length),
  enrollments(c: CourseRow, args: { status?: EnrollmentStatus | null; first?: number | null }, ctx: Ctx) {
    const first = pageSize(args.first, 100);
    const scope = rosterScope(ctx, c);
    const workerId = 'all' in scope ? null : scope.workerId;
    return ctx.loaders.enrollmentsByCourse({ first, status: args.status ?? null, workerId }).load(c.id);
  },
};
