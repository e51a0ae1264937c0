import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, anonymous, CANCEL, createCourse, hoursFromNow, newId, scheduleSession } from '../support';

const UPCOMING = `query($r: [_Any!]!, $first: Int) {
  _entities(representations: $r) { ... on Station { id upcomingSessions(first: $first) { id startsAt station { id } course { id title } } } }
}`;

let sg: TestSubgraph;
const wangjing = newId();
const lize = newId();
const sessions: Record<string, string> = {};
beforeAll(async () => {
  sg = await startTestSubgraph(service);
  const ebike = await createCourse(sg, { title: '电动自行车安全骑行' });
  const aid = await createCourse(sg, { title: '骑手急救培训', category: 'HEALTH' });
  const cancelled = await createCourse(sg, { title: '已取消的课' });
  // Scheduled out of order on purpose.
  sessions.third = (await scheduleSession(sg, ebike, { startsAt: hoursFromNow(72), endsAt: hoursFromNow(73), stationId: wangjing })).id;
  sessions.first = (await scheduleSession(sg, aid, { startsAt: hoursFromNow(24), endsAt: hoursFromNow(25), stationId: wangjing })).id;
  sessions.second = (await scheduleSession(sg, ebike, { startsAt: hoursFromNow(48), endsAt: hoursFromNow(49), stationId: wangjing })).id;
  sessions.started = (await scheduleSession(sg, aid, { startsAt: hoursFromNow(-1), endsAt: hoursFromNow(1), stationId: wangjing })).id;
  sessions.past = (await scheduleSession(sg, aid, { startsAt: hoursFromNow(-30), endsAt: hoursFromNow(-29), stationId: wangjing })).id;
  sessions.cancelled = (await scheduleSession(sg, cancelled, { startsAt: hoursFromNow(30), endsAt: hoursFromNow(31), stationId: wangjing })).id;
  dataOf(await sg.query(CANCEL, { id: cancelled }, admin));
  sessions.lize = (await scheduleSession(sg, aid, { startsAt: hoursFromNow(36), endsAt: hoursFromNow(37), stationId: lize })).id;
});
afterAll(() => sg.stop());

const upcoming = async (stationIds: string[], first?: number) =>
  dataOf(await sg.query(UPCOMING, { r: stationIds.map((id) => ({ __typename: 'Station', id })), first }, anonymous))._entities as any[];

describe('Station.upcomingSessions', () => {
  it('lists the sessions still to start at a station, soonest first, skipping cancelled courses', async () => {
    const [station] = await upcoming([wangjing]);
    expect(station.upcomingSessions.map((s: any) => s.id)).toEqual([sessions.first, sessions.second, sessions.third]);
    expect(station.upcomingSessions[0]).toMatchObject({ station: { id: wangjing }, course: { title: '骑手急救培训' } });
  });

  it('keeps each station’s sessions to itself and honours first per station', async () => {
    const [a, b, none] = await upcoming([wangjing, lize, newId()], 2);
    expect(a.upcomingSessions.map((s: any) => s.id)).toEqual([sessions.first, sessions.second]);
    expect(b.upcomingSessions.map((s: any) => s.id)).toEqual([sessions.lize]);
    expect(none.upcomingSessions).toEqual([]);
    expect((await upcoming([wangjing], 0))[0].upcomingSessions).toEqual([]);
  });

  it('refuses first over 100 or below 0', async () => {
    const res = await sg.query(UPCOMING, { r: [{ __typename: 'Station', id: wangjing }], first: 101 });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });
});
