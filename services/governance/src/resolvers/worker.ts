import { pageSize, requireWorkerReadable, type SubgraphContext } from '@nef/kit';
import type { RedemptionStatus, ReportStatus } from '../domain/vocabulary';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;
interface WorkerRef {
  id: string;
}

/** A worker's points and reports are personal: the worker's acting partner, governance operators and admins. */
export const Worker = {
  __resolveReference: (ref: WorkerRef) => ({ id: ref.id }),

  pointsBalance(w: WorkerRef, _: unknown, ctx: Ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.pointsBalance.load(w.id);
  },
  pointsHistory(w: WorkerRef, args: { first?: number | null }, ctx: Ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.pointsHistory(pageSize(args.first)).load(w.id);
  },
  reports(w: WorkerRef, args: { status?: ReportStatus | null; first?: number | null }, ctx: Ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.reportsByReporter({ status: args.status ?? null, first: pageSize(args.first) }).load(w.id);
  },
  volunteerRoles(w: WorkerRef, args: { first?: number | null }, ctx: Ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.rolesByWorker(pageSize(args.first, 100)).load(w.id);
  },
  gatePasses(w: WorkerRef, args: { validOnly?: boolean | null; first?: number | null }, ctx: Ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.gatePassesByWorker({ validOnly: args.validOnly ?? true, first: pageSize(args.first, 100) }).load(w.id);
  },
  redemptions(w: WorkerRef, args: { status?: RedemptionStatus | null; first?: number | null }, ctx: Ctx) {
    requireWorkerReadable(ctx.principal, 'governance', w.id);
    return ctx.loaders.redemptionsByWorker({ status: args.status ?? null, first: pageSize(args.first) }).load(w.id);
  },
};
