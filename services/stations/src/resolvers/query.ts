import { decodeCursor, endOfMinute, pageSize, readAuditLog, toConnection, toWgs84, type Crs, type Database, type Principal } from '@nef/kit';
import { DistrictEntity } from '../entities/district';
import { listStations, stationsNear, type StationFilter } from '../domain/queries';
import type { Context } from './context';

export const Query = {
  stationsAuditLog: (_: unknown, args: Parameters<typeof readAuditLog>[2], ctx: { db: Database; principal: Principal }) =>
    readAuditLog(ctx.db, ctx.principal, args),

  station: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.station.load(args.id),

  async stations(_: unknown, args: { filter?: StationFilter; first?: number; after?: string }, ctx: Context) {
    const first = pageSize(args.first);
    if (args.filter?.openNow) ctx.cache.validUntil(endOfMinute());
    const { rows, total } = await listStations(ctx.db, args.filter, first, decodeCursor(args.after));
    for (const row of rows) ctx.loaders.station.prime(row.id, row);
    // totalCount is a function, so the count runs only when a client asks for it.
    return { ...toConnection(rows, first, (s) => s.id, 0), totalCount: total };
  },

  async stationsNear(
    _: unknown,
    args: { near: { lat: number; lng: number; crs: Crs }; radiusMeters?: number; filter?: StationFilter; first?: number },
    ctx: Context,
  ) {
    const first = pageSize(args.first);
    const center = toWgs84(args.near, 'near');
    if (args.filter?.openNow) ctx.cache.validUntil(endOfMinute());
    const found = await stationsNear(ctx.db, center, args.radiusMeters ?? 1500, args.filter, first);
    return found.map(({ station, distance }) => {
      ctx.loaders.station.prime(station.id, station);
      return { station, distanceMeters: Math.round(distance) };
    });
  },

  district: (_: unknown, args: { code: string }, ctx: Context) => ctx.loaders.district.load(args.code),

  async districts(_: unknown, args: { city?: string | null; first?: number | null }, ctx: Context) {
    const first = pageSize(args.first, 100);
    if (first === 0) return [];
    return ctx.db.manager.find(DistrictEntity, { where: args.city ? { city: args.city } : {}, order: { code: 'ASC' }, take: first });
  },
};
