import { EntitySchema } from 'typeorm';
import type { RoleKind } from '../rules/vocabulary';

export interface VolunteerRoleRow {
  id: string;
  workerId: string;
  communityId: string;
  role: RoleKind;
  since: Date;
  until: Date | null;
  /**
   * worker:community:role while the role is held, null once ended. A unique index on it lets a
   * worker hold a role at a community once at a time, also when two assignments race.
   */
  activeKey: string | null;
}

export const VolunteerRole = new EntitySchema<VolunteerRoleRow>({
  name: 'VolunteerRole',
  tableName: 'volunteer_roles',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    communityId: { name: 'community_id', type: 'varchar', length: 36 },
    role: { type: 'varchar', length: 32 },
    since: { type: 'datetime', precision: 3 },
    until: { type: 'datetime', precision: 3, nullable: true },
    activeKey: { name: 'active_key', type: 'varchar', length: 120, nullable: true },
  },
});
