import { conflict, lockOne, notFound, requireManager, type Database, type Principal } from '@nef/kit';
import { VolunteerRole, type VolunteerRoleRow } from '../entities';
import { requireId } from '../rules/ids';
import { communityOf } from './community-of';

/** endVolunteerRole: ends a role now; ending one already ended is CONFLICT. */
export async function endVolunteerRole(db: Database, p: Principal, roleId: string, now: Date): Promise<VolunteerRoleRow> {
  requireId('id', roleId);
  return db.transaction(async (em) => {
    const role = await lockOne(em, db, VolunteerRole, { id: roleId });
    if (!role) throw notFound(`no volunteer role with id ${roleId}`);
    const community = await communityOf(em, role.communityId);
    requireManager(p, 'governance', community.districtCode);
    if (role.until) throw conflict(`this role already ended at ${role.until.toISOString()}`);
    const patch = { until: now, activeKey: null };
    await em.update(VolunteerRole, { id: role.id }, patch);
    return { ...role, ...patch };
  });
}
