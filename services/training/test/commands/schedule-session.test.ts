import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  chaoyangTrainingOperator,
  createCourse,
  hoursFromNow,
  newId,
  partnerFor,
  SCHEDULE_SESSION,
  trainingOperator,
  unionOperator,
  worker,
} from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

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
