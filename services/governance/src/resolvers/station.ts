import type { SubgraphContext } from '@nef/kit';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

/** Stations are the stations subgraph's; this one adds the rewards redeemable at each. */
export const Station = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  rewards: (s: { id: string }, _: unknown, ctx: Ctx) => ctx.loaders.rewardsByStation.load(s.id),
};
