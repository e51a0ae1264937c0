import type { GatePassResolvers } from '../generated/resolvers';
import { isPassValid } from '../rules/gate-pass';
import { communityOf } from './community';
import { workerRef } from './refs';

export const GatePass: GatePassResolvers = {
  worker: (g) => workerRef(g.workerId),
  community: (g, _, ctx) => communityOf(ctx, g.communityId),
  valid: (g, _, ctx) => isPassValid(g, ctx.now),
};
