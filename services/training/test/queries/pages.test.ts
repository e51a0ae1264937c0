import fs from 'node:fs';
import path from 'node:path';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { clientSchemaOf } from '../../../../gateway/src/cli/contract';
import { analyzeOperation } from '../../../../gateway/src/limits/analyze';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  askedBy,
  cityDashboard,
  createCourse,
  DROP,
  enroll,
  hoursFromNow,
  newId,
  partnerFor,
  scheduleSession,
  statementsFor,
  trainingOperator,
} from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

/** Every page of a connection, following endCursor, as the list of node ids per page. */
async function allPages(fetch: (after: string | null) => Promise<any>): Promise<{ pages: string[][]; total: number }> {
  const pages: string[][] = [];
  let after: string | null = null;
  let total = -1;
  for (;;) {
    const conn = await fetch(after);
    pages.push(conn.edges.map((e: any) => e.node.id));
    total = conn.totalCount;
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
    if (pages.length > 50) throw new Error('too many pages');
  }
  return { pages, total };
}

const ROSTER_PAGE = `query($id: ID!, $first: Int, $after: String, $status: EnrollmentStatus) {
  course(id: $id) { enrollmentsPage(first: $first, after: $after, status: $status) {
    edges { cursor node { id status worker { id } } } pageInfo { hasNextPage endCursor } totalCount } }
}`;
const roster = async (id: string, vars: Record<string, unknown>, p: Principal = admin) =>
  dataOf(await sg.query(ROSTER_PAGE, { id, ...vars }, p)).course.enrollmentsPage;

