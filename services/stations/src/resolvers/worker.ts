import { pageSize, requireWorkerReadable } from '@nef/kit';
import type { Context } from './context';

interface WorkerRef {
  id: string;
}

/** Where a worker has been is sensitive (PIPL): only the acting partner, stations operators and admins see it. */
export const Worker = {
  __resolveReference: (ref: WorkerRef) => ({ id: ref.id }),

  stationVisits(w: WorkerRef, args: { first?: number | null }, ctx: Context) {
    requireWorkerReadable(ctx.principal, 'stations', w.id);
    ctx.audit.record({ field: 'Worker.stationVisits', subjectType: 'Worker', subjectId: w.id });
    return ctx.loaders.stationVisits(pageSize(args.first)).load(w.id);
  },
};
