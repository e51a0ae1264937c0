import { forbidden, pageSize } from '@nef/kit';
import type { CourseResolvers } from '../generated/resolvers';
import type { CourseRow } from '../entities';
import { requiredAttendance } from '../rules/attendance';
import { managesCourses } from '../rules/course-manager';
import { courseStatus, nextStatusChange } from '../rules/course-status';
import type { Ctx } from './context';

/**
 * Who sees which part of a roster: the course's organisers all of it, a partner its acting
 * worker's enrolment only. Rosters say who is learning what, so nobody else sees them.
 */
function rosterScope(ctx: Ctx, c: CourseRow): { all: true } | { workerId: string } {
  const p = ctx.principal;
  if (p.role === 'partner' && p.workerId) return { workerId: p.workerId };
  if (managesCourses(p, c.districtCode)) return { all: true };
  throw forbidden('a course roster is for its organisers (admins, training operators of its district) and partners acting for a worker');
}

export const Course: CourseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.course.load(ref.id),
  district: (c) => (c.districtCode ? { __typename: 'District', code: c.districtCode } : null),
  async status(c, _args, ctx) {
    const sessions = await ctx.loaders.sessionsByCourse.load(c.id);
    const changes = nextStatusChange(c.status, sessions, ctx.now);
    if (changes) ctx.cache.validUntil(changes);
    return courseStatus(c.status, sessions, ctx.now);
  },
  /**
   * The first `first` sessions in time order. status and requiredSessions read every session of
   * the course from the same batch, so the list is cut here, per course, after that one statement.
   */
  async sessions(c, args, ctx) {
    const first = pageSize(args.first, 100);
    return (await ctx.loaders.sessionsByCourse.load(c.id)).slice(0, first);
  },
  enrolledCount: async (c, _args, ctx) => (await ctx.loaders.seatCounts.load(c.id)).enrolled,
  waitlistCount: async (c, _args, ctx) => (await ctx.loaders.seatCounts.load(c.id)).waitlisted,
  requiredSessions: async (c, _args, ctx) => requiredAttendance(c.requiredSessions, (await ctx.loaders.sessionsByCourse.load(c.id)).length),
  enrollments(c, args, ctx) {
    const first = pageSize(args.first, 100);
    const scope = rosterScope(ctx, c);
    const workerId = 'all' in scope ? null : scope.workerId;
    return ctx.loaders.enrollmentsByCourse({ first, status: args.status ?? null, workerId }).load(c.id);
  },
  enrollmentsPage(c, args, ctx) {
    const scope = rosterScope(ctx, c);
    const workerId = 'all' in scope ? null : scope.workerId;
    return ctx.loaders.rosterPages({ status: args.status ?? null, workerId })(args, c.id);
  },
  sessionsPage: (c, args, ctx) => ctx.loaders.sessionPages(args, c.id),
};
