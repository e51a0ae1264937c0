import { badUserInput, conflict, isId, newId, notFound, targetWorker } from '@nef/kit';
import { requireCourseManager } from '../authz';
import { checkCourseInput, checkSessionInput, type CreateCourseInput, type Problem, type SessionInput } from '../domain/course-input';
import { enroll } from '../enroll';
import { Course, CourseSession, type CourseRow, type CourseSessionRow } from '../entities';
import type { Ctx, Resolvers } from './context';

/** Refuses an input with every problem in it, naming the first field for clients that show one. */
function refuse(problems: Problem[], prefix: string) {
  if (problems.length === 0) return;
  throw badUserInput(problems.map((p) => p.message).join('; '), {
    field: `${prefix}${problems[0]!.field}`,
    fields: problems.map((p) => `${prefix}${p.field}`),
  });
}

export const Mutation: Resolvers[string] = {
  async createCourse(_: unknown, args: { input: CreateCourseInput }, ctx: Ctx): Promise<CourseRow> {
    const { draft, problems } = checkCourseInput(args.input);
    requireCourseManager(ctx.principal, draft.districtCode);
    refuse(problems, 'input.');
    const now = new Date();
    const row: CourseRow = { id: newId(), ...draft, status: 'PLANNED', createdAt: now, updatedAt: now };
    await ctx.db.transaction((em) => em.insert(Course, row));
    return row;
  },

  async scheduleSession(_: unknown, args: { courseId: string; input: SessionInput }, ctx: Ctx): Promise<CourseSessionRow> {
    return ctx.db.transaction(async (em) => {
      // Locked so that a concurrent change of the course (cancelling it) is decided before or after, not during.
      const query = em.createQueryBuilder(Course, 'c').where('c.id = :id', { id: args.courseId });
      if (ctx.db.lockMode) query.setLock(ctx.db.lockMode);
      const course = await query.getOne();
      if (!course) throw notFound(`no course with id ${args.courseId}`);
      requireCourseManager(ctx.principal, course.districtCode);
      if (course.status === 'CANCELLED') throw conflict(`course ${course.id} is CANCELLED; no sessions can be scheduled`);
      const { draft, problems } = checkSessionInput(course.mode, args.input);
      refuse(problems, 'input.');
      const row: CourseSessionRow = { id: newId(), courseId: course.id, ...draft };
      await em.insert(CourseSession, row);
      return row;
    });
  },

  async enroll(_: unknown, args: { courseId: string; workerId?: string | null }, ctx: Ctx) {
    const workerId = targetWorker(ctx.principal, 'training', args.workerId);
    if (!isId(workerId)) throw badUserInput(`workerId must be a worker id (a UUID), got "${workerId}"`, { field: 'workerId' });
    return enroll(ctx.db, args.courseId, workerId);
  },
};
