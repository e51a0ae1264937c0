import { badUserInput, conflict, isId, newId, targetWorker } from '@nef/kit';
import { requireCourseManager } from '../authz';
import { completeEnrollment, recordAttendance } from '../completion';
import { checkCourseInput, checkSessionInput, type CreateCourseInput, type Problem, type SessionInput } from '../domain/course-input';
import type { CourseCategory } from '../domain/types';
import { enroll, lockCourse } from '../enroll';
import { Course, CourseSession, type CourseRow, type CourseSessionRow } from '../entities';
import { fulfilRequest, requestCourse } from '../requests';
import { cancelCourse, dropEnrollment } from '../seats';
import { settings } from '../settings';
import type { Ctx, Resolvers } from './context';

/** Refuses an input with every problem in it, naming the first field for clients that show one. */
function refuse(problems: Problem[], prefix: string) {
  if (problems.length === 0) return;
  throw badUserInput(problems.map((p) => p.message).join('; '), {
    field: `${prefix}${problems[0]!.field}`,
    fields: problems.map((p) => `${prefix}${p.field}`),
  });
}

/** The worker a call acts for, which must look like a worker id of the union registry. */
function workerFor(ctx: Ctx, workerId: string | null | undefined): string {
  const id = targetWorker(ctx.principal, 'training', workerId);
  if (!isId(id)) throw badUserInput(`workerId must be a worker id (a UUID), got "${id}"`, { field: 'workerId' });
  return id;
}

export const Mutation: Resolvers[string] = {
  async createCourse(_: unknown, args: { input: CreateCourseInput & { fulfillsRequestId?: string | null } }, ctx: Ctx): Promise<CourseRow> {
    const { draft, problems } = checkCourseInput(args.input);
    requireCourseManager(ctx.principal, draft.districtCode);
    refuse(problems, 'input.');
    const now = new Date();
    const row: CourseRow = { id: newId(), ...draft, status: 'PLANNED', createdAt: now, updatedAt: now };
    const requestId = args.input.fulfillsRequestId?.trim();
    await ctx.db.transaction(async (em) => {
      await em.insert(Course, row);
      if (requestId) await fulfilRequest(em, ctx.db.lockMode, ctx.principal, requestId, row, now);
    });
    return row;
  },

  async scheduleSession(_: unknown, args: { courseId: string; input: SessionInput }, ctx: Ctx): Promise<CourseSessionRow> {
    return ctx.db.transaction(async (em) => {
      // Locked so that a concurrent change of the course (cancelling it) is decided before or after, not during.
      const course = await lockCourse(em, ctx.db.lockMode, args.courseId);
      requireCourseManager(ctx.principal, course.districtCode);
      if (course.status === 'CANCELLED') throw conflict(`course ${course.id} is CANCELLED; no sessions can be scheduled`);
      const { draft, problems } = checkSessionInput(course.mode, args.input);
      refuse(problems, 'input.');
      const row: CourseSessionRow = { id: newId(), courseId: course.id, ...draft };
      await em.insert(CourseSession, row);
      return row;
    });
  },

  cancelCourse: (_: unknown, args: { id: string }, ctx: Ctx) => cancelCourse(ctx.db, ctx.principal, args.id),

  enroll: (_: unknown, args: { courseId: string; workerId?: string | null }, ctx: Ctx) =>
    enroll(ctx.db, args.courseId, workerFor(ctx, args.workerId)),

  dropEnrollment: (_: unknown, args: { id: string }, ctx: Ctx) => dropEnrollment(ctx.db, ctx.principal, args.id),

  recordAttendance: (_: unknown, args: { enrollmentId: string; sessionId: string }, ctx: Ctx) =>
    recordAttendance(ctx.db, ctx.principal, args.enrollmentId, args.sessionId),

  completeEnrollment: (_: unknown, args: { id: string; holderName?: string | null }, ctx: Ctx) =>
    completeEnrollment(ctx.db, ctx.principal, args.id, args.holderName),

  requestCourse: (
    _: unknown,
    args: { topic: string; category: CourseCategory; districtCode: string; workerId?: string | null },
    ctx: Ctx,
  ) => requestCourse(ctx.db, args, workerFor(ctx, args.workerId), settings.courseRequestThreshold),
};
