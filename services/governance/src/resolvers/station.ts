import { pageSize } from '@nef/kit';
import type { StationResolvers } from '../generated/resolvers';
import { ORDERS } from '../queries/loaders';
import { afterOf } from '../queries/pages';

/** Stations are the stations subgraph's; this one adds the rewards redeemable at each. */
export const Station: StationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  rewards: (s, args, ctx) => ctx.loaders.rewardsByStation(pageSize(args.first, 100)).load(s.id),
  rewardsConnection: (s, args, ctx) =>
    ctx.loaders.rewardsPage({ first: pageSize(args.first), after: afterOf(args.after, ORDERS.rewardsByStation) }).load(s.id),
};
