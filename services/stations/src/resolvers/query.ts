import { decodeCursor, endOfMinute, pageSize, readAuditLog, toConnection, toWgs84 } from '@nef/kit';
import type { QueryResolvers } from '../generated/resolvers';
import { listDistricts } from '../queries/districts';
import { listStations } from '../queries/list-stations';
import { stationsNear } from '../queries/stations-near';

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
    const found = await stationsNear(ctx.db, center, args.radiusMeters ?? 1500, args.filter, first, ctx.now);
    return found.map(({ station, distance }) => {
      ctx.loaders.station.prime(station.id, station);
      return { station, distanceMeters: Math.round(distance) };
    });
  },

  district: (_, args, ctx) => ctx.loaders.district.load(args.code),

  districts: (_, args, ctx) => listDistricts(ctx.db, args.city, pageSize(args.first, 100)),
};
