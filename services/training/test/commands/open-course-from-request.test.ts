import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Course, CourseRequest, Enrollment } from '../../src/entities';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  askForCourse,
  CANCEL,
  chaoyangTrainingOperator,
  courseInput,
  DROP,
  newId,
  partnerFor,
  trainingOperator,
  unionOperator,
} from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const OPEN = `mutation($requestId: ID!, $input: CreateCourseInput!) {
  openCourseFromRequest(requestId: $requestId, input: $input) {
    enrolled waitlisted
    course { id status capacity enrolledCount waitlistCount district { code } }
    request { id requests open fulfilledBy { id } }
  }
}`;
const ROSTER = `query($id: ID!) { course(id: $id) { enrollmentsPage(first: 100) { edges { node { id status worker { id } } } } } }`;
const REQUEST = `query($district: ID) { courseRequests(district: $district, first: 100) { id requests open fulfilledBy { id } } }`;

/** `n` workers ask, one after another, for a class on `topic` in 110105; their ids in asking order and the request id. */
async function demand(topic: string, n: number): Promise<{ workers: string[]; requestId: string }> {
  const workers: string[] = [];
  let requestId = '';
  for (let i = 0; i < n; i++) {
    const w = newId();
    workers.push(w);
    requestId = dataOf(await askForCourse(sg, topic, w)).requestCourse.id;
  }
  return { workers, requestId };
}

const open = (requestId: string, over: Record<string, unknown> = {}, p = trainingOperator) =>
  sg.query(OPEN, { requestId, input: courseInput({ title: '电工证培训班', category: 'SKILLS', ...over }) }, p);
const rosterOf = async (courseId: string) =>
  dataOf(await sg.query(ROSTER, { id: courseId }, admin)).course.enrollmentsPage.edges.map((e: any) => e.node);
const requestRow = (id: string) => sg.db.manager.findOneByOrFail(CourseRequest, { id });

