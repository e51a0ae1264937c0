import { EntitySchema } from 'typeorm';

export interface VolunteerActivityRow {
  id: string;
  title: string;
  communityId: string | null;
  /** The community's district, or the one named when the activity has no community. */
  districtCode: string;
  startsAt: Date;
  hours: number;
  pointsPerParticipant: number;
  capacity: number;
  /** Sign-ups so far, moved in the same transaction as each sign-up under the activity's row lock. */
  participants: number;
  createdAt: Date;
}

export const VolunteerActivity = new EntitySchema<VolunteerActivityRow>({
  name: 'VolunteerActivity',
  tableName: 'volunteer_activities',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    title: { type: 'varchar', length: 200 },
    communityId: { name: 'community_id', type: 'varchar', length: 36, nullable: true },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    startsAt: { name: 'starts_at', type: 'datetime', precision: 3 },
    hours: { type: 'double' },
    pointsPerParticipant: { name: 'points_per_participant', type: 'int' },
    capacity: { type: 'int' },
    participants: { type: 'int' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});
