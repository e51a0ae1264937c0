import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { COURSE_FIELDS, createCourse, enroll, hoursFromNow, newId, scheduleSession, worker } from '../support';

const COURSES = `query($filter: CourseFilter, $first: Int, $after: String) {
  courses(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status } }
  }
}`;

let sg: TestSubgraph;
const ids: Record<string, string> = {};
const wangjing = newId();
const zhongguancun = newId();

beforeAll(async () => {
  sg = await startTestSubgraph(service);
  // Created one after another so that id order (creation order) is known.
  ids.upcoming = await createCourse(sg, { title: '电动自行车安全骑行', minLearners: 1, capacity: 5 });
  ids.confirmed = await createCourse(sg, { title: '骑手急救培训', category: 'HEALTH', minLearners: 1, capacity: 5 });
  ids.running = await createCourse(sg, { title: '劳动法律常识', category: 'LEGAL', districtCode: '110108' });
  ids.completed = await createCourse(sg, { title: '安全驾驶复训', districtCode: '110108' });
  ids.noSessions = await createCourse(sg, {
    title: '直播电商入门',
    category: 'DIGITAL_COMMERCE',
    mode: 'ONLINE',
    provider: 'Beijing Trade Union Learning Centre',
    districtCode: null,
  });
  ids.percent = await createCourse(sg, { title: '100%_满分 Delivery', category: 'SKILLS', districtCode: '110101' });

  await scheduleSession(sg, ids.upcoming, { startsAt: hoursFromNow(48), endsAt: hoursFromNow(49.5), stationId: wangjing });
  await scheduleSession(sg, ids.upcoming, { startsAt: hoursFromNow(24 * 8), endsAt: hoursFromNow(24 * 8 + 1.5), stationId: wangjing });
  await scheduleSession(sg, ids.confirmed, { startsAt: hoursFromNow(72), endsAt: hoursFromNow(74), stationId: zhongguancun });
  await enroll(sg, ids.confirmed, worker('a'));
  await scheduleSession(sg, ids.running, { startsAt: hoursFromNow(-1), endsAt: hoursFromNow(1), stationId: zhongguancun });
  await scheduleSession(sg, ids.running, { startsAt: hoursFromNow(24 * 7), endsAt: hoursFromNow(24 * 7 + 1), stationId: zhongguancun });
  await scheduleSession(sg, ids.completed, { startsAt: hoursFromNow(-50), endsAt: hoursFromNow(-48), stationId: wangjing });
});
afterAll(() => sg.stop());

const titles = async (filter: Record<string, unknown>) => {
  const res = dataOf(await sg.query(COURSES, { filter, first: 100 }));
  expect(res.courses.totalCount).toBe(res.courses.edges.length);
  return res.courses.edges.map((e: { node: { title: string } }) => e.node.title).sort();
};

