import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../src/service';
import {
  admin,
  anonymous,
  chaoyangTrainingOperator,
  cityDashboard,
  CREATE_COURSE,
  courseInput,
  createCourse,
  hoursFromNow,
  newId,
  partnerFor,
  SCHEDULE_SESSION,
  trainingOperator,
  unionOperator,
  worker,
} from './support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const courseCount = async () => dataOf(await sg.query(`{ courses(first: 0) { totalCount } }`)).courses.totalCount as number;

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
    expect(res.data).toBeNull();
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

describe('scheduleSession', () => {
  let offline: string;
  let online: string;
  let hybrid: string;
  let haidian: string;
  const station = newId();
  beforeAll(async () => {
    offline = await createCourse(sg, { mode: 'OFFLINE' });
    online = await createCourse(sg, { mode: 'ONLINE', districtCode: null });
    hybrid = await createCourse(sg, { mode: 'HYBRID' });
    haidian = await createCourse(sg, { districtCode: '110108' });
  });
  const schedule = (courseId: string, input: Record<string, unknown>, principal: Principal = trainingOperator) =>
    sg.query(SCHEDULE_SESSION, { courseId, input: { startsAt: hoursFromNow(24), endsAt: hoursFromNow(25.5), ...input } }, principal);
  const sessionCount = async (id: string) =>
    dataOf(await sg.query(`query($id: ID!) { course(id: $id) { sessions { id } } }`, { id })).course.sessions.length as number;

  it('adds a session at a station, returned with a Station reference', async () => {
    const startsAt = '2026-12-01T20:00:00+08:00';
    const res = await schedule(offline, { startsAt, endsAt: '2026-12-01T21:30:00+08:00', stationId: station });
    expect(dataOf(res).scheduleSession).toMatchObject({
      startsAt: '2026-12-01T12:00:00.000Z',
      endsAt: '2026-12-01T13:30:00.000Z',
      station: { id: station },
      onlineUrl: null,
      course: { id: offline },
    });
    expect(await sessionCount(offline)).toBe(1);
  });

  it('adds online sessions at an http(s) URL, and hybrid ones at either or both', async () => {
    expect(dataOf(await schedule(online, { onlineUrl: 'https://ketang.example.org/live/1' })).scheduleSession.station).toBeNull();
    expect(dataOf(await schedule(hybrid, { onlineUrl: 'http://ketang.example.org/live/2' })).scheduleSession.onlineUrl).toBe(
      'http://ketang.example.org/live/2',
    );
    const both = dataOf(await schedule(hybrid, { stationId: station, onlineUrl: 'https://ketang.example.org/live/3' }));
    expect(both.scheduleSession).toMatchObject({ station: { id: station }, onlineUrl: 'https://ketang.example.org/live/3' });
  });

  it.each([
    ['a session ending when it starts', 'offline', { startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T12:00:00Z', stationId: 'x' }, 'input.endsAt'],
    ['a session ending before it starts', 'offline', { startsAt: '2026-12-01T12:00:00Z', endsAt: '2026-12-01T11:00:00Z', stationId: 'x' }, 'input.endsAt'],
    ['an OFFLINE session without a station', 'offline', { onlineUrl: 'https://ketang.example.org/1' }, 'input.stationId'],
    ['an ONLINE session without a URL', 'online', {}, 'input.onlineUrl'],
    ['an ONLINE session at a station', 'online', { stationId: 'x', onlineUrl: 'https://ketang.example.org/1' }, 'input.stationId'],
    ['a URL that is not http or https', 'online', { onlineUrl: 'javascript:alert(1)' }, 'input.onlineUrl'],
    ['a HYBRID session with neither station nor URL', 'hybrid', {}, 'input.stationId'],
  ])('refuses %s with BAD_USER_INPUT, storing nothing', async (_, which, input, field) => {
    const courseId = { offline, online, hybrid }[which]!;
    const before = await sessionCount(courseId);
    const res = await schedule(courseId, input);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(await sessionCount(courseId)).toBe(before);
  });

  it('answers NOT_FOUND for a course that does not exist', async () => {
    expect(errorCodes(await schedule(newId(), { stationId: station }))).toEqual(['NOT_FOUND']);
  });

  it('is for admins and training operators of the course’s district only', async () => {
    expect(errorCodes(await schedule(offline, { stationId: station }, anonymous))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await schedule(offline, { stationId: station }, partnerFor(worker('w1'))))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await schedule(offline, { stationId: station }, unionOperator))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await schedule(haidian, { stationId: station }, chaoyangTrainingOperator))).toEqual(['FORBIDDEN']);
    expect(dataOf(await schedule(offline, { stationId: station }, chaoyangTrainingOperator)).scheduleSession.id).toBeTruthy();
    expect(dataOf(await schedule(haidian, { stationId: station }, admin)).scheduleSession.id).toBeTruthy();
  });
});
