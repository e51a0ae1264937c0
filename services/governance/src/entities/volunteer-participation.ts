import { EntitySchema } from 'typeorm';

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
