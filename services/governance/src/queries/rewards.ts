import type { Connection, Database } from '@nef/kit';
import { Reward, type RewardRow } from '../entities';
import { BY_ID_ASC, type After } from '../rules/keyset';
import { pageOfTable } from './pages';

/** Query.rewards without a station: the active rewards everywhere, oldest first, at most `first`. */
export async function listActiveRewards(db: Database, first: number): Promise<RewardRow[]> {
  if (first === 0) return [];
  return db.manager.find(Reward, { where: { active: true }, order: { id: 'ASC' }, take: first });
}

/** Query.rewardsConnection without a station: the active rewards everywhere, oldest first, a page after `after`. */
export function pageActiveRewards(db: Database, first: number, after: After | undefined): Promise<Connection<RewardRow>> {
  return pageOfTable(db, Reward, { sql: 'active = :active', params: { active: true } }, BY_ID_ASC, first, after);
}
