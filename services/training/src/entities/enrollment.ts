import { EntitySchema } from 'typeorm';
import type { EnrollmentStatus } from '../domain/types';

export interface EnrollmentRow {
  id: string;
  courseId: string;
  /** A worker of the union registry, referenced by id only (federation entity). */
  workerId: string;
  status: EnrollmentStatus;
  enrolledAt: Date;
  completedAt: Date | null;
  certificateNo: string | null;
  updatedAt: Date;
}

export const Enrollment = new EntitySchema<EnrollmentRow>({
  name: 'Enrollment',
  tableName: 'enrollments',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    courseId: { name: 'course_id', type: 'varchar', length: 36 },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    status: { type: 'varchar', length: 16 },
    enrolledAt: { name: 'enrolled_at', type: 'datetime', precision: 3 },
    completedAt: { name: 'completed_at', type: 'datetime', precision: 3, nullable: true },
    certificateNo: { name: 'certificate_no', type: 'varchar', length: 32, nullable: true },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
  indices: [
    { name: 'uq_enrollments_course_worker', columns: ['courseId', 'workerId'], unique: true },
    { name: 'uq_enrollments_certificate', columns: ['certificateNo'], unique: true },
    { name: 'idx_enrollments_worker', columns: ['workerId'] },
  ],
});
