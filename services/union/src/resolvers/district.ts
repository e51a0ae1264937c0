import type { SubgraphContext } from '@nef/kit';
import type { Loaders } from '../loaders';
import { checkMetricsArgs } from '../queries/metrics';

type Ctx = SubgraphContext<Loaders>;

export const District = {
  unionMetrics(d: { code: string }, args: { from?: Date | null; to?: Date | null }, ctx: Ctx) {
    checkMetricsArgs(ctx.principal, d.code, args.from, args.to);
    ctx.cache.keepOnlyClosedPeriod(args.to);
    return ctx.loaders.unionMetrics(args.from, args.to).load(d.code);
  },
};
