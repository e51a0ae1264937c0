/** The contract's enums, stored as their names in varchar columns. */

export const COURSE_CATEGORIES = [
  'VOCATIONAL_QUALIFICATION',
  'SKILLS',
  'DEGREE_EDUCATION',
  'CAREER_PLANNING',
  'DIGITAL_COMMERCE',
  'SAFETY',
  'HEALTH',
  'LEGAL',
  'OTHER',
] as const;
export type CourseCategory = (typeof COURSE_CATEGORIES)[number];

export const COURSE_MODES = ['OFFLINE', 'ONLINE', 'HYBRID'] as const;
export type CourseMode = (typeof COURSE_MODES)[number];

export const COURSE_STATUSES = ['PLANNED', 'CONFIRMED', 'RUNNING', 'COMPLETED', 'CANCELLED'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export const ENROLLMENT_STATUSES = ['WAITLISTED', 'ENROLLED', 'COMPLETED', 'DROPPED'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
