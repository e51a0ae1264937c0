import type { GateEntryResolvers } from '../generated/resolvers';
import { maskName } from '../rules/gate-registration';
import { communityOf } from './community';

export const GateEntry: GateEntryResolvers = {
  community: (e, _, ctx) => communityOf(ctx, e.communityId),
  pass: (e, _, ctx) => (e.passId ? ctx.loaders.gatePassById.load(e.passId) : null),
  async holderName(e, _, ctx) {
    const pass = e.passId ? await ctx.loaders.gatePassById.load(e.passId) : null;
    return pass?.holderName ? maskName(pass.holderName) : null;
  },
  async platform(e, _, ctx) {
    const pass = e.passId ? await ctx.loaders.gatePassById.load(e.passId) : null;
    return pass?.platform ?? null;
  },
};
