import { pageSize, requireWorkerReadable } from '@nef/kit';
import type { WorkerResolvers } from '../generated/resolvers';
import { subsidyAvailable } from '../rules/subsidy';
import { settings } from '../settings';

/**
 * Training's part of the worker: enrolments and subsidies are personal data, read per worker,
 * and each read is recorded in the audit log (what the worker's access log shows them).
 */
export const Worker: WorkerResolvers = {
  // Keeps the whole representation: subsidyAvailableCents reads isUnionMember from it.
  __resolveReference: (ref) => ref,
  enrollments(w, args, ctx) {
    const first = pageSize(args.first, 100);
    requireWorkerReadable(ctx.principal, 'training', w.id);
    ctx.audit.record({ field: 'Worker.enrollments', subjectType: 'Worker', subjectId: w.id });
    return ctx.loaders.enrollmentsByWorker({ first, status: args.status ?? null }).load(w.id);
  },
  enrollmentsPage(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'training', w.id);
    ctx.audit.record({ field: 'Worker.enrollmentsPage', subjectType: 'Worker', subjectId: w.id });
    return ctx.loaders.workerEnrollmentPages(args.status ?? null)(args, w.id);
  },
  async subsidyAvailableCents(w, _args, ctx) {
    requireWorkerReadable(ctx.principal, 'training', w.id);
    ctx.audit.record({ field: 'Worker.subsidyAvailableCents', subjectType: 'Worker', subjectId: w.id });
    // Without the union's word that the worker is a member, no money is promised.
    if (w.isUnionMember !== true) return 0;
    return subsidyAvailable(true, settings.subsidyCapCents, await ctx.loaders.subsidyUsed.load(w.id));
  },
};
