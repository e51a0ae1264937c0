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
  /** When the organisers revoked the certificate; null (or absent) while it stands. */
  certificateRevokedAt?: Date | null;
  /** Why it was revoked, shown by the public check. */
  certificateRevokedReason?: string | null;
  /** The course price when the worker enrolled, in fen; null for enrolments from before subsidies were applied. */
  priceCents?: number | null;
  /** Subsidy granted to this enrolment now, in fen (0 once returned); null as priceCents. */
  subsidyCents?: number | null;
  /** Where the subsidy stands (SUBSIDY_STATUSES); null as priceCents. */
  subsidyStatus?: SubsidyStatus | null;
  /** The worker's union branch when enrolling, if an ACTIVE member; null otherwise. */
  memberBranchId?: string | null;
  memberBranchDistrictCode?: string | null;
  updatedAt: Date;
}

/** Where an enrolment's subsidy stands (the contract's SubsidyStatus). */
export const SUBSIDY_STATUSES = ['NOT_OFFERED', 'NOT_MEMBER', 'UNCHECKED', 'WAITING', 'GRANTED', 'CAP_REACHED', 'RETURNED'] as const;
export type SubsidyStatus = (typeof SUBSIDY_STATUSES)[number];

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
    certificateRevokedAt: { name: 'certificate_revoked_at', type: 'datetime', precision: 3, nullable: true },
    certificateRevokedReason: { name: 'certificate_revoked_reason', type: 'varchar', length: 200, nullable: true },
    priceCents: { name: 'price_cents', type: 'int', nullable: true },
    subsidyCents: { name: 'subsidy_cents', type: 'int', nullable: true },
    subsidyStatus: { name: 'subsidy_status', type: 'varchar', length: 16, nullable: true },
    memberBranchId: { name: 'member_branch_id', type: 'varchar', length: 36, nullable: true },
    memberBranchDistrictCode: { name: 'member_branch_district_code', type: 'varchar', length: 12, nullable: true },
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
