import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { CourseRequest, CourseRequestVote } from '../src/entities';
import { service } from '../src/service';
import {
  admin,
  anonymous,
  chaoyangTrainingOperator,
  cityDashboard,
  COURSE_REQUESTS,
  CREATE_COURSE,
  courseInput,
  newId,
  partnerFor,
  REQUEST_COURSE,
  trainingOperator,
  unionOperator,
} from './support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const ask = (topic: string, workerId: string, extra: Record<string, unknown> = {}) =>
  sg.query(REQUEST_COURSE, { topic, category: 'SKILLS', districtCode: '110105', ...extra }, partnerFor(workerId));
const asked = async (topic: string, n: number, extra: Record<string, unknown> = {}) => {
  let last: any;
  for (let i = 0; i < n; i++) last = dataOf(await ask(topic, newId(), extra)).requestCourse;
  return last;
};
const list = async (vars: Record<string, unknown> = {}) => dataOf(await sg.query(COURSE_REQUESTS, vars)).courseRequests as any[];

describe('requestCourse', () => {
  it('accumulates requests for the same topic, category and district, one per worker', async () => {
    const w = newId();
    const first = dataOf(await ask('电动车维修', w)).requestCourse;
    expect(first).toMatchObject({
      topic: '电动车维修',
      category: 'SKILLS',
      district: { code: '110105' },
      requests: 1,
      threshold: 10,
      open: false,
      openedAt: null,
      fulfilledBy: null,
    });
    expect(dataOf(await ask(' 电动车维修 ', w)).requestCourse).toMatchObject({ id: first.id, requests: 1 });
    expect(dataOf(await ask('电动车维修', newId())).requestCourse).toMatchObject({ id: first.id, requests: 2 });
    expect(await sg.db.manager.count(CourseRequestVote, { where: { requestId: first.id } })).toBe(2);
  });

  it('treats case and spacing as the same topic, and other categories or districts as other requests', async () => {
    const a = dataOf(await ask('Python  Basics', newId())).requestCourse;
    expect(dataOf(await ask('python basics', newId())).requestCourse).toMatchObject({ id: a.id, topic: 'Python Basics', requests: 2 });
    expect(dataOf(await ask('python basics', newId(), { category: 'DIGITAL_COMMERCE' })).requestCourse.id).not.toBe(a.id);
    expect(dataOf(await ask('python basics', newId(), { districtCode: '110108' })).requestCourse.id).not.toBe(a.id);
  });

  it('reaches the threshold exactly once with 20 workers asking at the same time', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => ask('驾驶安全复训', newId())));
    const rows = results.map((r) => dataOf(r).requestCourse);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1);
    // Each call counted under the request's lock: every count from 1 to 20 was seen once.
    expect(rows.map((r) => r.requests).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.requests === 10)).toHaveLength(1);
    expect(rows.filter((r) => r.open)).toHaveLength(11);
    const openedAt = new Set(rows.filter((r) => r.open).map((r) => r.openedAt));
    expect(openedAt.size).toBe(1);
    const stored = await sg.db.manager.findOneByOrFail(CourseRequest, { id: rows[0].id });
    expect(stored.requests).toBe(20);
    expect(stored.openedAt?.toISOString()).toBe([...openedAt][0]);
    expect(await sg.db.manager.count(CourseRequestVote, { where: { requestId: stored.id } })).toBe(20);
  });

  it('counts the same worker once when asking many times at once', async () => {
    const w = newId();
    const results = await Promise.all(Array.from({ length: 10 }, () => ask('直播带货', w)));
    for (const r of results) expect(dataOf(r).requestCourse.requests).toBe(1);
  });

  it('lets operators ask for a named worker, and nobody else ask', async () => {
    const vars = { topic: '急救', category: 'HEALTH', districtCode: '110105' };
    expect(dataOf(await sg.query(REQUEST_COURSE, { ...vars, workerId: newId() }, trainingOperator)).requestCourse.requests).toBe(1);
    expect(errorCodes(await sg.query(REQUEST_COURSE, vars, trainingOperator))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(REQUEST_COURSE, { ...vars, workerId: newId() }, partnerFor(newId())))).toEqual(['FORBIDDEN']);
    for (const p of [anonymous, cityDashboard, unionOperator]) {
      expect(errorCodes(await sg.query(REQUEST_COURSE, { ...vars, workerId: newId() }, p))).toEqual(['FORBIDDEN']);
    }
  });

  it.each([
    ['an empty topic', { topic: '   ' }, 'topic'],
    ['a topic over 100 characters', { topic: '学'.repeat(101) }, 'topic'],
    ['a district that is not a 6-digit code', { districtCode: 'Chaoyang' }, 'districtCode'],
  ])('refuses %s with BAD_USER_INPUT', async (_, extra, field) => {
    const res = await sg.query(REQUEST_COURSE, { topic: '维修', category: 'SKILLS', districtCode: '110105', ...extra }, partnerFor(newId()));
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe(field);
  });
});

