import type { EnrollmentRow } from '../entities';
import type { Ctx, Resolvers } from './context';

export const Enrollment: Resolvers[string] = {
  course: (e: EnrollmentRow, _: unknown, ctx: Ctx) => ctx.loaders.course.load(e.courseId),
  worker: (e: EnrollmentRow) => ({ __typename: 'Worker', id: e.workerId }),
  attendedSessions: (e: EnrollmentRow, _: unknown, ctx: Ctx) => ctx.loaders.attendedSessions.load(e.id),
};
