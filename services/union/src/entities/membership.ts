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
