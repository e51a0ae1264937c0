import { notFound, type Database } from '@nef/kit';
import { Course, Enrollment, type CourseRow, type EnrollmentRow } from '../entities';

/** An enrolment and its course, or NOT_FOUND. */
export async function enrollmentWithCourse(db: Database, enrollmentId: string): Promise<{ enrollment: EnrollmentRow; course: CourseRow }> {
  const enrollment = await db.manager.findOne(Enrollment, { where: { id: enrollmentId } });
  if (!enrollment) throw notFound(`no enrolment with id ${enrollmentId}`);
  const course = (await db.manager.findOne(Course, { where: { id: enrollment.courseId } }))!;
  return { enrollment, course };
}
