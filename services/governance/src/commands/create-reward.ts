import { newId, type Database, type Principal } from '@nef/kit';
import { Reward, type RewardRow } from '../entities';
import { requireGovernance } from '../rules/governance-access';
import { validateReward, type RewardInput } from '../rules/reward-input';

/** createReward: admins and governance operators, district operators only in their districts and never citywide. */
export async function createReward(db: Database, p: Principal, input: RewardInput, now: Date): Promise<RewardRow> {
  const fields = validateReward(input);
  requireGovernance(p, fields.districtCode);
  const row: RewardRow = { id: newId(), ...fields, active: true, createdAt: now };
  await db.transaction((em) => em.insert(Reward, { ...row }));
  return row;
}
