import { pageSize, requireWorkerReadable } from '@nef/kit';
import { subsidyAvailable } from '../domain/subsidy';
import type { EnrollmentStatus } from '../domain/types';
import { settings } from '../settings';
import type { Ctx, Resolvers } from './context';

/** The representation the gateway sends: `isUnionMember` comes from the union subgraph (@requires). */
interface WorkerRef {
  id: string;
  isUnionMember?: boolean | null;
}

/** Training's part of the worker: enrolments and subsidies are personal data, read per worker. */
export const Worker: Resolvers[string] = {
  // Keeps the whole representation: subsidyAvailableCents reads isUnionMember from it.
  __resolveReference: (ref: WorkerRef) => ref,
  enrollments(w: WorkerRef, args: { status?: EnrollmentStatus | null; first?: number | null }, ctx: Ctx) {
    const first = pageSize(args.first, 100);
    requireWorkerReadable(ctx.principal, 'training', w.id);
    return ctx.loaders.enrollmentsByWorker({ first, status: args.status ?? null }).load(w.id);
  },
  async subsidyAvailableCents(w: WorkerRef, _: unknown, ctx: Ctx) {
    requireWorkerReadable(ctx.principal, 'training', w.id);
    // Without the union's word that the worker is a member, no money is promised.
    if (w.isUnionMember !== true) return 0;
    return subsidyAvailable(true, settings.subsidyCapCents, await ctx.loaders.subsidyUsed.load(w.id));
  },
};
