import type { MembershipEventResolvers } from '../generated/resolvers';
import { partnerViewOf } from '../queries/partner-view';
import { actorFor } from '../rules/history-actor';
import { reasonFor } from '../rules/union-records';

export const MembershipEvent: MembershipEventResolvers = {
  actor: (row, _args, ctx) => actorFor(ctx.principal, row.actor),

  // Partners read reasons given through their own platform, or all when the worker shared them.
  async reason(row, _args, ctx) {
    const p = ctx.principal;
    const view = p.role === 'partner' && p.workerId ? await partnerViewOf(ctx.loaders, p, p.workerId) : null;
    return reasonFor(p, view, row.actor, row.reason ?? null);
  },
};
