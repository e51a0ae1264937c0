import type { Connection, Database } from '@nef/kit';
import { Community, type CommunityRow } from '../entities';
import { BY_ID_ASC, type After } from '../rules/keyset';
import { pageOfTable } from './pages';

/** Query.communities: oldest first, in one district or everywhere, at most `first`. */
export async function listCommunities(db: Database, district: string | null, first: number): Promise<CommunityRow[]> {
  if (first === 0) return [];
  return db.manager.find(Community, { where: district !== null ? { districtCode: district } : {}, order: { id: 'ASC' }, take: first });
}

/** Query.communitiesConnection: oldest first, in one district or everywhere, a page after `after`. */
export function pageCommunities(db: Database, district: string | null, first: number, after: After | undefined): Promise<Connection<CommunityRow>> {
  const where = district !== null ? { sql: 'district_code = :district', params: { district } } : undefined;
  return pageOfTable(db, Community, where, BY_ID_ASC, first, after);
}
