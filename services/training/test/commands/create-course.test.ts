import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  chaoyangTrainingOperator,
  cityDashboard,
  CREATE_COURSE,
  courseInput,
  newId,
  partnerFor,
  trainingOperator,
  unionOperator,
  worker,
  askForCourse,
  askedBy,
  courseRequestsOf,
} from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const courseCount = async () => dataOf(await sg.query(`{ courses(first: 0) { totalCount } }`)).courses.totalCount as number;

const ask = (topic: string, workerId: string, extra: Record<string, unknown> = {}) => askForCourse(sg, topic, workerId, extra);
const asked = (topic: string, n: number, extra: Record<string, unknown> = {}) => askedBy(sg, topic, n, extra);
const list = (vars: Record<string, unknown> = {}) => courseRequestsOf(sg, vars);

describe('createCourse', () => {
  it('creates a PLANNED course with no one enrolled, defaulting money to 0', async () => {
    const res = await sg.query(
      CREATE_COURSE,
      {
        input: courseInput({
          title: ' 网约配送员职业技能等级认定 ',
          category: 'VOCATIONAL_QUALIFICATION',
          mode: 'HYBRID',
          districtCode: '110108',
          minLearners: 10,
          capacity: 40,
          certificateName: '网约配送员（四级）',
          description: '理论课线上，实操在驿站。',
          requiredSessions: 3,
        }),
      },
      trainingOperator,
    );
    const course = dataOf(res).createCourse;
    expect(course).toMatchObject({
      title: '网约配送员职业技能等级认定',
      category: 'VOCATIONAL_QUALIFICATION',
      mode: 'HYBRID',
      district: { code: '110108' },
      minLearners: 10,
      capacity: 40,
      status: 'PLANNED',
      enrolledCount: 0,
      waitlistCount: 0,
      certificateName: '网约配送员（四级）',
      description: '理论课线上，实操在驿站。',
      subsidyCents: 0,
      priceCents: 0,
      sessions: [],
    });
    const again = dataOf(await sg.query(`query($id: ID!) { course(id: $id) { id title } }`, { id: course.id }));
    expect(again.course).toEqual({ id: course.id, title: '网约配送员职业技能等级认定' });
  });

  it('takes money in fen and accepts the boundaries of every rule', async () => {
    const res = await sg.query(
      CREATE_COURSE,
      {
        input: courseInput({
          title: '学'.repeat(200),
          provider: '北'.repeat(100),
          minLearners: 1,
          capacity: 10_000,
          priceCents: 480000,
          subsidyCents: 300000,
          requiredSessions: 1,
          districtCode: null,
        }),
      },
      admin,
    );
    expect(dataOf(res).createCourse).toMatchObject({ capacity: 10000, priceCents: 480000, subsidyCents: 300000, district: null });
    const equal = await sg.query(CREATE_COURSE, { input: courseInput({ minLearners: 7, capacity: 7 }) }, admin);
    expect(dataOf(equal).createCourse.capacity).toBe(7);
  });

  it.each([
    ['an empty title', { title: '  ' }, 'input.title'],
    ['a title over 200 characters', { title: '学'.repeat(201) }, 'input.title'],
    ['an empty provider', { provider: '' }, 'input.provider'],
    ['a provider over 100 characters', { provider: 'p'.repeat(101) }, 'input.provider'],
    ['minLearners below 1', { minLearners: 0, capacity: 5 }, 'input.minLearners'],
    ['capacity below minLearners', { minLearners: 10, capacity: 9 }, 'input.capacity'],
    ['capacity over 10000', { capacity: 10_001 }, 'input.capacity'],
    ['negative subsidyCents', { subsidyCents: -1 }, 'input.subsidyCents'],
    ['negative priceCents', { priceCents: -100 }, 'input.priceCents'],
    ['a 5-digit districtCode', { districtCode: '11010' }, 'input.districtCode'],
    ['a district name for districtCode', { districtCode: 'Chaoyang' }, 'input.districtCode'],
    ['requiredSessions of 0', { requiredSessions: 0 }, 'input.requiredSessions'],
  ])('refuses %s with BAD_USER_INPUT naming the field, storing nothing', async (_, overrides, field) => {
    const before = await courseCount();
    const res = await sg.query(CREATE_COURSE, { input: courseInput(overrides) }, admin);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(await courseCount()).toBe(before);
  });

  it('names every wrong field at once', async () => {
    const res = await sg.query(CREATE_COURSE, { input: courseInput({ title: '', priceCents: -1, minLearners: 0 }) }, admin);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.fields).toEqual(['input.title', 'input.minLearners', 'input.priceCents']);
  });

  it.each<[string, Principal]>([
    ['anonymous callers', anonymous],
    ['partners', partnerFor()],
    ['partners acting for a worker', partnerFor(worker('w1'))],
    ['dashboards', cityDashboard],
    ['operators of another domain', unionOperator],
  ])('is FORBIDDEN to %s', async (_, principal) => {
    const before = await courseCount();
    const res = await sg.query(CREATE_COURSE, { input: courseInput() }, principal);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data).toEqual({ createCourse: null });
    expect(await courseCount()).toBe(before);
  });

  it('limits a district training operator to its districts', async () => {
    const own = await sg.query(CREATE_COURSE, { input: courseInput({ districtCode: '110105' }) }, chaoyangTrainingOperator);
    expect(dataOf(own).createCourse.district).toEqual({ code: '110105' });
    const other = await sg.query(CREATE_COURSE, { input: courseInput({ districtCode: '110108' }) }, chaoyangTrainingOperator);
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
  });

  it('keeps city-wide courses (no district) for operators without district limits', async () => {
    const limited = await sg.query(CREATE_COURSE, { input: courseInput({ districtCode: null }) }, chaoyangTrainingOperator);
    expect(errorCodes(limited)).toEqual(['FORBIDDEN']);
    const unlimited = await sg.query(CREATE_COURSE, { input: courseInput({ districtCode: null }) }, trainingOperator);
    expect(dataOf(unlimited).createCourse.district).toBeNull();
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
