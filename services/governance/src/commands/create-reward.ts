import { newId, requireKnownStation, type Database, type Principal, type StationLookup } from '@nef/kit';
import { Reward, type RewardRow } from '../entities';
import { requireGovernance } from '../rules/governance-access';
import { validateReward, type RewardInput } from '../rules/reward-input';

/**
 * createReward: admins and governance operators, district operators only in their districts and
 * never citywide. A reward redeemed at a station names one the stations service knows (asked
 * through `stations` before the transaction; null: not configured, taken unchecked): an unknown
 * id is BAD_USER_INPUT on `stationId` (as its malformed-id check names it), a CLOSED station CONFLICT, and when stations cannot
 * answer the call is SERVICE_UNAVAILABLE. In every refusal nothing is written.
 */
export async function createReward(db: Database, p: Principal, input: RewardInput, now: Date, stations: StationLookup | null): Promise<RewardRow> {
  const fields = validateReward(input);
  requireGovernance(p, fields.districtCode);
  if (fields.stationId !== null) await requireKnownStation(stations, fields.stationId, { field: 'stationId', what: 'rewards', whatZh: '兑换奖品' });
  const row: RewardRow = { id: newId(), ...fields, active: true, createdAt: now };
  await db.transaction((em) => em.insert(Reward, { ...row }));
  return row;
}
