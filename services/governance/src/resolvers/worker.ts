import { pageSize, requireWorkerReadable } from '@nef/kit';
import type { WorkerResolvers } from '../generated/resolvers';

/** A worker's points and reports are personal: the worker's acting partner, governance operators and admins. */
export const Worker: WorkerResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),

  pointsBalance(w, _, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.pointsBalance.load(w.id);
  },
  pointsHistory(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.pointsHistory(pageSize(args.first)).load(w.id);
  },
  reports(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.reportsByReporter({ status: args.status ?? null, first: pageSize(args.first) }).load(w.id);
  },
  volunteerRoles(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.rolesByWorker(pageSize(args.first, 100)).load(w.id);
  },
  gatePasses(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.gatePassesByWorker({ validOnly: args.validOnly ?? true, first: pageSize(args.first, 100) }).load(w.id);
  },
  redemptions(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.redemptionsByWorker({ status: args.status ?? null, first: pageSize(args.first) }).load(w.id);
  },
};
