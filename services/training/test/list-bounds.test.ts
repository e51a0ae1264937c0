import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../src/service';
import { DROP, admin, createCourse, enroll, hoursFromNow, newId, partnerFor, scheduleSession, trainingOperator } from './support';

/** Every list field takes `first` (0..100, default 100), applied per parent inside one batch. */
let sg: TestSubgraph;
const courses: string[] = [];
const workers = Array.from({ length: 40 }, () => newId());
/** enrolment ids by course, in enrolment order */
const rosters = new Map<string, string[]>();

beforeAll(async () => {
  sg = await startTestSubgraph(service);
  for (let i = 0; i < 40; i++) {
    const id = await createCourse(sg, { title: `限量课程 ${i}`, minLearners: 1, capacity: 10 });
    // Scheduled out of time order: the list comes back in time order all the same.
    for (const h of [72, 24, 48]) {
      await scheduleSession(sg, id, { startsAt: hoursFromNow(h + i), endsAt: hoursFromNow(h + i + 1), stationId: newId() });
    }
    courses.push(id);
    rosters.set(id, []);
  }
  // Each worker in three courses, so each course has three learners and each worker three enrolments.
  for (const [i, w] of workers.entries()) {
    for (let k = 0; k < 3; k++) {
      const course = courses[(i + k) % 40]!;
      rosters.get(course)!.push((await enroll(sg, course, w)).id);
    }
  }
});
afterAll(() => sg.stop());

async function statementsFor(query: string, variables: Record<string, unknown>) {
  const before = sg.db.statements;
  const data = dataOf(await sg.query(query, variables, admin)) as any;
  return { statements: sg.db.statements - before, data };
}
const courseRefs = (n: number) => courses.slice(0, n).map((id) => ({ __typename: 'Course', id }));
const workerRefs = (n: number) => workers.slice(0, n).map((id) => ({ __typename: 'Worker', id, isUnionMember: false }));

describe('Course.sessions(first)', () => {
  const SESSIONS = `query($id: ID!, $first: Int) { course(id: $id) { status requiredSessions sessions(first: $first) { startsAt } } }`;
  const one = async (first?: number) =>
    dataOf(await sg.query(SESSIONS, { id: courses[0], ...(first === undefined ? {} : { first }) })).course as any;

  it('returns the first sessions in time order; requiredSessions still counts them all', async () => {
    const all = (await one()).sessions.map((s: any) => s.startsAt);
    expect(all).toHaveLength(3);
    expect(all).toEqual([...all].sort());
    const two = await one(2);
    expect(two.sessions.map((s: any) => s.startsAt)).toEqual(all.slice(0, 2));
    expect(two.requiredSessions).toBe(3);
    expect((await one(0)).sessions).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(SESSIONS, { id: courses[0], first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(SESSIONS, { id: courses[0], first: -1 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('applies first per course and costs the same SQL statements for 10 or 40 courses', async () => {
    const Q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Course { id status sessions(first: 1) { id course { id } } } } }`;
    const ten = await statementsFor(Q, { r: courseRefs(10) });
    const forty = await statementsFor(Q, { r: courseRefs(40) });
    expect(forty.data._entities).toHaveLength(40);
    for (const c of forty.data._entities) expect(c.sessions).toHaveLength(1);
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });
});

describe('Course.enrollments(first)', () => {
  const ROSTER = `query($id: ID!, $first: Int, $status: EnrollmentStatus) { course(id: $id) { enrollments(first: $first, status: $status) { id status } } }`;
  const roster = async (id: string, vars: Record<string, unknown>, p = admin) =>
    (dataOf(await sg.query(ROSTER, { id, ...vars }, p)).course.enrollments as any[]).map((e) => e.id);

  it('returns the first enrolments in enrolment order', async () => {
    const id = courses[10]!;
    expect(await roster(id, {})).toEqual(rosters.get(id));
    expect(await roster(id, { first: 2 })).toEqual(rosters.get(id)!.slice(0, 2));
    expect(await roster(id, { first: 0 })).toEqual([]);
  });

  it('filters by status and by the partner’s worker before it counts first', async () => {
    const id = courses[11]!;
    const [dropped, second, third] = rosters.get(id)!;
    dataOf(await sg.query(DROP, { id: dropped }, trainingOperator));
    expect(await roster(id, { status: 'ENROLLED', first: 1 })).toEqual([second]);
    expect(await roster(id, { status: 'DROPPED', first: 1 })).toEqual([dropped]);
    // Worker 11 enrolled in courses 11, 12 and 13 first; course 11's roster is workers 9, 10, 11.
    expect(await roster(id, { first: 1 }, partnerFor(workers[11]))).toEqual([third]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(ROSTER, { id: courses[0], first: 101 }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(ROSTER, { id: courses[0], first: -1 }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('applies first per course and costs the same SQL statements for 10 or 40 courses', async () => {
    const Q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Course { id enrollments(first: 2) { id attendedSessions worker { id } } } } }`;
    const ten = await statementsFor(Q, { r: courseRefs(10) });
    const forty = await statementsFor(Q, { r: courseRefs(40) });
    expect(forty.data._entities).toHaveLength(40);
    for (const c of forty.data._entities) expect(c.enrollments.map((e: any) => e.id)).toEqual(rosters.get(c.id)!.slice(0, 2));
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });
});

describe('Worker.enrollments(first)', () => {
  const Q = `query($r: [_Any!]!, $first: Int, $status: EnrollmentStatus) {
    _entities(representations: $r) { ... on Worker { id enrollments(first: $first, status: $status) { id course { id } } } }
  }`;
  const courseIds = async (i: number, vars: Record<string, unknown>) =>
    (dataOf(await sg.query(Q, { r: workerRefs(40).slice(i, i + 1), ...vars }, admin))._entities[0].enrollments as any[]).map((e) => e.course.id);

  it('returns the first enrolments in enrolment order', async () => {
    const mine = [20, 21, 22].map((k) => courses[k]);
    expect(await courseIds(20, {})).toEqual(mine);
    expect(await courseIds(20, { first: 2 })).toEqual(mine.slice(0, 2));
    expect(await courseIds(20, { status: 'ENROLLED', first: 1 })).toEqual(mine.slice(0, 1));
    expect(await courseIds(20, { first: 0 })).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(Q, { r: workerRefs(1), first: 101 }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(Q, { r: workerRefs(1), first: -1 }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('applies first per worker and costs the same SQL statements for 10 or 40 workers', async () => {
    const ten = await statementsFor(Q, { r: workerRefs(10), first: 2 });
    const forty = await statementsFor(Q, { r: workerRefs(40), first: 2 });
    expect(forty.data._entities).toHaveLength(40);
    for (const w of forty.data._entities) expect(w.enrollments).toHaveLength(2);
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });
});
