import { pageSize, type SubgraphContext } from '@nef/kit';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

/** Stations are the stations subgraph's; this one adds the rewards redeemable at each. */
export const Station = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  rewards: (s: { id: string }, args: { first?: number | null }, ctx: Ctx) => ctx.loaders.rewardsByStation(pageSize(args.first, 100)).load(s.id),
};
