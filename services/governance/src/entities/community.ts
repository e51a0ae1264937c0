import { EntitySchema } from 'typeorm';
import type { RoleKind } from '../domain/vocabulary';

export interface CommunityRow {
  id: string;
  name: string;
  districtCode: string;
  /** Lets registered riders through the gate with a pass (骑手友好社区). */
  riderFriendly: boolean;
  passValidityDays: number;
  createdAt: Date;
}

export const Community = new EntitySchema<CommunityRow>({
  name: 'Community',
  tableName: 'communities',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    name: { type: 'varchar', length: 200 },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    riderFriendly: { name: 'rider_friendly', type: 'boolean' },
    passValidityDays: { name: 'pass_validity_days', type: 'int' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});

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

export interface GatePassRow {
  id: string;
  code: string;
  workerId: string;
  communityId: string;
  issuedAt: Date;
  expiresAt: Date;
}

export const GatePass = new EntitySchema<GatePassRow>({
  name: 'GatePass',
  tableName: 'gate_passes',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    code: { type: 'varchar', length: 32 },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    communityId: { name: 'community_id', type: 'varchar', length: 36 },
    issuedAt: { name: 'issued_at', type: 'datetime', precision: 3 },
    expiresAt: { name: 'expires_at', type: 'datetime', precision: 3 },
  },
});
