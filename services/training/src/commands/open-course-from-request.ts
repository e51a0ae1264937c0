import { badUserInput, bulkInsert, isId, newId, type Database, type Principal } from '@nef/kit';
import { Course, CourseRequestVote, Enrollment, type CourseRequestRow, type CourseRow, type EnrollmentRow } from '../entities';
import { seatAskers } from '../rules/capacity';
import type { MembershipAnswer } from '../rules/subsidy';
import { checkCourseInput, refuseProblems, type CreateCourseInput } from '../rules/course-input';
import { requireCourseManager } from '../rules/course-manager';
import { statusAfterEnrollment } from '../rules/course-status';
import type { SubsidyContext } from './enroll';
import { fulfilRequest } from './create-course';
import { subsidyOnSeat } from './subsidy';

export interface CourseFromRequest {
  course: CourseRow;
  request: CourseRequestRow;
  enrolled: number;
  waitlisted: number;
}

/**
 * Opens a course from a course request (点单) in one transaction: the course is created as
 * `createCourse` creates it, the request is locked and marked fulfilled (CONFLICT when it
 * already is: of two organisers opening it at once, the second waits for the first's lock and
 * then finds it fulfilled, and its course is rolled back with it), and every worker who asked is
 * enrolled in the order they asked: seats up to capacity, the waitlist after, in that order.
 */
export async function openCourseFromRequest(
  db: Database,
  p: Principal,
  requestId: string,
  input: CreateCourseInput & { fulfillsRequestId?: string | null },
  now: Date,
  subsidy: SubsidyContext,
): Promise<CourseFromRequest> {
  const id = requestId.trim();
  if (!isId(id)) throw badUserInput(`requestId must be a course request id (a UUID), got "${requestId}"`, { field: 'requestId' });
  const named = input.fulfillsRequestId?.trim();
  if (named && named !== id) {
    throw badUserInput('input.fulfillsRequestId, when given, must name the request being opened', { field: 'input.fulfillsRequestId' });
  }
  const { draft, problems } = checkCourseInput(input);
  requireCourseManager(p, draft.districtCode);
  refuseProblems(problems, 'input.');
  const course: CourseRow = { id: newId(), ...draft, status: 'PLANNED', createdAt: now, updatedAt: now };

  // A subsidised course asks the union about every asker before the transaction (no lock is held
  // across the network); when it cannot answer, nothing is written. Votes arriving meanwhile are
  // read again under the lock and asked about then.
  const askers = async () => (await db.manager.find(CourseRequestVote, { where: { requestId: id }, select: { workerId: true } })).map((v) => v.workerId);
  const memberships = course.subsidyCents > 0 ? await subsidy.lookup(await askers()) : new Map<string, MembershipAnswer>();
  const notSubsidised: MembershipAnswer = { member: false, branchId: null, branchDistrictCode: null };

  return db.transaction(async (em) => {
    await em.insert(Course, course);
    const request = await fulfilRequest(em, db.lockMode, p, id, course, now);
    // The request row is locked: no vote can be added to it while the askers are read.
    const votes = await em.find(CourseRequestVote, { where: { requestId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
    const late = votes.map((v) => v.workerId).filter((w) => course.subsidyCents > 0 && !memberships.has(w));
    if (late.length) for (const [w, m] of await subsidy.lookup(late)) memberships.set(w, m);
    const { seated, waitlisted } = seatAskers(votes, course.capacity);
    // Every enrolment shares the opening instant; time-ordered ids, handed out in asking order,
    // keep the waitlist in the order the workers asked.
    const ids = votes.map(() => newId()).sort();
    const rows: EnrollmentRow[] = [];
    for (const [i, v] of votes.entries()) {
      const seat = i < seated.length;
      const money = await subsidyOnSeat(
        em,
        db.lockMode,
        { id: ids[i]!, workerId: v.workerId, courseId: course.id },
        course,
        memberships.get(v.workerId) ?? notSubsidised,
        seat ? 'ENROLLED' : 'WAITLISTED',
        subsidy.capCents,
        now,
      );
      rows.push({
        id: ids[i]!,
        courseId: course.id,
        workerId: v.workerId,
        status: seat ? 'ENROLLED' : 'WAITLISTED',
        enrolledAt: now,
        completedAt: null,
        certificateNo: null,
        seatedAt: seat ? now : null,
        holderNameMasked: null,
        ...money,
        updatedAt: now,
      });
    }
    if (rows.length) await bulkInsert(em, Enrollment, rows);
    const status = statusAfterEnrollment(course.status, seated.length, course.minLearners);
    if (status !== course.status) await em.update(Course, { id: course.id }, { status, updatedAt: now });
    return { course: { ...course, status }, request, enrolled: seated.length, waitlisted: waitlisted.length };
  });
}
