import { convert, pageSize, type Crs } from '@nef/kit';
import type { StationRow } from '../entities/station';
import { isStationOpen } from '../domain/open';
import { dayRange } from '../domain/period';
import type { Context } from './context';

export const Station = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.station.load(ref.id),
  district: (s: StationRow, _: unknown, ctx: Context) => ctx.loaders.district.load(s.districtCode),
  location: (s: StationRow, args: { crs: Crs }) => convert({ lat: s.lat, lng: s.lng }, 'WGS84', args.crs),
  amenities: async (s: StationRow, _: unknown, ctx: Context) => (await ctx.loaders.amenities.load(s.id)).map((a) => a.amenity),
  isOpen: (s: StationRow, args: { at?: Date | null }) => isStationOpen(s, args.at ?? new Date()),
  async offers(s: StationRow, args: { first?: number | null }, ctx: Context) {
    const offers = await ctx.loaders.offers(pageSize(args.first, 100)).load(s.id);
    // An offer leaves the list when it expires: the answer holds until the first one does.
    for (const o of offers) if (o.validUntil) ctx.cache.validUntil(o.validUntil);
    return offers;
  },
  // Counts say nothing about who visited, so anyone may read them (dashboards, riders' apps).
  visitCount: (s: StationRow, args: { from?: Date | null; to?: Date | null }, ctx: Context) =>
    ctx.loaders.visitCount(dayRange(args.from, args.to)).load(s.id),
};
