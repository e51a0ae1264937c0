import { requireCounty, requireIntInRange, requireText } from '@nef/kit/rules';
import type { CommunityRow } from '../entities';

export const DEFAULT_PASS_VALIDITY_DAYS = 30;

export interface CommunityInput {
  name: string;
  districtCode: string;
  riderFriendly: boolean;
  passValidityDays?: number | null;
}

/** A new community's fields, checked: a name of 1 to 100 characters, passes valid 1 to 366 days (30 by default). */
export function validateCommunity(input: CommunityInput): Omit<CommunityRow, 'id' | 'createdAt'> {
  return {
    name: requireText('name', input.name, { max: 100 }),
    districtCode: requireCounty('districtCode', input.districtCode),
    riderFriendly: input.riderFriendly,
    passValidityDays: requireIntInRange('passValidityDays', input.passValidityDays ?? DEFAULT_PASS_VALIDITY_DAYS, 1, 366),
  };
}
