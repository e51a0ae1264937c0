import { metricsPeriod, requireDistrictCode, requireDistrictMetrics } from '@nef/kit';
import type { DistrictResolvers } from '../generated/resolvers';

export const District: DistrictResolvers = {
  unionMetrics(d, args, ctx) {
    requireDistrictCode('code', d.code);
    requireDistrictMetrics(ctx.principal, 'union', d.code);
    const period = metricsPeriod(args.from, args.to, ctx.now);
    ctx.cache.keepOnlyClosedPeriod(args.to, ctx.now.getTime());
    return ctx.loaders.unionMetrics(period).load(d.code);
  },
};
