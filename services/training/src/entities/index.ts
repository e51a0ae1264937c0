import { Attendance } from './attendance';
import { Course } from './course';
import { CourseRequest, CourseRequestVote } from './course-request';
import { CourseSession } from './course-session';
import { Enrollment } from './enrollment';
import { SubsidyAccount, SubsidyMovement } from './subsidy';

export { Attendance, type AttendanceRow } from './attendance';
export { Course, type CourseCategory, type CourseMode, type CourseRow, type CourseStatus } from './course';
export { CourseRequest, CourseRequestVote, type CourseRequestRow, type CourseRequestVoteRow } from './course-request';
export { CourseSession, type CourseSessionRow } from './course-session';
export { ENROLLMENT_STATUSES, Enrollment, type EnrollmentRow, type EnrollmentStatus, type SubsidyStatus } from './enrollment';

export { SubsidyAccount, SubsidyMovement, type SubsidyAccountRow, type SubsidyMovementRow } from './subsidy';

export const entities = [Course, CourseSession, Enrollment, Attendance, CourseRequest, CourseRequestVote, SubsidyAccount, SubsidyMovement];
