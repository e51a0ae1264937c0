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

export interface ParticipationRow {
  id: string;
  activityId: string;
  workerId: string;
  joinedAt: Date;
  /** When an organiser confirmed attendance (and the points were paid). */
  confirmedAt: Date | null;
  pointsAwarded: number | null;
}

export const Participation = new EntitySchema<ParticipationRow>({
  name: 'Participation',
  tableName: 'volunteer_participations',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    activityId: { name: 'activity_id', type: 'varchar', length: 36 },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    joinedAt: { name: 'joined_at', type: 'datetime', precision: 3 },
    confirmedAt: { name: 'confirmed_at', type: 'datetime', precision: 3, nullable: true },
    pointsAwarded: { name: 'points_awarded', type: 'int', nullable: true },
  },
});
