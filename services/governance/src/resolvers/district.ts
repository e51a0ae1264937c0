import { metricsPeriod, requireDistrictMetrics } from '@nef/kit';
import type { DistrictResolvers } from '../generated/resolvers';

/** Districts are the stations subgraph's catalogue; here they are a key that reports and metrics hang on. */
export const District: DistrictResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),

  governanceMetrics(d, args, ctx) {
    requireDistrictMetrics(ctx.principal, 'governance', d.code);
    // Without an end the period runs up to now and follows the clock.
    ctx.cache.keepOnlyClosedPeriod(args.to);
    return ctx.loaders.governanceMetrics(metricsPeriod(args.from, args.to, ctx.now)).load(d.code);
  },
};
