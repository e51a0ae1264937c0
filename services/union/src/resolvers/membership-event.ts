import type { MembershipEventResolvers } from '../generated/resolvers';
import { actorFor } from '../rules/history-actor';

export const MembershipEvent: MembershipEventResolvers = {
  actor: (row, _args, ctx) => actorFor(ctx.principal, row.actor),
};
