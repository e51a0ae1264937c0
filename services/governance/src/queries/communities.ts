import type { Database } from '@nef/kit';
import { Community, type CommunityRow } from '../entities';

/** Query.communities: oldest first, in one district or everywhere, at most `first`. */
export async function listCommunities(db: Database, district: string | null, first: number): Promise<CommunityRow[]> {
  if (first === 0) return [];
  return db.manager.find(Community, { where: district !== null ? { districtCode: district } : {}, order: { id: 'ASC' }, take: first });
}
