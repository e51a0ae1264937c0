import type { SubgraphContext } from '@nef/kit';
import type { RedemptionRow, RewardRow } from '../entities';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

export const Reward = {
  station: (r: RewardRow) => (r.stationId ? { __typename: 'Station', id: r.stationId } : null),
  district: (r: RewardRow) => (r.districtCode ? { __typename: 'District', code: r.districtCode } : null),
};

export const Redemption = {
  async reward(r: RedemptionRow, _: unknown, ctx: Ctx) {
    const reward = await ctx.loaders.rewardById.load(r.rewardId);
    if (!reward) throw new Error(`redemption ${r.id} names a missing reward ${r.rewardId}`);
    return reward;
  },
  worker: (r: RedemptionRow) => ({ __typename: 'Worker', id: r.workerId }),
};
