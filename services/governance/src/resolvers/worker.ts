import { pageSize, requireWorkerReadable } from '@nef/kit';
import type { WorkerResolvers } from '../generated/resolvers';
import { ORDERS } from '../queries/loaders';
import { afterOf } from '../queries/pages';

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

  // The same lists page by page: `first` (default 20) after the cursor of the previous page.
  pointsHistoryConnection(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.pointsHistoryPage({ first: pageSize(args.first), after: afterOf(args.after, ORDERS.pointsHistory) }).load(w.id);
  },
  reportsConnection(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    const page = { first: pageSize(args.first), after: afterOf(args.after, ORDERS.reportsByReporter) };
    return ctx.loaders.reportsPage({ ...page, status: args.status ?? null }).load(w.id);
  },
  volunteerRolesConnection(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.rolesPage({ first: pageSize(args.first), after: afterOf(args.after, ORDERS.rolesByWorker) }).load(w.id);
  },
  gatePassesConnection(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    const page = { first: pageSize(args.first), after: afterOf(args.after, ORDERS.gatePassesByWorker) };
    return ctx.loaders.gatePassesPage({ ...page, validOnly: args.validOnly ?? true }).load(w.id);
  },
  redemptionsConnection(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    const page = { first: pageSize(args.first), after: afterOf(args.after, ORDERS.redemptionsByWorker) };
    return ctx.loaders.redemptionsPage({ ...page, status: args.status ?? null }).load(w.id);
  },
  gatePassRequests(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.requestsByWorkerPage({ first: pageSize(args.first), after: afterOf(args.after, ORDERS.requestsByWorker) }).load(w.id);
  },
};
