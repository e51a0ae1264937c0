import type { MeasureStatusChangeResolvers } from '../generated/resolvers';
import { actorFor } from '../rules/history-actor';

export const MeasureStatusChange: MeasureStatusChangeResolvers = {
  actor: (row, _args, ctx) => actorFor(ctx.principal, row.actor),
};
