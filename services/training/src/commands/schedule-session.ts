import { conflict, newId, notFound, requireKnownStation, type Database, type Principal, type StationLookup } from '@nef/kit';
import { Course, CourseSession, type CourseRow, type CourseSessionRow } from '../entities';
import { checkSessionInput, refuseProblems, type SessionInput, type SessionDraft } from '../rules/course-input';
import { requireCourseManager } from '../rules/course-manager';
import { lockCourse } from './locks';

/** What a course must be, and the input, for a session to be added: the same before and inside the transaction. */
function checked(p: Principal, course: CourseRow, input: SessionInput): SessionDraft {
  requireCourseManager(p, course.districtCode);
  if (course.status === 'CANCELLED') throw conflict(`course ${course.id} is CANCELLED; no sessions can be scheduled`);
  const { draft, problems } = checkSessionInput(course.mode, input);
  refuseProblems(problems, 'input.');
  return draft;
}

/**
 * Adds a session to a course, for the course's organisers. The place must suit the course's
 * mode (BAD_USER_INPUT lists every problem); a cancelled course takes no sessions (CONFLICT).
 * A station is asked of the stations service (`stations`; null: not configured, taken
 * unchecked) before the transaction, so no lock is held across the network: an id it does not
 * know is BAD_USER_INPUT on `input.stationId`, a CLOSED station CONFLICT, and when it cannot
 * answer the call is SERVICE_UNAVAILABLE. In every refusal nothing is written.
 */
export async function scheduleSession(
  db: Database,
  p: Principal,
  courseId: string,
  input: SessionInput,
  stations: StationLookup | null,
): Promise<CourseSessionRow> {
  const before = await db.manager.findOne(Course, { where: { id: courseId } });
  if (!before) throw notFound(`no course with id ${courseId}`);
  // Who may, and whether the input is whole, is decided before anyone is asked about the station.
  const { stationId } = checked(p, before, input);
  if (stationId !== null) await requireKnownStation(stations, stationId, { field: 'input.stationId', what: 'sessions', whatZh: '课程安排' });
  return db.transaction(async (em) => {
    // Locked so that a concurrent change of the course (cancelling it) is decided before or after, not during.
    const course = await lockCourse(em, db.lockMode, courseId);
    const draft = checked(p, course, input);
    const row: CourseSessionRow = { id: newId(), courseId: course.id, ...draft };
    await em.insert(CourseSession, row);
    return row;
  });
}
