import { EntitySchema } from 'typeorm';

/**
 * A worker's tuition subsidy used in one subsidy year (Asia/Shanghai calendar year). The row
 * every grant and return of that worker and year locks, so two enrolments cannot both take the
 * last of the cap.
 */
export interface SubsidyAccountRow {
  workerId: string;
  year: number;
  usedCents: number;
  updatedAt: Date;
}

export const SubsidyAccount = new EntitySchema<SubsidyAccountRow>({
  name: 'SubsidyAccount',
  tableName: 'subsidy_accounts',
  columns: {
    workerId: { name: 'worker_id', type: 'varchar', length: 36, primary: true },
    year: { type: 'int', primary: true },
    usedCents: { name: 'used_cents', type: 'int' },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});

/** One grant (+) or return (-) of subsidy, for reconciliation per union branch and month. */
export interface SubsidyMovementRow {
  id: string;
  enrollmentId: string;
  workerId: string;
  courseId: string;
  /** The member's union branch when the subsidy was granted, and its district (null: city level). */
  branchId: string;
  branchDistrictCode: string | null;
  /** The subsidy year the amount counts in (that of the grant). */
  year: number;
  /** YYYY-MM in Asia/Shanghai of the movement itself. */
  month: string;
  amountCents: number;
  at: Date;
}

export const SubsidyMovement = new EntitySchema<SubsidyMovementRow>({
  name: 'SubsidyMovement',
  tableName: 'subsidy_movements',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    enrollmentId: { name: 'enrollment_id', type: 'varchar', length: 36 },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    courseId: { name: 'course_id', type: 'varchar', length: 36 },
    branchId: { name: 'branch_id', type: 'varchar', length: 36 },
    branchDistrictCode: { name: 'branch_district_code', type: 'varchar', length: 12, nullable: true },
    year: { type: 'int' },
    month: { type: 'varchar', length: 7 },
    amountCents: { name: 'amount_cents', type: 'int' },
    at: { type: 'datetime', precision: 3 },
  },
  indices: [
    { name: 'idx_subsidy_movements_month_branch', columns: ['month', 'branchId'] },
    { name: 'idx_subsidy_movements_enrollment', columns: ['enrollmentId'] },
  ],
});
