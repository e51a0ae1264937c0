import { pageSize, requireWorkerReadable } from '@nef/kit';
import type { WorkerResolvers } from '../generated/resolvers';

/** Where a worker has been is sensitive (PIPL): only the acting partner, stations operators and admins see it. */
export const Worker: WorkerResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),

  stationVisits(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'stations', w.id);
    ctx.audit.record({ field: 'Worker.stationVisits', subjectType: 'Worker', subjectId: w.id });
    return ctx.loaders.stationVisits(pageSize(args.first)).load(w.id);
  },
};