describe('Course.enrollmentsPage: a roster past 100 learners, page by page', () => {
  let course: string;
  const enrolled: string[] = [];
  beforeAll(async () => {
    course = await createCourse(sg, { title: '大班安全课', minLearners: 1, capacity: 110 });
    for (let i = 0; i < 130; i++) enrolled.push((await enroll(sg, course, newId())).id);
  });

  it('walks every enrolment once, in enrolment order, past the 100 a list holds', async () => {
    const { pages, total } = await allPages((after) => roster(course, { first: 40, after }));
    expect(pages.map((p) => p.length)).toEqual([40, 40, 40, 10]);
    expect(pages.flat()).toEqual(enrolled);
    expect(total).toBe(130);
  });

  it('filters by status, counting only that status', async () => {
    const { pages, total } = await allPages((after) => roster(course, { first: 15, after, status: 'WAITLISTED' }));
    expect(pages.flat()).toEqual(enrolled.slice(110));
    expect(total).toBe(20);
  });

  it('keeps a cursor meaningful when the row it names moves on', async () => {
    const page = await roster(course, { first: 3 });
    // The third learner drops: the next page still starts after its place.
    await sg.query(DROP, { id: enrolled[2] }, admin);
    const next = await roster(course, { first: 3, after: page.pageInfo.endCursor });
    expect(next.edges.map((e: any) => e.node.id)).toEqual(enrolled.slice(3, 6));
  });

  it('shows a partner only its acting worker, and nobody else anything', async () => {
    const worker = (await roster(course, { first: 1 })).edges[0].node.worker.id;
    const own = await roster(course, { first: 10 }, partnerFor(worker));
    expect(own.edges.map((e: any) => e.node.worker.id)).toEqual([worker]);
    expect(own.totalCount).toBe(1);
    for (const p of [anonymous, cityDashboard]) {
      expect(errorCodes(await sg.query(ROSTER_PAGE, { id: course }, p))).toEqual(['FORBIDDEN']);
    }
  });

  it('refuses a cursor it did not make and a page over 100', async () => {
    expect(errorCodes(await sg.query(ROSTER_PAGE, { id: course, after: 'bm9wZQ' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(ROSTER_PAGE, { id: course, after: Buffer.from('c1:x').toString('base64url') }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(ROSTER_PAGE, { id: course, first: 101 }, admin))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Worker.enrollmentsPage and Course.sessionsPage', () => {
  const w = newId();
  const courses: string[] = [];
  beforeAll(async () => {
    for (let i = 0; i < 7; i++) {
      const id = await createCourse(sg, { title: `夜校 ${i}`, minLearners: 1, capacity: 5 });
      await enroll(sg, id, w);
      courses.push(id);
    }
  });
  const WORKER_PAGE = `query($r: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $r) { ... on Worker { enrollmentsPage(first: $first, after: $after) {
      edges { node { id course { id } } } pageInfo { hasNextPage endCursor } totalCount } } }
  }`;
  const workerPage = async (after: string | null, p: Principal = trainingOperator) =>
    dataOf(await sg.query(WORKER_PAGE, { r: [{ __typename: 'Worker', id: w }], first: 3, after }, p))._entities[0].enrollmentsPage;

  it('pages a worker’s enrolments in enrolment order, for the partner acting for the worker too', async () => {
    for (const p of [trainingOperator, partnerFor(w)]) {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await workerPage(after, p);
        ids.push(...page.edges.map((e: any) => e.node.course.id));
        expect(page.totalCount).toBe(7);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(ids).toEqual(courses);
    }
  });

  it('is FORBIDDEN to a partner acting for another worker and to anonymous callers', async () => {
    for (const p of [partnerFor(newId()), anonymous]) {
      expect(errorCodes(await sg.query(WORKER_PAGE, { r: [{ __typename: 'Worker', id: w }] }, p))).toEqual(['FORBIDDEN']);
    }
  });

  it('pages a course’s sessions in time order', async () => {
    const course = courses[0]!;
    const hours = [30, 10, 50, 20, 40];
    for (const h of hours) await scheduleSession(sg, course, { startsAt: hoursFromNow(h), endsAt: hoursFromNow(h + 1), stationId: newId() });
    const Q = `query($id: ID!, $after: String) { course(id: $id) { sessionsPage(first: 2, after: $after) {
      edges { node { id startsAt } } pageInfo { hasNextPage endCursor } totalCount } } }`;
    const starts: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = dataOf(await sg.query(Q, { id: course, after }, anonymous)).course.sessionsPage;
      starts.push(...page.edges.map((e: any) => e.node.startsAt));
      expect(page.totalCount).toBe(5);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(starts.map((s) => Date.parse(s))).toEqual([...starts.map((s) => Date.parse(s))].sort((a, b) => a - b));
    expect(starts).toHaveLength(5);
  });
});

describe('Station.upcomingSessionsPage', () => {
  const station = newId();
  const other = newId();
  beforeAll(async () => {
    const course = await createCourse(sg, { title: '站点课程表', minLearners: 1, capacity: 5 });
    const cancelled = await createCourse(sg, { title: '取消的课', minLearners: 1, capacity: 5 });
    for (let i = 0; i < 12; i++) {
      await scheduleSession(sg, course, { startsAt: hoursFromNow(100 - i), endsAt: hoursFromNow(101 - i), stationId: station });
      await scheduleSession(sg, course, { startsAt: hoursFromNow(100 - i), endsAt: hoursFromNow(101 - i), stationId: other });
    }
    await scheduleSession(sg, course, { startsAt: hoursFromNow(-3), endsAt: hoursFromNow(-2), stationId: station });
    await scheduleSession(sg, cancelled, { startsAt: hoursFromNow(5), endsAt: hoursFromNow(6), stationId: station });
    await sg.query(`mutation($id: ID!) { cancelCourse(id: $id) { id } }`, { id: cancelled }, admin);
  });
  const Q = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Station {
    upcomingSessionsPage(first: 5, after: $after) { edges { node { id startsAt station { id } } } pageInfo { hasNextPage endCursor } totalCount } } } }`;

  it('lists upcoming sessions of courses not cancelled, soonest first, page by page, for stations in one batch', async () => {
    const starts: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = dataOf(await sg.query(Q, { r: [{ __typename: 'Station', id: station }], after }, anonymous))._entities[0].upcomingSessionsPage;
      expect(page.totalCount).toBe(12);
      starts.push(...page.edges.map((e: any) => Date.parse(e.node.startsAt)));
      for (const e of page.edges) expect(e.node.station.id).toBe(station);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(starts).toHaveLength(12);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('costs the same statements for one station or two', async () => {
    const one = await statementsFor(sg, Q, { r: [{ __typename: 'Station', id: station }] }, anonymous);
    const two = await statementsFor(sg, Q, { r: [station, other].map((id) => ({ __typename: 'Station', id })) }, anonymous);
    expect(two.data._entities.map((s: any) => s.upcomingSessionsPage.edges.length)).toEqual([5, 5]);
    expect(two.statements).toBe(one.statements);
  });
});

describe('courseRequestsPage', () => {
  it('pages requests most asked first, then oldest, with the same filters as courseRequests', async () => {
    const district = '110108';
    const made = [];
    for (const [topic, n] of [
      ['叉车证', 3],
      ['无人机操作', 5],
      ['普通话', 1],
      ['家政服务', 5],
      ['简历写作', 2],
    ] as const) {
      made.push({ topic, n, id: (await askedBy(sg, topic, n, { districtCode: district })).id as string });
    }
    const Q = `query($after: String, $district: ID) { courseRequestsPage(district: $district, first: 2, after: $after) {
      edges { node { id requests } } pageInfo { hasNextPage endCursor } totalCount } }`;
    const { pages, total } = await allPages(async (after) => dataOf(await sg.query(Q, { after, district }, anonymous)).courseRequestsPage);
    const expected = [...made].sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1)).map((r) => r.id);
    expect(pages.flat()).toEqual(expected);
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(total).toBe(5);
  });
});

describe('what the natural queries cost at the gateway (limit 5,000)', () => {
  const supergraph = clientSchemaOf(fs.readFileSync(path.join(__dirname, '../../../../gateway/supergraph.graphql'), 'utf8'));
  const cost = (query: string) => {
    const document = parse(query);
    return analyzeOperation(supergraph, document, document.definitions[0] as OperationDefinitionNode).cost;
  };

  it('a roster with names, the catalogue with its sessions, a worker’s enrolments and demand, with default pages', () => {
    const roster = `{ course(id: "c") { enrollmentsPage { edges { node { status worker { id name } attendedSessions course { title } } } pageInfo { endCursor } } } }`;
    expect(cost(roster)).toBe(1 + 1 + 20 + 20 + 20 + 20 + 1);
    const catalogue = `{ courses { edges { node { title district { name } sessionsPage { edges { node { startsAt station { name } } } } } } } }`;
    expect(cost(catalogue)).toBe(1 + 20 + 20 + 20 + 20 * (1 + 20 + 20 + 20));
    const worker = `{ actingWorker { name enrollmentsPage { edges { node { status course { title sessionsPage { edges { node { startsAt } } } } } } } } }`;
    expect(cost(worker)).toBeLessThanOrEqual(5000);
    const demand = `{ courseRequestsPage(open: true) { edges { node { topic requests district { name } fulfilledBy { title } } } } }`;
    expect(cost(demand)).toBeLessThanOrEqual(5000);
    for (const q of [roster, catalogue]) expect(cost(q)).toBeLessThanOrEqual(5000);
  });
});
