import { isUniqueViolation, newId, requireManager, type Database, type Principal } from '@nef/kit';
import { VolunteerRole, type VolunteerRoleRow } from '../entities';
import { requireId } from '../rules/ids';
import { activeRoleKey } from '../rules/volunteer-role';
import type { RoleKind } from '../rules/vocabulary';
import { communityOf } from './community-of';

/**
 * assignVolunteerRole: gives a worker a role at a community. Assigning a role the worker already
 * holds there returns the role held (the same `since`), so a retried call does not start a second
 * term. Governance operators of the community's district and admins.
 */
export async function assignVolunteerRole(db: Database, p: Principal, args: { workerId: string; communityId: string; role: RoleKind }, now: Date): Promise<VolunteerRoleRow> {
  const workerId = requireId('workerId', args.workerId);
  const community = await communityOf(db.manager, args.communityId);
  requireManager(p, 'governance', community.districtCode);
  const activeKey = activeRoleKey(workerId, community.id, args.role);
  const held = () => db.manager.findOne(VolunteerRole, { where: { activeKey } });
  const current = await held();
  if (current) return current;
  const row: VolunteerRoleRow = { id: newId(), workerId, communityId: community.id, role: args.role, since: now, until: null, activeKey };
  try {
    await db.transaction((em) => em.insert(VolunteerRole, { ...row }));
    return row;
  } catch (err) {
    if (isUniqueViolation(err)) {
      const winner = await held();
      if (winner) return winner;
    }
    throw err;
  }
}
