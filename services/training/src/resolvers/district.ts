import { requireDistrictMetrics } from '@nef/kit';
import { checkPeriod } from '../metrics';
import type { Ctx, Resolvers } from './context';

export const District: Resolvers[string] = {
  async trainingMetrics(d: { code: string }, args: { from?: Date | null; to?: Date | null }, ctx: Ctx) {
    requireDistrictMetrics(ctx.principal, 'training', d.code);
    ctx.cache.keepOnlyClosedPeriod(args.to);
    return ctx.loaders.trainingMetrics(checkPeriod(args.from, args.to)).load(d.code);
  },
};
