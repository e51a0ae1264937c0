import { badUserInput, decodeCursor, pageSize, requireWorkerReadable, toConnection } from '@nef/kit';
import type { WorkerResolvers } from '../generated/resolvers';

/** The cursor of a visit in the newest-first order: its time and id. */
const visitCursorKey = (v: { at: Date; id: string }) => `${v.at.toISOString()}|${v.id}`;

function parseVisitCursorKey(key: string): { at: Date; id: string } | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f-]{36})$/.exec(key);
  return m && !Number.isNaN(Date.parse(m[1]!)) ? { at: new Date(m[1]!), id: m[2]! } : null;
}

/** Where a worker has been is sensitive (PIPL): only the acting partner, stations operators and admins see it. */
export const Worker: WorkerResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),

  stationVisits(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'stations', w.id);
    ctx.audit.record({ field: 'Worker.stationVisits', subjectType: 'Worker', subjectId: w.id });
    return ctx.loaders.stationVisits(pageSize(args.first)).load(w.id);
  },

  async stationVisitsConnection(w, args, ctx) {
    requireWorkerReadable(ctx.principal, 'stations', w.id);
    const first = pageSize(args.first);
    const key = decodeCursor(args.after);
    const after = key === undefined ? null : parseVisitCursorKey(key);
    if (key !== undefined && !after) throw badUserInput('after is not a cursor of stationVisitsConnection', { field: 'after' });
    ctx.audit.record({ field: 'Worker.stationVisitsConnection', subjectType: 'Worker', subjectId: w.id });
    const rows = await ctx.loaders.stationVisitPage({ first, after }).load(w.id);
    const { edges, pageInfo } = toConnection(rows, first, visitCursorKey, 0);
    return { edges, pageInfo };
  },
};
