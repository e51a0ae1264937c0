import { Course } from './course';
import { CourseSession } from './course-session';
import { Enrollment } from './enrollment';

export { Course, type CourseRow } from './course';
export { CourseSession, type CourseSessionRow } from './course-session';
export { Enrollment, type EnrollmentRow } from './enrollment';

export const entities = [Course, CourseSession, Enrollment];
