import type { RedemptionResolvers } from '../generated/resolvers';
import { workerRef } from './refs';

export const Redemption: RedemptionResolvers = {
  async reward(r, _, ctx) {
    const reward = await ctx.loaders.rewardById.load(r.rewardId);
    if (!reward) throw new Error(`redemption ${r.id} names a missing reward ${r.rewardId}`);
    return reward;
  },
  worker: (r) => workerRef(r.workerId),
};
