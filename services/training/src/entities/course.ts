import { EntitySchema } from 'typeorm';

/** What a course teaches (the contract's CourseCategory), stored by name. */
export type CourseCategory =
  | 'VOCATIONAL_QUALIFICATION'
  | 'SKILLS'
  | 'DEGREE_EDUCATION'
  | 'CAREER_PLANNING'
  | 'DIGITAL_COMMERCE'
  | 'SAFETY'
  | 'HEALTH'
  | 'LEGAL'
  | 'OTHER';
/** How a course is taught (CourseMode). */
export type CourseMode = 'OFFLINE' | 'ONLINE' | 'HYBRID';
/** Where a course stands (CourseStatus); rows store PLANNED, CONFIRMED or CANCELLED only. */
export type CourseStatus = 'PLANNED' | 'CONFIRMED' | 'RUNNING' | 'COMPLETED' | 'CANCELLED';

export interface CourseRow {
  id: string;
  title: string;
  category: CourseCategory;
  mode: CourseMode;
  provider: string;
  description: string | null;
  /** GB/T 2260 code; null for a city-wide (usually online) course. */
  districtCode: string | null;
  /**
   * Nine-digit GB/T 2260 code of the street or township (乡镇、街道) of the district where it is
   * held; null when it names none: always for a city-wide course, and for courses from before.
   */
  streetCode?: string | null;
  minLearners: number;
  capacity: number;
  /**
   * The status as last decided by a write (PLANNED, CONFIRMED, CANCELLED). RUNNING and
   * COMPLETED follow from the sessions and the clock: see `courseStatus`.
   */
  status: CourseStatus;
  certificateName: string | null;
  subsidyCents: number;
  priceCents: number;
  requiredSessions: number | null;
  createdAt: Date;
  updatedAt: Date;
}

export const Course = new EntitySchema<CourseRow>({
  name: 'Course',
  tableName: 'courses',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    title: { type: 'varchar', length: 200 },
    category: { type: 'varchar', length: 32 },
    mode: { type: 'varchar', length: 16 },
    provider: { type: 'varchar', length: 100 },
    description: { type: 'text', nullable: true },
    districtCode: { name: 'district_code', type: 'varchar', length: 12, nullable: true },
    streetCode: { name: 'street_code', type: 'varchar', length: 12, nullable: true },
    minLearners: { name: 'min_learners', type: 'int' },
    capacity: { type: 'int' },
    status: { type: 'varchar', length: 16 },
    certificateName: { name: 'certificate_name', type: 'varchar', length: 100, nullable: true },
    subsidyCents: { name: 'subsidy_cents', type: 'int' },
    priceCents: { name: 'price_cents', type: 'int' },
    requiredSessions: { name: 'required_sessions', type: 'int', nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
  indices: [
    { name: 'idx_courses_district', columns: ['districtCode'] },
    { name: 'idx_courses_status', columns: ['status'] },
    { name: 'idx_courses_category', columns: ['category'] },
    { name: 'idx_courses_district_category', columns: ['districtCode', 'category'] },
    { name: 'idx_courses_street', columns: ['streetCode'] },
  ],
});
