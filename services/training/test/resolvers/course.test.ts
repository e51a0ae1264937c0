import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  chaoyangTrainingOperator,
  cityDashboard,
  coursesWithThreeLearners,
  createCourse,
  DROP,
  enroll,
  partnerFor,
  statementsFor,
  trainingOperator,
  unionOperator,
  worker,
} from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

describe('Course.enrollments: rosters are never public', () => {
  const a = worker('a');
  const b = worker('b');
  let open: string;
  let full: string;
  beforeAll(async () => {
    open = await createCourse(sg, { title: '电动自行车安全骑行', capacity: 10 });
    full = await createCourse(sg, { title: '直播电商入门', minLearners: 1, capacity: 1 });
    await enroll(sg, full, b);
    await enroll(sg, open, a);
    await enroll(sg, full, a);
    await enroll(sg, open, b);
  });
  const ROSTER = `query($id: ID!, $status: EnrollmentStatus) { course(id: $id) { id enrollments(status: $status) { status worker { id } } } }`;
  const roster = (principal: Principal, status?: string, id = open) => sg.query(ROSTER, { id, status }, principal);

  it('shows the organisers everyone, in enrolment order', async () => {
    for (const p of [admin, trainingOperator, chaoyangTrainingOperator]) {
      const res = dataOf(await roster(p));
      expect(res.course.enrollments).toEqual([
        { status: 'ENROLLED', worker: { id: a } },
        { status: 'ENROLLED', worker: { id: b } },
      ]);
    }
    expect(dataOf(await roster(admin, 'WAITLISTED', full)).course.enrollments).toEqual([{ status: 'WAITLISTED', worker: { id: a } }]);
  });

  it('shows a partner only the worker it acts for', async () => {
    expect(dataOf(await roster(partnerFor(a))).course.enrollments).toEqual([{ status: 'ENROLLED', worker: { id: a } }]);
    expect(dataOf(await roster(partnerFor(worker('stranger')))).course.enrollments).toEqual([]);
  });

  it.each<[string, Principal]>([
    ['anonymous callers', anonymous],
    ['dashboards', cityDashboard],
    ['partners not acting for a worker', partnerFor()],
    ['operators of another domain', unionOperator],
    ['training operators of another district', { role: 'operator', domain: 'training', districts: ['110108'], keyId: 'k-hd' }],
  ])('is FORBIDDEN to %s, while the rest of the course stays public', async (_, principal) => {
    const res = await roster(principal);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(res.data ?? {})).not.toContain(a);
    const pub = await sg.query(`query($id: ID!) { course(id: $id) { enrolledCount } }`, { id: open }, principal);
    expect(dataOf(pub).course.enrolledCount).toBe(2);
  });
});

/** Every list field takes `first` (0..100), applied per parent inside one batch. */
describe('lists of a course', () => {
  let courses: string[];
  let rosters: Map<string, string[]>;
  let workers: string[];
  beforeAll(async () => {
    ({ courses, rosters, workers } = await coursesWithThreeLearners(sg));
  });
  const courseRefs = (n: number) => courses.slice(0, n).map((id) => ({ __typename: 'Course', id }));

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
      const ten = await statementsFor(sg, Q, { r: courseRefs(10) });
      const forty = await statementsFor(sg, Q, { r: courseRefs(40) });
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
      const ten = await statementsFor(sg, Q, { r: courseRefs(10) });
      const forty = await statementsFor(sg, Q, { r: courseRefs(40) });
      expect(forty.data._entities).toHaveLength(40);
      for (const c of forty.data._entities) expect(c.enrollments.map((e: any) => e.id)).toEqual(rosters.get(c.id)!.slice(0, 2));
      expect(ten.statements).toBeGreaterThan(0);
      expect(forty.statements).toBe(ten.statements);
    });
  });
});
