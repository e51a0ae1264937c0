import type { CaseStatusChangeResolvers } from '../generated/resolvers';
import { actorFor } from '../rules/history-actor';

export const CaseStatusChange: CaseStatusChangeResolvers = {
  actor: (row, _args, ctx) => actorFor(ctx.principal, row.actor),
};
