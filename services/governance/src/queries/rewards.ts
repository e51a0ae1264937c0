import type { Database } from '@nef/kit';
import { Reward, type RewardRow } from '../entities';

/** Query.rewards without a station: the active rewards everywhere, oldest first, at most `first`. */
export async function listActiveRewards(db: Database, first: number): Promise<RewardRow[]> {
  if (first === 0) return [];
  return db.manager.find(Reward, { where: { active: true }, order: { id: 'ASC' }, take: first });
}
