import { metricsPeriod, requireDistrictMetrics } from '@nef/kit';
import type { DistrictResolvers } from '../generated/resolvers';
import { metricsDays } from '../rules/visit-days';

export const District: DistrictResolvers = {
  // Other subgraphs send a code only; a code not in the catalogue resolves to null.
  __resolveReference: (ref, ctx) => ('name' in ref ? ref : ctx.loaders.district.load(ref.code)),

  stationMetrics(d, args, ctx) {
    requireDistrictMetrics(ctx.principal, 'stations', d.code);
    return ctx.loaders.districtMetrics(metricsDays(metricsPeriod(args.from, args.to, ctx.now))).load(d.code);
  },
};
