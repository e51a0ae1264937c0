import { NATION_CODE, decodeCursor, metricsPeriod, pageSize, requireRegionMetrics, toConnection } from '@nef/kit';
import type { RegionRow } from '../entities';
import type { RegionResolvers } from '../generated/resolvers';
import { regionPage } from '../queries/regions';
import type { Ctx } from './context';
import { requireLevelBelow } from '../rules/regions';
import { metricsDays } from '../rules/visit-days';

/** A page of regions under `parent` (direct children, or every region at `level` inside it). */
export async function regionConnection(ctx: Ctx, parent: RegionRow | null, level: RegionRow['level'] | null | undefined, first: number | null | undefined, after: string | null | undefined) {
  const size = pageSize(first);
  if (parent && level) requireLevelBelow('level', parent, level);
  const { rows, total } = await regionPage(ctx.db, { parent, level: level ?? null }, size, decodeCursor(after));
  for (const r of rows) ctx.loaders.region.prime(r.code, r);
  return toConnection(rows, size, (r) => r.code, total);
}

export const Region: RegionResolvers = {
  // Other subgraphs send a code only; a code not in the catalogue resolves to null.
  __resolveReference: (ref, ctx) => ('name' in ref ? ref : ctx.loaders.region.load(ref.code)),

  parent: (r, _, ctx) => (r.level === 'PROVINCE' ? ctx.loaders.region.load(NATION_CODE) : r.parentCode ? ctx.loaders.region.load(r.parentCode) : null),

  children: (r, args, ctx) => regionConnection(ctx, r, args.level, args.first, args.after),

  district: (r, _, ctx) => (r.level === 'COUNTY' || r.level === 'CITY' ? ctx.loaders.district.load(r.code) : null),

  stationMetrics(r, args, ctx) {
    requireRegionMetrics(ctx.principal, 'stations', r.code);
    return ctx.loaders.regionMetrics(metricsDays(metricsPeriod(args.from, args.to, ctx.now))).load(r.code);
  },
};
