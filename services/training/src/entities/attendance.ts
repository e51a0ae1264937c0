import { EntitySchema } from 'typeorm';

/** One learner present at one session. */
export interface AttendanceRow {
  id: string;
  enrollmentId: string;
  sessionId: string;
  recordedAt: Date;
}

export const Attendance = new EntitySchema<AttendanceRow>({
  name: 'Attendance',
  tableName: 'attendances',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    enrollmentId: { name: 'enrollment_id', type: 'varchar', length: 36 },
    sessionId: { name: 'session_id', type: 'varchar', length: 36 },
    recordedAt: { name: 'recorded_at', type: 'datetime', precision: 3 },
  },
  indices: [
    { name: 'uq_attendances_enrollment_session', columns: ['enrollmentId', 'sessionId'], unique: true },
    { name: 'idx_attendances_session', columns: ['sessionId'] },
  ],
});
