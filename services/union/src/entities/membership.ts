import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

export interface MembershipRow {
  id: string;
  workerId: string;
  memberNo: string;
  cardNo: string;
  status: string;
  branchId: string;
  channel: string;
  joinedAt: Date;
  updatedAt: Date;
}

export const MembershipEntity = new EntitySchema<MembershipRow>({
  name: 'Membership',
  tableName: 'memberships',
  columns: {
    id: idColumn('id', true),
    workerId: idColumn('worker_id'),
    memberNo: { name: 'member_no', type: 'varchar', length: 20 },
    cardNo: { name: 'card_no', type: 'varchar', length: 20 },
    status: { name: 'status', type: 'varchar', length: 16 },
    branchId: idColumn('branch_id'),
    channel: { name: 'channel', type: 'varchar', length: 24 },
    joinedAt: timeColumn('joined_at'),
    updatedAt: timeColumn('updated_at'),
  },
  indices: [
    { name: 'UQ_memberships_worker_id', columns: ['workerId'], unique: true },
    { name: 'UQ_memberships_member_no', columns: ['memberNo'], unique: true },
    { name: 'UQ_memberships_card_no', columns: ['cardNo'], unique: true },
    { name: 'IDX_memberships_branch_id', columns: ['branchId'] },
    { name: 'IDX_memberships_status_worker', columns: ['status', 'workerId'] },
    { name: 'IDX_memberships_joined_at', columns: ['joinedAt'] },
  ],
});

/** One row per status a membership has had: the history that withdrawal and lapsing append to. */
export interface MembershipEventRow {
  id: string;
  membershipId: string;
  status: string;
  at: Date;
  actor: string;
  reason: string | null;
}

export const MembershipEventEntity = new EntitySchema<MembershipEventRow>({
  name: 'MembershipEvent',
  tableName: 'membership_events',
  columns: {
    id: idColumn('id', true),
    membershipId: idColumn('membership_id'),
    status: { name: 'status', type: 'varchar', length: 16 },
    at: timeColumn('at'),
    actor: { name: 'actor', type: 'varchar', length: 120 },
    reason: { name: 'reason', type: 'varchar', length: 200, nullable: true },
  },
  indices: [{ name: 'IDX_membership_events_membership_id', columns: ['membershipId'] }],
});
