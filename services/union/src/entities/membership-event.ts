import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

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
