import { notFound, type Database, type Principal } from '@nef/kit';
import { Reward, type RewardRow } from '../entities';
import { requireGovernance } from '../rules/governance-access';

/** setRewardActive: withdraws a reward or offers it again; vouchers already issued stay usable. */
export async function setRewardActive(db: Database, p: Principal, args: { id: string; active: boolean }): Promise<RewardRow> {
  return db.transaction(async (em) => {
    const reward = await em.findOne(Reward, { where: { id: args.id } });
    if (!reward) throw notFound(`no reward with id ${args.id}`);
    requireGovernance(p, reward.districtCode);
    await em.update(Reward, { id: reward.id }, { active: args.active });
    return { ...reward, active: args.active };
  });
}
