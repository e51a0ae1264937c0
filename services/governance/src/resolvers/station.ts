import { pageSize } from '@nef/kit';
import type { StationResolvers } from '../generated/resolvers';

/** Stations are the stations subgraph's; this one adds the rewards redeemable at each. */
export const Station: StationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  rewards: (s, args, ctx) => ctx.loaders.rewardsByStation(pageSize(args.first, 100)).load(s.id),
};