describe('courseRequests: open demand, counts only', () => {
  let open: any;
  let below: any;
  beforeAll(async () => {
    open = await asked('平台规则与劳动权益', 12, { category: 'LEGAL', districtCode: '110106' });
    below = await asked('短视频剪辑', 3, { category: 'DIGITAL_COMMERCE', districtCode: '110106' });
  });

  it('lists open demand in a district, most asked first', async () => {
    const rows = await list({ district: '110106', open: true });
    expect(rows.map((r) => r.id)).toEqual([open.id]);
    expect(rows[0]).toMatchObject({ requests: 12, threshold: 10, open: true, fulfilledBy: null });
  });

  it('lists the rest with open: false and everything without it', async () => {
    expect((await list({ district: '110106', open: false })).map((r) => r.id)).toEqual([below.id]);
    expect((await list({ district: '110106' })).map((r) => r.id)).toEqual([open.id, below.id]);
    expect((await list({ first: 1 })).length).toBe(1);
  });

  it('shows counts to anyone but never who asked', async () => {
    const res = await sg.query(`{ courseRequests { id requests } }`, {}, anonymous);
    expect(dataOf(res).courseRequests.length).toBeGreaterThan(0);
    const workerField = await sg.query(`{ courseRequests { workers { id } } }`, {}, admin);
    expect(errorCodes(workerField)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('refuses a malformed district', async () => {
    expect(errorCodes(await sg.query(COURSE_REQUESTS, { district: 'x' }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('fulfilling a request with a new course', () => {
  const create = (requestId: string, overrides: Record<string, unknown> = {}, p = trainingOperator) =>
    sg.query(
      `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id title } }`,
      { input: courseInput({ fulfillsRequestId: requestId, ...overrides }) },
      p,
    );

  it('marks the request fulfilled by the course, which takes it off open demand', async () => {
    const req = await asked('电动自行车维修', 10);
    expect((await list({ district: '110105', open: true })).map((r) => r.id)).toContain(req.id);
    const course = dataOf(await create(req.id, { title: '电动自行车维修夜校', category: 'SKILLS' })).createCourse;
    const after = (await list({ district: '110105' })).find((r) => r.id === req.id);
    expect(after).toMatchObject({ open: false, fulfilledBy: { id: course.id }, requests: 10 });
    expect((await list({ district: '110105', open: true })).map((r) => r.id)).not.toContain(req.id);
  });

  it('starts a new request when workers ask again after it was fulfilled', async () => {
    const req = await asked('外卖英语', 2);
    dataOf(await create(req.id));
    const again = dataOf(await ask('外卖英语', newId())).requestCourse;
    expect(again.id).not.toBe(req.id);
    expect(again).toMatchObject({ requests: 1, fulfilledBy: null });
  });

  it('refuses a request already fulfilled, storing no second course', async () => {
    const req = await asked('叉车操作', 1);
    dataOf(await create(req.id));
    const before = dataOf(await sg.query(`{ courses(first: 0) { totalCount } }`)).courses.totalCount;
    expect(errorCodes(await create(req.id))).toEqual(['CONFLICT']);
    expect(dataOf(await sg.query(`{ courses(first: 0) { totalCount } }`)).courses.totalCount).toBe(before);
  });

  it('refuses a course in another district and an unknown request', async () => {
    const req = await asked('心理健康', 1);
    const res = await create(req.id, { districtCode: '110108' });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('input.districtCode');
    expect(errorCodes(await create(newId()))).toEqual(['NOT_FOUND']);
    // A city-wide course may answer a district's request.
    expect(dataOf(await create(req.id, { districtCode: null, mode: 'ONLINE' })).createCourse.id).toBeTruthy();
  });

  it('limits district operators to requests of their districts', async () => {
    const req = await asked('货车安全', 1, { districtCode: '110112' });
    expect(errorCodes(await create(req.id, { districtCode: '110105' }, chaoyangTrainingOperator))).toEqual(['FORBIDDEN']);
  });

  it('leaves createCourse as it was without fulfillsRequestId', async () => {
    expect(dataOf(await sg.query(CREATE_COURSE, { input: courseInput() }, admin)).createCourse.id).toBeTruthy();
  });
});
