import { requireDistrictMetrics } from '@nef/kit';
import type { DistrictRow } from '../entities/district';
import { dayRange } from '../domain/period';
import type { Context } from './context';

export const District = {
  // Other subgraphs send a code only; a code not in the catalogue resolves to null.
  __resolveReference: (ref: { code: string } & Partial<DistrictRow>, ctx: Context) =>
    ref.name ? ref : ctx.loaders.district.load(ref.code),

  stationMetrics(d: { code: string }, args: { from?: Date | null; to?: Date | null }, ctx: Context) {
    requireDistrictMetrics(ctx.principal, 'stations', d.code);
    return ctx.loaders.districtMetrics(dayRange(args.from, args.to)).load(d.code);
  },
};
