import { NATION_CODE, badUserInput, decodeCursor, endOfMinute, normalizeRegionCode, pageSize, quoteField, readAuditLog, requireDistrictCode, toConnection, toWgs84 } from '@nef/kit';
import type { QueryResolvers } from '../generated/resolvers';
import { districtPage, listDistricts } from '../queries/districts';
import { listStations } from '../queries/list-stations';
import { nearIndexFor } from '../queries/near-index';
import { nearCursorKey, parseNearCursorKey, stationsNear } from '../queries/stations-near';
import type { Ctx } from './context';
import { regionConnection } from './region';

export const Query: QueryResolvers = {
  stationsAuditLog: (_, args, ctx) => readAuditLog(ctx.db, ctx.principal, args),

  station: (_, args, ctx) => ctx.loaders.station.load(args.id),

  async stations(_, args, ctx) {
    const first = pageSize(args.first);
    if (args.filter?.openNow) ctx.cache.validUntil(endOfMinute(ctx.now.getTime()));
    const { rows, total } = await listStations(ctx.db, args.filter, first, decodeCursor(args.after), ctx.now);
    for (const row of rows) ctx.loaders.station.prime(row.id, row);
    // totalCount is a function, so the count runs only when a client asks for it.
    return { ...toConnection(rows, first, (s) => s.id, 0), totalCount: total };
  },

  async stationsNear(_, args, ctx) {
    const first = pageSize(args.first);
    const center = toWgs84(args.near, 'near');
    if (args.filter?.openNow) ctx.cache.validUntil(endOfMinute(ctx.now.getTime()));
    const found = await stationsNear(ctx.db, center, args.radiusMeters ?? 1500, args.filter, first, ctx.now, undefined, await nearIndex(ctx));
    return found.map(({ station, distance }) => {
      ctx.loaders.station.prime(station.id, station);
      return { station, distanceMeters: Math.round(distance) };
    });
  },

  async stationsNearConnection(_, args, ctx) {
    const first = pageSize(args.first);
    const center = toWgs84(args.near, 'near');
    const key = decodeCursor(args.after);
    const after = key === undefined ? undefined : parseNearCursorKey(key);
    if (after === null) throw badUserInput('after is not a cursor of stationsNearConnection', { field: 'after' });
    if (args.filter?.openNow) ctx.cache.validUntil(endOfMinute(ctx.now.getTime()));
    const found = await stationsNear(ctx.db, center, args.radiusMeters ?? 1500, args.filter, first + 1, ctx.now, after, await nearIndex(ctx));
    for (const { station } of found) ctx.loaders.station.prime(station.id, station);
    const { edges, pageInfo } = toConnection(found, first, nearCursorKey, 0);
    return { edges: edges.map((e) => ({ cursor: e.cursor, node: { station: e.node.station, distanceMeters: Math.round(e.node.distance) } })), pageInfo };
  },

  // A malformed code is BAD_USER_INPUT; a county of the catalogue answers even without a row here.
  district: (_, args, ctx) => ctx.loaders.district.load(requireDistrictCode('code', args.code)),

  async districtsConnection(_, args, ctx) {
    const first = pageSize(args.first);
    const { rows, total } = await districtPage(ctx.db, args.city, first, decodeCursor(args.after));
    for (const d of rows) ctx.loaders.district.prime(d.code, d);
    return toConnection(rows, first, (d) => d.code, total);
  },

  districts: (_, args, ctx) => listDistricts(ctx.db, args.city, pageSize(args.first, 50)),

  async viewerRegions(_, __, ctx) {
    const p = ctx.principal;
    if (p.role !== 'admin' && p.role !== 'dashboard' && p.role !== 'operator') return [];
    const codes = p.districts?.length ? p.districts : [NATION_CODE];
    const regions = await Promise.all(codes.map((c) => ctx.loaders.region.load(c)));
    return regions.filter((r) => r !== null && r !== undefined);
  },

  region(_, args, ctx) {
    const code = normalizeRegionCode(args.code);
    return code ? ctx.loaders.region.load(code) : null;
  },

  async regions(_, args, ctx) {
    let parent = null;
    if (args.parent != null) {
      const code = normalizeRegionCode(args.parent);
      parent = code ? await ctx.loaders.region.load(code) : null;
      if (!parent) {
        throw badUserInput(`parent must be a region code of the catalogue, got "${args.parent}"`, { field: 'parent' }, `${quoteField('parent')}须为行政区划目录中的地区代码，收到"${args.parent}"`);
      }
    }
    return regionConnection(ctx, parent, args.level, args.first, args.after);
  },
};

/** The process's nearby index and the `stations` version this request must see in it. */
async function nearIndex(ctx: Ctx) {
  return { near: nearIndexFor(ctx.db), version: (await ctx.versions.current()).get('stations') ?? 0 };
}
