import type { RewardResolvers } from '../generated/resolvers';
import { districtRef, stationRef } from './refs';

export const Reward: RewardResolvers = {
  station: (r) => (r.stationId ? stationRef(r.stationId) : null),
  district: (r) => (r.districtCode ? districtRef(r.districtCode) : null),
};
