import { requireDistrictMetrics, type SubgraphContext } from '@nef/kit';
import { periodOf } from '../domain/metrics';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

/** Districts are the stations subgraph's catalogue; here they are a key that reports and metrics hang on. */
export const District = {
  __resolveReference: (ref: { code: string }) => ({ code: ref.code }),

  governanceMetrics(d: { code: string }, args: { from?: Date | null; to?: Date | null }, ctx: Ctx) {
    requireDistrictMetrics(ctx.principal, 'governance', d.code);
    // Without an end the period runs up to now and follows the clock.
    ctx.cache.keepOnlyClosedPeriod(args.to);
    return ctx.loaders.governanceMetrics(periodOf(args.from, args.to, ctx.loaders.now)).load(d.code);
  },
};
