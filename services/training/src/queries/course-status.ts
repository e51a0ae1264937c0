import type { EntityManager } from 'typeorm';
import { CourseSession, type CourseRow, type CourseStatus } from '../entities';
import { courseStatus } from '../rules/course-status';

/** A course's status at `now`, from its stored status and its sessions' times (read in the caller's transaction). */
export async function courseStatusAt(em: EntityManager, course: CourseRow, now: Date): Promise<CourseStatus> {
  const sessions = await em.find(CourseSession, { where: { courseId: course.id }, select: { id: true, startsAt: true, endsAt: true } });
  return courseStatus(course.status, sessions, now);
}
