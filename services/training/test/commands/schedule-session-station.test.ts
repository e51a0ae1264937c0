import { keyPairFromSeed, newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { CourseSession } from '../../src/entities';
import { service } from '../../src/server';
import { settings } from '../../src/settings';
import { admin, anonymous, createCourse, hoursFromNow, SCHEDULE_SESSION, trainingOperator } from '../support';
import { fakeStations } from '../support/fake-stations';
import { PEER } from '../support/fake-union';

let sg: TestSubgraph;
let stations: Awaited<ReturnType<typeof fakeStations>>;
const ACTIVE = newId();
const SUSPENDED = newId();
const CLOSED = newId();

beforeAll(async () => {
  stations = await fakeStations();
  stations.stations.set(ACTIVE, { status: 'ACTIVE', districtCode: '110105' });
  stations.stations.set(SUSPENDED, { status: 'SUSPENDED', districtCode: '110105' });
  stations.stations.set(CLOSED, { status: 'CLOSED', districtCode: '110108' });
  stations.install();
  sg = await startTestSubgraph(service);
});
afterAll(async () => {
  await sg.stop();
  await stations.restore();
});

const schedule = (courseId: string, input: Record<string, unknown>, principal = trainingOperator) =>
  sg.query(SCHEDULE_SESSION, { courseId, input: { startsAt: hoursFromNow(24), endsAt: hoursFromNow(26), ...input } }, principal);
const sessionsOf = (courseId: string) => sg.db.manager.countBy(CourseSession, { courseId });

describe('scheduleSession asks stations whether the station exists', () => {
  it('schedules at an ACTIVE or SUSPENDED station, asking stations once per session', async () => {
    const course = await createCourse(sg, { mode: 'HYBRID' });
    stations.asked.length = 0;
    expect(dataOf(await schedule(course, { stationId: ACTIVE })).scheduleSession.station).toEqual({ id: ACTIVE });
    expect(dataOf(await schedule(course, { stationId: SUSPENDED })).scheduleSession.station).toEqual({ id: SUSPENDED });
    expect(stations.asked).toEqual([[ACTIVE], [SUSPENDED]]);
    // An online session names no station, and nobody is asked.
    expect(dataOf(await schedule(course, { onlineUrl: 'https://ketang.example.org/live/9' })).scheduleSession.station).toBeNull();
    expect(stations.asked).toHaveLength(2);
    expect(await sessionsOf(course)).toBe(3);
  });

  it('refuses a station stations does not know (BAD_USER_INPUT on input.stationId) and a CLOSED one (CONFLICT), writing nothing', async () => {
    const course = await createCourse(sg);
    const unknown = await schedule(course, { stationId: newId() });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.extensions).toMatchObject({ field: 'input.stationId' });
    expect(unknown.errors![0]!.message).toMatch(/names no station/);
    // A malformed id is no station either.
    expect(errorCodes(await schedule(course, { stationId: 'wangjing' }))).toEqual(['BAD_USER_INPUT']);
    const closed = await schedule(course, { stationId: CLOSED });
    expect(errorCodes(closed)).toEqual(['CONFLICT']);
    expect(closed.errors![0]!.message).toMatch(/CLOSED/);
    expect(await sessionsOf(course)).toBe(0);
  });

  it('asks nothing for a caller who may not schedule, or for an input refused anyway', async () => {
    const course = await createCourse(sg);
    stations.asked.length = 0;
    expect(errorCodes(await schedule(course, { stationId: ACTIVE }, anonymous))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await schedule(course, { stationId: ACTIVE, endsAt: hoursFromNow(1) }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await schedule(newId(), { stationId: ACTIVE }))).toEqual(['NOT_FOUND']);
    expect(stations.asked).toEqual([]);
  });

  it('is SERVICE_UNAVAILABLE naming stations when stations cannot answer or refuses the signature, writing nothing', async () => {
    const course = await createCourse(sg);
    try {
      settings.stationsPeer = { url: 'http://127.0.0.1:9', signer: PEER.signer };
      const down = await schedule(course, { stationId: ACTIVE });
      expect(errorCodes(down)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(down.errors![0]!.extensions).toMatchObject({ service: 'stations', retryable: true });
      settings.stationsPeer = { url: stations.url, signer: keyPairFromSeed('not the peer key', 'training-peer').signer };
      expect(errorCodes(await schedule(course, { stationId: ACTIVE }))).toEqual(['SERVICE_UNAVAILABLE']);
      expect(await sessionsOf(course)).toBe(0);
      // An online session needs nobody.
      const online = await createCourse(sg, { mode: 'ONLINE' });
      expect(dataOf(await schedule(online, { onlineUrl: 'https://ketang.example.org/live/10' })).scheduleSession.id).toBeTruthy();
    } finally {
      stations.install();
    }
  });

  it('takes the station unchecked where no stations peer is configured', async () => {
    const course = await createCourse(sg);
    settings.stationsPeer = null;
    try {
      const anywhere = newId();
      expect(dataOf(await schedule(course, { stationId: anywhere }, admin)).scheduleSession.station).toEqual({ id: anywhere });
    } finally {
      stations.install();
    }
  });
});
