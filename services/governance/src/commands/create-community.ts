import { newId, type Database, type Principal } from '@nef/kit';
import { Community, type CommunityRow } from '../entities';
import { validateCommunity, type CommunityInput } from '../rules/community-input';
import { requireGovernance } from '../rules/governance-access';

/** createCommunity: governance operators of the district and admins. */
export async function createCommunity(db: Database, p: Principal, input: CommunityInput, now: Date): Promise<CommunityRow> {
  const fields = validateCommunity(input);
  requireGovernance(p, fields.districtCode);
  const row: CommunityRow = { id: newId(), ...fields, createdAt: now };
  await db.transaction((em) => em.insert(Community, { ...row }));
  return row;
}
