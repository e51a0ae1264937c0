import { metricsPeriod, requireRegionMetrics, requireScopeRegion } from '@nef/kit';
import type { RegionResolvers } from '../generated/resolvers';

/** Regions are the stations subgraph's catalogue; here they are a key that figures at every level hang on. */
export const Region: RegionResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),

  governanceMetrics(r, args, ctx) {
    const region = requireScopeRegion('code', r.code);
    requireRegionMetrics(ctx.principal, 'governance', region.code);
    // Without an end the period runs up to now and follows the clock.
    ctx.cache.keepOnlyClosedPeriod(args.to);
    return ctx.loaders.regionMetrics(metricsPeriod(args.from, args.to, ctx.now)).load(region);
  },
};
