import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { CourseRequest, CourseRequestVote } from '../../src/entities';
import { service } from '../../src/server';
import {
  anonymous,
  cityDashboard,
  newId,
  partnerFor,
  REQUEST_COURSE,
  trainingOperator,
  unionOperator,
  askForCourse,
} from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const ask = (topic: string, workerId: string, extra: Record<string, unknown> = {}) => askForCourse(sg, topic, workerId, extra);

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
