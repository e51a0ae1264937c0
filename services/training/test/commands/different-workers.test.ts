import { dataOf, errorCodes, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { CourseRequestVote, Enrollment, type EnrollmentRow } from '../../src/entities';
import { service } from '../../src/server';
import {
  askForCourse,
  COMPLETE,
  courseWithSessions,
  createCourse,
  DROP,
  ENROLL,
  newId,
  partnerFor,
  RECORD_ATTENDANCE,
  trainingOperator,
} from '../support';

/**
 * Writes for different workers at the same moment: each takes the course's (or the request's)
 * lock and its own enrolment's, so none fails and none deadlocks on MySQL, where they run
 * concurrently. SQLite runs them one at a time and must answer the same.
 */

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const COUNT = 40;
const workers = () => Array.from({ length: COUNT }, () => newId());
/** The error codes among the answers: none when every one succeeded. */
const failures = (results: GraphQLResponse[]) => results.flatMap(errorCodes);
const seats = async (courseId: string, status: EnrollmentRow['status']) => sg.db.manager.count(Enrollment, { where: { courseId, status } });

describe(`${COUNT} different workers at once`, () => {
  let deadlocks = 0;
  beforeEach(() => {
    deadlocks = sg.db.deadlocks;
  });
  afterEach(() => {
    expect(sg.db.deadlocks - deadlocks).toBe(0);
  });

  it('enrol in one course, half of them onto the waitlist, then drop out while the waitlist moves up', async () => {
    const courseId = await createCourse(sg, { minLearners: 1, capacity: COUNT / 2 });
    const ws = workers();
    const enrolled = await Promise.all(ws.map((workerId) => sg.query(ENROLL, { courseId, workerId }, trainingOperator)));
    expect(failures(enrolled)).toEqual([]);
    expect([await seats(courseId, 'ENROLLED'), await seats(courseId, 'WAITLISTED')]).toEqual([COUNT / 2, COUNT / 2]);
    // A quarter drop out, seated or not: as many waiting move up as seats were freed.
    const ids = enrolled.map((r) => dataOf(r).enroll.id as string);
    const leaving = ids.filter((_, i) => i % 4 === 0);
    expect(failures(await Promise.all(leaving.map((id) => sg.query(DROP, { id }, trainingOperator))))).toEqual([]);
    expect(await seats(courseId, 'DROPPED')).toBe(leaving.length);
    expect(await seats(courseId, 'ENROLLED')).toBe(COUNT / 2);
  });

  it('enrol in a course each', async () => {
    const courses = await Promise.all(workers().map(() => createCourse(sg, { minLearners: 1, capacity: 1 })));
    const ws = workers();
    expect(failures(await Promise.all(ws.map((workerId, i) => sg.query(ENROLL, { courseId: courses[i], workerId }, trainingOperator))))).toEqual([]);
    for (const courseId of courses) expect(await seats(courseId, 'ENROLLED')).toBe(1);
  });

  it('have their attendance recorded and their enrolments completed', async () => {
    const { courseId, sessions } = await courseWithSessions(sg, { capacity: COUNT, minLearners: 1, requiredSessions: 2, certificateName: '安全骑行合格证' });
    const enrolled = await Promise.all(workers().map((workerId) => sg.query(ENROLL, { courseId, workerId }, trainingOperator)));
    expect(failures(enrolled)).toEqual([]);
    const ids = enrolled.map((r) => dataOf(r).enroll.id as string);
    const attended = await Promise.all(ids.flatMap((enrollmentId) => sessions.map((sessionId) => sg.query(RECORD_ATTENDANCE, { enrollmentId, sessionId }, trainingOperator))));
    expect(failures(attended)).toEqual([]);
    expect(failures(await Promise.all(ids.map((id) => sg.query(COMPLETE, { id }, trainingOperator))))).toEqual([]);
    expect(await seats(courseId, 'COMPLETED')).toBe(COUNT);
  });

  it('ask for the same class, and for classes of their own', async () => {
    const ws = workers();
    const same = await Promise.all(ws.map((w) => askForCourse(sg, '电动车维修入门', w)));
    expect(failures(same)).toEqual([]);
    const request = dataOf(same[0]!).requestCourse.id as string;
    expect(await sg.db.manager.count(CourseRequestVote, { where: { requestId: request } })).toBe(COUNT);
    const own = await Promise.all(ws.map((w, i) => askForCourse(sg, `课程需求 ${i}`, w)));
    expect(failures(own)).toEqual([]);
    expect(new Set(own.map((r) => dataOf(r).requestCourse.id)).size).toBe(COUNT);
  });

  it('as partners enrol the workers they act for', async () => {
    const courseId = await createCourse(sg, { minLearners: 1, capacity: COUNT });
    const ws = workers();
    expect(failures(await Promise.all(ws.map((w) => sg.query(ENROLL, { courseId }, partnerFor(w)))))).toEqual([]);
    expect(await seats(courseId, 'ENROLLED')).toBe(COUNT);
  });
});