describe('openCourseFromRequest: demand to course in one step', () => {
  it('opens the course, fulfils the request and seats those who asked in the order they asked, the rest waitlisted', async () => {
    const { workers, requestId } = await demand('电工证', 12);
    const res = dataOf(await open(requestId, { capacity: 10, minLearners: 5 })).openCourseFromRequest;
    expect(res).toMatchObject({ enrolled: 10, waitlisted: 2 });
    expect(res.course).toMatchObject({ status: 'CONFIRMED', capacity: 10, enrolledCount: 10, waitlistCount: 2, district: { code: '110105' } });
    expect(res.request).toMatchObject({ id: requestId, requests: 12, open: false, fulfilledBy: { id: res.course.id } });
    const roster = await rosterOf(res.course.id);
    expect(roster.map((e: any) => e.worker.id)).toEqual(workers);
    expect(roster.map((e: any) => e.status)).toEqual([...Array(10).fill('ENROLLED'), 'WAITLISTED', 'WAITLISTED']);
    // The eleventh asker moves up first when a seat frees.
    await sg.query(DROP, { id: roster[0].id }, admin);
    const after = await rosterOf(res.course.id);
    expect(after.find((e: any) => e.worker.id === workers[10]).status).toBe('ENROLLED');
    expect(after.find((e: any) => e.worker.id === workers[11]).status).toBe('WAITLISTED');
    // Each asker sees the enrolment as theirs.
    const mine = await sg.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { enrollments { status course { id } } } } }`,
      { r: [{ __typename: 'Worker', id: workers[3] }] },
      partnerFor(workers[3]),
    );
    expect(dataOf(mine)._entities[0].enrollments).toEqual([{ status: 'ENROLLED', course: { id: res.course.id } }]);
  });

  it('leaves a course PLANNED when fewer asked than its minimum', async () => {
    const { requestId } = await demand('叉车操作', 3);
    const res = dataOf(await open(requestId, { capacity: 20, minLearners: 5 })).openCourseFromRequest;
    expect(res).toMatchObject({ enrolled: 3, waitlisted: 0, course: { status: 'PLANNED', enrolledCount: 3 } });
  });

  it('refuses a second opening with CONFLICT and writes nothing for it', async () => {
    const { requestId } = await demand('焊工入门', 2);
    const first = dataOf(await open(requestId, { title: '焊工入门 第一班' })).openCourseFromRequest;
    const again = await open(requestId, { title: '焊工入门 第二班' });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(await sg.db.manager.countBy(Course, { title: '焊工入门 第二班' })).toBe(0);
    expect((await requestRow(requestId)).fulfilledByCourseId).toBe(first.course.id);
  });

  it('lets only one of two organisers opening the same request at once win; the other gets CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const { workers, requestId } = await demand(`同时开班 ${round}`, 4);
      const title = `同时开班 ${round} 班`;
      const results = await Promise.all([open(requestId, { title }, trainingOperator), open(requestId, { title }, admin)]);
      const codes = results.map((r) => errorCodes(r));
      expect(codes.filter((c) => c.length === 0)).toHaveLength(1);
      expect(codes.flat()).toEqual(['CONFLICT']);
      const courses = await sg.db.manager.findBy(Course, { title });
      expect(courses).toHaveLength(1);
      expect((await requestRow(requestId)).fulfilledByCourseId).toBe(courses[0]!.id);
      const enrolments = await sg.db.manager.findBy(Enrollment, { courseId: courses[0]!.id });
      expect(enrolments.map((e) => e.workerId).sort()).toEqual([...workers].sort());
    }
  });

  it('reopens the demand when the course is cancelled: the requests count again and take new ones', async () => {
    const { workers, requestId } = await demand('育婴师', 10);
    const opened = dataOf(await open(requestId, { capacity: 5, minLearners: 1 })).openCourseFromRequest;
    const cancelled = dataOf(await sg.query(CANCEL, { id: opened.course.id }, trainingOperator)).cancelCourse;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', enrolledCount: 0, waitlistCount: 0 });
    const reopened = (await sg.query(REQUEST, { district: '110105' })).data!.courseRequests.find((r: any) => r.id === requestId);
    expect(reopened).toMatchObject({ requests: 10, open: true, fulfilledBy: null });
    // A new worker's request joins the same request again.
    const more = dataOf(await askForCourse(sg, '育婴师', newId())).requestCourse;
    expect(more).toMatchObject({ id: requestId, requests: 11, open: true });
    // And it can be opened again, the askers seated anew in the order they asked.
    const second = dataOf(await open(requestId, { capacity: 20, minLearners: 1, title: '育婴师 第二期' })).openCourseFromRequest;
    expect(second).toMatchObject({ enrolled: 11, waitlisted: 0 });
    expect((await rosterOf(second.course.id)).slice(0, 10).map((e: any) => e.worker.id)).toEqual(workers);
  });

  it('reopens beside a newer round when the topic was asked for again after the course opened', async () => {
    const { requestId } = await demand('茶艺师', 3);
    const opened = dataOf(await open(requestId, { minLearners: 1 })).openCourseFromRequest;
    const newer = dataOf(await askForCourse(sg, '茶艺师', newId())).requestCourse;
    expect(newer.id).not.toBe(requestId);
    await sg.query(CANCEL, { id: opened.course.id }, trainingOperator);
    const rows = (await sg.query(REQUEST, { district: '110105' })).data!.courseRequests;
    expect(rows.find((r: any) => r.id === requestId)).toMatchObject({ requests: 3, fulfilledBy: null });
    expect(rows.find((r: any) => r.id === newer.id)).toMatchObject({ requests: 1, fulfilledBy: null });
    // New requests keep going to the newer round.
    expect(dataOf(await askForCourse(sg, '茶艺师', newId())).requestCourse).toMatchObject({ id: newer.id, requests: 2 });
  });

  it('is for the organisers of the request’s district only', async () => {
    const { requestId } = await demand('西点烘焙', 2);
    for (const p of [anonymous, partnerFor(newId()), unionOperator]) expect(errorCodes(await open(requestId, {}, p))).toEqual(['FORBIDDEN']);
    const haidian = { ...chaoyangTrainingOperator, districts: ['110108'], keyId: 'key-training-hd' };
    expect(errorCodes(await open(requestId, { districtCode: '110108' }, haidian))).toEqual(['FORBIDDEN']);
    expect(await sg.db.manager.countBy(Course, { title: '电工证培训班', districtCode: '110108' })).toBe(0);
    expect((await requestRow(requestId)).fulfilledByCourseId).toBeNull();
  });

  it('checks every id and the course input, writing nothing when refused', async () => {
    const { requestId } = await demand('美甲', 2);
    expect(errorCodes(await open(newId()))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await open('not-an-id'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await open(requestId, { fulfillsRequestId: newId() }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await open(requestId, { districtCode: '110108', title: '别区的课' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await open(requestId, { capacity: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(await sg.db.manager.countBy(Course, { title: '别区的课' })).toBe(0);
    expect((await requestRow(requestId)).fulfilledByCourseId).toBeNull();
    // A city-wide course may answer it.
    const cityWide = dataOf(await open(requestId, { districtCode: null, fulfillsRequestId: requestId }, admin)).openCourseFromRequest;
    expect(cityWide).toMatchObject({ enrolled: 2, course: { district: null } });
  });
});
