import { metricsPeriod, requireRegionMetrics, requireScopeRegion } from '@nef/kit';
import type { RegionResolvers } from '../generated/resolvers';

export const Region: RegionResolvers = {
  trainingMetrics(r, args, ctx) {
    const region = requireScopeRegion('code', r.code);
    requireRegionMetrics(ctx.principal, 'training', region.code);
    const period = metricsPeriod(args.from, args.to, ctx.now);
    ctx.cache.keepOnlyClosedPeriod(args.to, ctx.now.getTime());
    return ctx.loaders.regionTrainingMetrics(period).load(region.code);
  },
};
