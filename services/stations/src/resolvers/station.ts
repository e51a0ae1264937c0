import { convert, pageSize } from '@nef/kit';
import type { StationResolvers } from '../generated/resolvers';
import { isStationOpen } from '../rules/opening-hours';
import { visitCountDays } from '../rules/visit-days';

export const Station: StationResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.station.load(ref.id),
  // Every station's district is in the catalogue: createStation and the import check it, the generator adds it.
  district: async (s, _, ctx) => (await ctx.loaders.district.load(s.districtCode))!,
  location: (s, args) => convert({ lat: s.lat, lng: s.lng }, 'WGS84', args.crs),
  amenities: async (s, _, ctx) => (await ctx.loaders.amenities.load(s.id)).map((a) => a.amenity),
  isOpen: (s, args, ctx) => isStationOpen(s, args.at ?? ctx.now),
  async offers(s, args, ctx) {
    const offers = await ctx.loaders.offers(pageSize(args.first, 100)).load(s.id);
    // An offer leaves the list when it expires: the answer holds until the first one does.
    for (const o of offers) if (o.validUntil) ctx.cache.validUntil(o.validUntil);
    return offers;
  },
  // Counts say nothing about who visited, so anyone may read them (dashboards, riders' apps).
  visitCount: (s, args, ctx) => ctx.loaders.visitCount(visitCountDays(args.from, args.to)).load(s.id),
};
