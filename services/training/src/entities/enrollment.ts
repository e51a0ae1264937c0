import { EntitySchema } from 'typeorm';

/** Where an enrolment stands (the contract's EnrollmentStatus), stored by name. */
export const ENROLLMENT_STATUSES = ['WAITLISTED', 'ENROLLED', 'COMPLETED', 'DROPPED'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export interface EnrollmentRow {
  id: string;
  courseId: string;
  /** A worker of the union registry, referenced by id only (federation entity). */
  workerId: string;
  status: EnrollmentStatus;
  enrolledAt: Date;
  completedAt: Date | null;
  certificateNo: string | null;
  /**
   * When the worker last took a seat (enrolled, or moved up from the waitlist); null while
   * waitlisted or dropped. The subsidy year of the enrolment.
   */
  seatedAt: Date | null;
  /** The holder's name as a certificate check shows it (masked); the full name is never stored. */
  holderNameMasked: string | null;
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
    seatedAt: { name: 'seated_at', type: 'datetime', precision: 3, nullable: true },
    holderNameMasked: { name: 'holder_name_masked', type: 'varchar', length: 64, nullable: true },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
  indices: [
    { name: 'uq_enrollments_course_worker', columns: ['courseId', 'workerId'], unique: true },
    { name: 'uq_enrollments_certificate', columns: ['certificateNo'], unique: true },
    { name: 'idx_enrollments_worker', columns: ['workerId'] },
    { name: 'idx_enrollments_completed', columns: ['completedAt'] },
    { name: 'idx_enrollments_course_seated', columns: ['courseId', 'status', 'seatedAt'] },
    { name: 'idx_enrollments_course_completed', columns: ['courseId', 'status', 'completedAt', 'certificateNo'] },
  ],
});
