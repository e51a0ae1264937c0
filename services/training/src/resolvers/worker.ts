import { requireWorkerReadable } from '@nef/kit';
import type { EnrollmentStatus } from '../domain/types';
import type { Ctx, Resolvers } from './context';

/** Training's part of the worker: enrolments are personal data, read per worker. */
export const Worker: Resolvers[string] = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  async enrollments(w: { id: string }, args: { status?: EnrollmentStatus | null }, ctx: Ctx) {
    requireWorkerReadable(ctx.principal, 'training', w.id);
    const rows = await ctx.loaders.enrollmentsByWorker.load(w.id);
    return args.status ? rows.filter((e) => e.status === args.status) : rows;
  },
};
