import type { MembershipEventResolvers } from '../generated/resolvers';
import { partnerViewOf } from '../queries/partner-view';
import { actorFor } from '../rules/history-actor';
import { reasonFor } from '../rules/union-records';

export const MembershipEvent: MembershipEventResolvers = {
  actor: (row, _args, ctx) => actorFor(ctx.principal, row.actor),

  // Partners read reasons given through their own platform, or all when the worker whose
  // membership it is shared them with it: that worker's consent, not the acting worker's (a partner
  // may read a membership it sees without acting for anyone, or while acting for someone else).
  async reason(row, _args, ctx) {
    const p = ctx.principal;
    if (row.reason == null || p.role !== 'partner') return reasonFor(p, null, row.actor, row.reason ?? null);
    const membership = await ctx.loaders.membershipById.load(row.membershipId);
    const view = membership ? await partnerViewOf(ctx.loaders, p, membership.workerId) : null;
    return reasonFor(p, view, row.actor, row.reason ?? null);
  },
};
