import { badUserInput, conflict, newId, notFound, type Database, type Principal } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { Course, CourseRequest, type CourseRequestRow, type CourseRow } from '../entities';
import { checkCourseInput, refuseProblems, type CreateCourseInput } from '../rules/course-input';
import { requireCourseManager } from '../rules/course-manager';
import { lockRequest, type LockMode } from './locks';

/**
 * Marks a request fulfilled by a new course, inside the course's creating transaction. The
 * organiser must be allowed in the request's district, and the course must be held there (or
 * city-wide).
 */
export async function fulfilRequest(
  em: EntityManager,
  lockMode: LockMode,
  p: Principal,
  requestId: string,
  course: { id: string; districtCode: string | null },
  now: Date,
): Promise<CourseRequestRow> {
  const request = await lockRequest(em, lockMode, { id: requestId });
  if (!request) throw notFound(`no course request with id ${requestId}`);
  requireCourseManager(p, request.districtCode);
  if (request.fulfilledByCourseId) {
    throw conflict(`course request ${requestId} is already fulfilled by course ${request.fulfilledByCourseId}`);
  }
  if (course.districtCode !== null && course.districtCode !== request.districtCode) {
    throw badUserInput(
      `the request is for district ${request.districtCode}; a course fulfilling it is held there or city-wide ` +
        `(no districtCode), not in ${course.districtCode}`,
      { field: 'input.districtCode' },
    );
  }
  const change = { fulfilledByCourseId: course.id, fulfilledAt: now, openKey: null, updatedAt: now };
  await em.update(CourseRequest, { id: requestId }, change);
  return { ...request, ...change };
}

/**
 * Adds a course (PLANNED) for admins and training operators of its district. The input is
 * checked as a whole (BAD_USER_INPUT lists every problem), after the caller's right to organise
 * in the district it names. With `fulfillsRequestId`, the course answers that course request
 * in the same transaction.
 */
export async function createCourse(
  db: Database,
  p: Principal,
  input: CreateCourseInput & { fulfillsRequestId?: string | null },
  now: Date,
): Promise<CourseRow> {
  const { draft, problems } = checkCourseInput(input);
  requireCourseManager(p, draft.districtCode);
  refuseProblems(problems, 'input.');
  const row: CourseRow = { id: newId(), ...draft, status: 'PLANNED', createdAt: now, updatedAt: now };
  const requestId = input.fulfillsRequestId?.trim();
  await db.transaction(async (em) => {
    await em.insert(Course, row);
    if (requestId) await fulfilRequest(em, db.lockMode, p, requestId, row, now);
  });
  return row;
}
