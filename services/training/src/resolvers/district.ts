import { metricsPeriod, requireDistrictMetrics } from '@nef/kit';
import type { DistrictResolvers } from '../generated/resolvers';

export const District: DistrictResolvers = {
  trainingMetrics(d, args, ctx) {
    requireDistrictMetrics(ctx.principal, 'training', d.code);
    const period = metricsPeriod(args.from, args.to, ctx.now);
    ctx.cache.keepOnlyClosedPeriod(args.to, ctx.now.getTime());
    return ctx.loaders.trainingMetrics(period).load(d.code);
  },
};
