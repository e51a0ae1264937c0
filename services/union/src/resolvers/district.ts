import type { SubgraphContext } from '@nef/kit';
import type { Loaders } from '../loaders';
import { unionMetrics } from '../queries/metrics';

type Ctx = SubgraphContext<Loaders>;

export const District = {
  unionMetrics: (d: { code: string }, args: { from?: Date | null; to?: Date | null }, ctx: Ctx) =>
    unionMetrics(ctx.db, ctx.principal, d.code, args.from, args.to),
};