describe('the course catalogue is public', () => {
  it('shows anyone a course with its sessions, seats, district and stations', async () => {
    const res = dataOf(await sg.query(`query($id: ID!) { course(id: $id) { ${COURSE_FIELDS} } }`, { id: ids.confirmed }));
    expect(res.course).toMatchObject({
      id: ids.confirmed,
      title: '骑手急救培训',
      category: 'HEALTH',
      mode: 'OFFLINE',
      provider: '朝阳区总工会',
      district: { code: '110105' },
      minLearners: 1,
      capacity: 5,
      status: 'CONFIRMED',
      enrolledCount: 1,
      waitlistCount: 0,
      certificateName: null,
      subsidyCents: 0,
      priceCents: 0,
    });
    expect(res.course.sessions).toHaveLength(1);
    expect(res.course.sessions[0]).toMatchObject({ station: { id: zhongguancun }, onlineUrl: null, course: { id: ids.confirmed } });
  });

  it('lists sessions in time order', async () => {
    const res = dataOf(await sg.query(`query($id: ID!) { course(id: $id) { sessions { startsAt } } }`, { id: ids.upcoming }));
    const starts = res.course.sessions.map((s: { startsAt: string }) => s.startsAt);
    expect(starts).toEqual([...starts].sort());
  });

  it('answers null for a course that does not exist', async () => {
    expect(dataOf(await sg.query(`query($id: ID!) { course(id: $id) { id } }`, { id: newId() })).course).toBeNull();
  });

  it('resolves course references for other subgraphs', async () => {
    const res = await sg.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Course { id title } } }`, {
      r: [{ __typename: 'Course', id: ids.running }, { __typename: 'Course', id: newId() }],
    });
    expect(dataOf(res)._entities).toEqual([{ id: ids.running, title: '劳动法律常识' }, null]);
  });
});

describe('catalogue pagination', () => {
  it('pages through every course once, in id order, with a stable totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: any = dataOf(await sg.query(COURSES, { first: 4, after }));
      expect(res.courses.totalCount).toBe(6);
      seen.push(...res.courses.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!res.courses.pageInfo.hasNextPage) break;
      after = res.courses.pageInfo.endCursor;
    }
    // Ids are time-ordered, so id order is creation order (to the millisecond).
    expect(seen).toEqual(Object.values(ids).sort());
  });

  it('reports a next page only when there is one', async () => {
    const exact = dataOf(await sg.query(COURSES, { first: 6 }));
    expect(exact.courses.pageInfo.hasNextPage).toBe(false);
    const short = dataOf(await sg.query(COURSES, { first: 5 }));
    expect(short.courses.pageInfo.hasNextPage).toBe(true);
    expect(short.courses.pageInfo.endCursor).toBe(short.courses.edges[4].cursor);
  });

  it('counts without listing when first is 0', async () => {
    const res = dataOf(await sg.query(COURSES, { first: 0 }));
    expect(res.courses).toMatchObject({ totalCount: 6, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it('refuses pages over 100 and cursors it did not issue', async () => {
    expect(errorCodes(await sg.query(COURSES, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(COURSES, { first: -1 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(COURSES, { after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('pages within a filter, totalCount counting the filter', async () => {
    const [a, b] = [ids.upcoming!, ids.confirmed!].sort();
    const first = dataOf(await sg.query(COURSES, { filter: { district: '110105' }, first: 1 }));
    expect(first.courses.totalCount).toBe(2);
    expect(first.courses.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([a]);
    expect(first.courses.pageInfo.hasNextPage).toBe(true);
    const rest = dataOf(await sg.query(COURSES, { filter: { district: '110105' }, first: 5, after: first.courses.pageInfo.endCursor }));
    expect(rest.courses.totalCount).toBe(2);
    expect(rest.courses.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b]);
    expect(rest.courses.pageInfo.hasNextPage).toBe(false);
  });
});

describe('catalogue filters', () => {
  it('filters by category, mode and district', async () => {
    expect(await titles({ category: 'LEGAL' })).toEqual(['劳动法律常识']);
    expect(await titles({ mode: 'ONLINE' })).toEqual(['直播电商入门']);
    expect(await titles({ district: '110108' })).toEqual(['劳动法律常识', '安全驾驶复训'].sort());
    expect(await titles({ category: 'SAFETY', district: '110108' })).toEqual(['安全驾驶复训']);
  });

  it('filters by the status the course reads as now, including RUNNING and COMPLETED', async () => {
    expect(await titles({ status: 'PLANNED' })).toEqual(['100%_满分 Delivery', '电动自行车安全骑行', '直播电商入门'].sort());
    expect(await titles({ status: 'CONFIRMED' })).toEqual(['骑手急救培训']);
    expect(await titles({ status: 'RUNNING' })).toEqual(['劳动法律常识']);
    expect(await titles({ status: 'COMPLETED' })).toEqual(['安全驾驶复训']);
    expect(await titles({ status: 'CANCELLED' })).toEqual([]);
  });

  it('agrees with each course’s status field', async () => {
    const all = dataOf(await sg.query(COURSES, { first: 100 })).courses.edges.map((e: any) => e.node);
    for (const status of ['PLANNED', 'CONFIRMED', 'RUNNING', 'COMPLETED', 'CANCELLED']) {
      const expected = all.filter((c: { status: string }) => c.status === status).map((c: { title: string }) => c.title).sort();
      expect(await titles({ status })).toEqual(expected);
    }
  });

  it('filters by station: courses with a session there', async () => {
    expect(await titles({ stationId: wangjing })).toEqual(['安全驾驶复训', '电动自行车安全骑行'].sort());
    expect(await titles({ stationId: newId() })).toEqual([]);
  });

  it('filters by courses with a session starting after an instant', async () => {
    expect(await titles({ startsAfter: hoursFromNow(0) })).toEqual(['劳动法律常识', '电动自行车安全骑行', '骑手急救培训'].sort());
    expect(await titles({ startsAfter: hoursFromNow(24 * 7.5) })).toEqual(['电动自行车安全骑行']);
  });

  it('combines station and time on the same session', async () => {
    // The e-bike course has a session at Wangjing after day 7; the completed one only before now.
    expect(await titles({ stationId: wangjing, startsAfter: hoursFromNow(24 * 7) })).toEqual(['电动自行车安全骑行']);
    expect(await titles({ stationId: zhongguancun, startsAfter: hoursFromNow(24 * 7.5) })).toEqual([]);
  });

  it('searches titles and providers without regard to case', async () => {
    expect(await titles({ search: '安全' })).toEqual(['安全驾驶复训', '电动自行车安全骑行'].sort());
    expect(await titles({ search: 'trade UNION' })).toEqual(['直播电商入门']);
    expect(await titles({ search: 'delivery' })).toEqual(['100%_满分 Delivery']);
    expect(await titles({ search: '朝阳区' })).toHaveLength(5);
  });

  it('treats % and _ in a search as text, not wildcards', async () => {
    expect(await titles({ search: '%' })).toEqual(['100%_满分 Delivery']);
    expect(await titles({ search: '0%_满' })).toEqual(['100%_满分 Delivery']);
    expect(await titles({ search: '_' })).toEqual(['100%_满分 Delivery']);
    expect(await titles({ search: '骑%训' })).toEqual([]);
  });

  it('refuses a district that is not a 6-digit code', async () => {
    const res = await sg.query(COURSES, { filter: { district: 'Chaoyang' } });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('filter.district');
  });
});
