import { requireCounty, requireIntInRange, requireText } from '@nef/kit/rules';
import type { RewardRow } from '../entities';
import { requireId } from './ids';

export interface RewardInput {
  title: string;
  costPoints: number;
  stock: number;
  stationId?: string | null;
  districtCode?: string | null;
}

/** A new reward's fields, checked: a title of 1 to 100 characters, a cost of 1 to 1,000,000 points, a stock of 0 to 1,000,000. */
export function validateReward(input: RewardInput): Omit<RewardRow, 'id' | 'active' | 'createdAt'> {
  return {
    title: requireText('title', input.title, { max: 100 }),
    costPoints: requireIntInRange('costPoints', input.costPoints, 1, 1_000_000),
    stock: requireIntInRange('stock', input.stock, 0, 1_000_000),
    stationId: input.stationId == null ? null : requireId('stationId', input.stationId),
    districtCode: input.districtCode == null ? null : requireCounty('districtCode', input.districtCode),
  };
}
