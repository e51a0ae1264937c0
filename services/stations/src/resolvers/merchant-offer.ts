import type { MerchantOfferResolvers } from '../generated/resolvers';
import { offerStatus } from '../rules/merchant-offer';

export const MerchantOffer: MerchantOfferResolvers = {
  status: (o, _, ctx) => offerStatus(o, ctx.now),
  // An offer's station is always there: the foreign key deletes offers with their station.
  station: async (o, _, ctx) => (await ctx.loaders.station.load(o.stationId))!,
};
