import type { GatePassRequestResolvers } from '../generated/resolvers';
import { communityOf } from './community';
import { workerRef } from './refs';

/** Reached only through the worker (its readers) or the community's queue (its operators), who may read it whole. */
export const GatePassRequest: GatePassRequestResolvers = {
  community: (r, _, ctx) => communityOf(ctx, r.communityId),
  worker: (r) => workerRef(r.workerId),
  pass: (r, _, ctx) => (r.passId ? ctx.loaders.gatePassById.load(r.passId) : null),
};
