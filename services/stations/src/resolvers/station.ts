import { badUserInput, convert, decodeCursor, pageSize, requireManager, toConnection } from '@nef/kit';
import type { MerchantOfferRow } from '../entities';
import type { StationResolvers } from '../generated/resolvers';
import { OFFER_STATUSES, PUBLIC_OFFER_STATUSES, offerCursorKey, parseOfferCursorKey, type OfferStatus } from '../rules/merchant-offer';
import { isStationOpen } from '../rules/opening-hours';
import { visitCountDays } from '../rules/visit-days';
import type { Ctx } from './context';

/**
 * A list of offers holds until one of them ends or starts, or until the station's next offer
 * starts: the gateway may keep the answer until the first of those.
 */
async function keepOffersUntilTheyChange(ctx: Ctx, stationId: string, offers: MerchantOfferRow[]) {
  const now = ctx.now.getTime();
  for (const o of offers) {
    if (o.startsAt.getTime() > now) ctx.cache.validUntil(o.startsAt);
    if (o.validUntil && o.validUntil.getTime() > now) ctx.cache.validUntil(o.validUntil);
  }
  const [next] = await ctx.loaders.nextOfferStart.load(stationId);
  if (next) ctx.cache.validUntil(next.startsAt);
}

function offerStatuses(statuses: readonly OfferStatus[] | null | undefined): OfferStatus[] {
  if (statuses == null) return ['CURRENT'];
  if (statuses.length === 0) throw badUserInput('statuses must name at least one OfferStatus (leave it out for CURRENT)', { field: 'statuses' });
  const unique = [...new Set(statuses)];
  // The enum already refuses other values; sorted so that equal lists share one loader.
  return OFFER_STATUSES.filter((s) => unique.includes(s));
}

export const Station: StationResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.station.load(ref.id),
  // Every station's district is in the catalogue: createStation and the import check it, the generator adds it.
  district: async (s, _, ctx) => (await ctx.loaders.district.load(s.districtCode))!,
  location: (s, args) => convert({ lat: s.lat, lng: s.lng }, 'WGS84', args.crs),
  amenities: async (s, _, ctx) => (await ctx.loaders.amenities.load(s.id)).map((a) => a.amenity),
  isOpen: (s, args, ctx) => isStationOpen(s, args.at ?? ctx.now),
  async offers(s, args, ctx) {
    const offers = await ctx.loaders.offers(pageSize(args.first, 100)).load(s.id);
    await keepOffersUntilTheyChange(ctx, s.id, offers);
    return offers;
  },
  async offersConnection(s, args, ctx) {
    const first = pageSize(args.first);
    const statuses = offerStatuses(args.statuses);
    if (statuses.some((st) => !PUBLIC_OFFER_STATUSES.includes(st))) {
      requireManager(ctx.principal, 'stations', s.districtCode);
      // A manager's view of ended and withdrawn offers is not for the shared cache.
      ctx.cache.noStore();
    }
    const key = decodeCursor(args.after);
    const after = key === undefined ? null : parseOfferCursorKey(key);
    if (key !== undefined && !after) throw badUserInput('after is not a cursor of this list', { field: 'after' });
    const rows = await ctx.loaders.offerPage({ first, after, statuses }).load(s.id);
    await keepOffersUntilTheyChange(ctx, s.id, rows.slice(0, first));
    const { edges, pageInfo } = toConnection(rows, first, offerCursorKey, 0);
    return { edges, pageInfo };
  },
  // Counts say nothing about who visited, so anyone may read them (dashboards, riders' apps).
  visitCount: (s, args, ctx) => ctx.loaders.visitCount(visitCountDays(args.from, args.to)).load(s.id),
};
