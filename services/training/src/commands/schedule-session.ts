import { conflict, newId, type Database, type Principal } from '@nef/kit';
import { CourseSession, type CourseSessionRow } from '../entities';
import { checkSessionInput, refuseProblems, type SessionInput } from '../rules/course-input';
import { requireCourseManager } from '../rules/course-manager';
import { lockCourse } from './locks';

/**
 * Adds a session to a course, for the course's organisers. The place must suit the course's
 * mode (BAD_USER_INPUT lists every problem); a cancelled course takes no sessions (CONFLICT).
 */
export async function scheduleSession(db: Database, p: Principal, courseId: string, input: SessionInput): Promise<CourseSessionRow> {
  return db.transaction(async (em) => {
    // Locked so that a concurrent change of the course (cancelling it) is decided before or after, not during.
    const course = await lockCourse(em, db.lockMode, courseId);
    requireCourseManager(p, course.districtCode);
    if (course.status === 'CANCELLED') throw conflict(`course ${course.id} is CANCELLED; no sessions can be scheduled`);
    const { draft, problems } = checkSessionInput(course.mode, input);
    refuseProblems(problems, 'input.');
    const row: CourseSessionRow = { id: newId(), courseId: course.id, ...draft };
    await em.insert(CourseSession, row);
    return row;
  });
}
