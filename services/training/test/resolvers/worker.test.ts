import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Enrollment } from '../../src/entities';
import { subsidyYear } from '../../src/rules/subsidy';
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
  enrollmentOf,
  newId,
  partnerFor,
  statementsFor,
  trainingOperator,
  unionOperator,
  worker,
  WORKER_ENROLLMENTS,
} from '../support';
import { fakeUnion } from '../support/fake-union';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

describe('Worker.enrollments is personal data', () => {
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
  const enrollmentsOf = (workerId: string, principal: Principal, status?: string) =>
    sg.query(WORKER_ENROLLMENTS, { r: [{ __typename: 'Worker', id: workerId }], status }, principal);

  it('shows a partner the enrolments of the worker it acts for', async () => {
    const res = dataOf(await enrollmentsOf(a, partnerFor(a)));
    expect(res._entities[0].id).toBe(a);
    expect(res._entities[0].enrollments.map((e: { course: { id: string } }) => e.course.id).sort()).toEqual([open, full].sort());
  });

  it('filters by enrolment status', async () => {
    const waitlisted = dataOf(await enrollmentsOf(a, partnerFor(a), 'WAITLISTED'))._entities[0].enrollments;
    expect(waitlisted).toEqual([expect.objectContaining({ status: 'WAITLISTED', course: { id: full } })]);
    const enrolled = dataOf(await enrollmentsOf(a, partnerFor(a), 'ENROLLED'))._entities[0].enrollments;
    expect(enrolled).toEqual([expect.objectContaining({ status: 'ENROLLED', course: { id: open } })]);
    expect(dataOf(await enrollmentsOf(a, partnerFor(a), 'COMPLETED'))._entities[0].enrollments).toEqual([]);
  });

  it('forbids a partner acting for worker A to read worker B’s enrolments', async () => {
    const res = await sg.query(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { enrollments { id } } } }`,
      { r: [{ __typename: 'Worker', id: b }] },
      partnerFor(a),
    );
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    // Worker.enrollments is nullable (training adds it to union's Worker): the refusal nulls it alone.
    expect(res.data?._entities).toEqual([{ enrollments: null }]);
  });

  it('answers per worker when one request asks for several', async () => {
    const res = await sg.query(
      WORKER_ENROLLMENTS,
      { r: [{ __typename: 'Worker', id: a }, { __typename: 'Worker', id: b }] },
      partnerFor(a),
    );
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors![0]!.path).toEqual(['_entities', 1, 'enrollments']);
    expect(res.data!._entities[0].enrollments).toHaveLength(2);
    expect(res.data!._entities[1]).toEqual({ id: b, enrollments: null });
  });

  it.each<[string, Principal]>([
    ['dashboards', cityDashboard],
    ['anonymous callers', anonymous],
    ['partners not acting for a worker', partnerFor()],
    ['operators of another domain', unionOperator],
  ])('is FORBIDDEN to %s', async (_, principal) => {
    const res = await enrollmentsOf(a, principal);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(res.data ?? {})).not.toContain(open);
  });

  it('is readable by admins and training operators', async () => {
    for (const p of [admin, trainingOperator, chaoyangTrainingOperator]) {
      expect(dataOf(await enrollmentsOf(b, p))._entities[0].enrollments).toHaveLength(2);
    }
  });

  it('answers an empty list for a worker with no enrolments', async () => {
    expect(dataOf(await enrollmentsOf(worker('nobody'), admin))._entities[0].enrollments).toEqual([]);
  });
});

/** Every list field takes `first` (0..100), applied per parent inside one batch. */
describe('Worker.enrollments(first)', () => {
  let courses: string[];
  let workers: string[];
  beforeAll(async () => {
    ({ courses, workers } = await coursesWithThreeLearners(sg));
  });
  const workerRefs = (n: number) => workers.slice(0, n).map((id) => ({ __typename: 'Worker', id, isUnionMember: false }));

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
    const ten = await statementsFor(sg, Q, { r: workerRefs(10), first: 2 });
    const forty = await statementsFor(sg, Q, { r: workerRefs(40), first: 2 });
    expect(forty.data._entities).toHaveLength(40);
    for (const w of forty.data._entities) expect(w.enrollments).toHaveLength(2);
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });
});

describe('Worker.subsidyAvailableCents through _entities (@requires isUnionMember)', () => {
  const SUBSIDY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { id subsidyAvailableCents } } }`;
  let degree: string;
  let skills: string;
  let full: string;
  // The union answers every worker here an ACTIVE member (of one branch), so each seat is granted its course's subsidy.
  let union: Awaited<ReturnType<typeof fakeUnion>>;
  afterAll(() => union.restore());
  beforeAll(async () => {
    union = await fakeUnion({ everyone: { branchId: newId(), district: '110105' } });
    union.install();
    degree = await createCourse(sg, { title: '开放大学学历提升', category: 'DEGREE_EDUCATION', mode: 'ONLINE', districtCode: null, subsidyCents: 200000, priceCents: 480000 });
    skills = await createCourse(sg, { title: '叉车证', subsidyCents: 50000, priceCents: 80000 });
    full = await createCourse(sg, { title: '满员课程', minLearners: 1, capacity: 1, subsidyCents: 70000 });
    await enrollmentOf(sg, full, newId());
  });

  /** Asks as the gateway does for a @requires field: the representation carries isUnionMember. */
  const subsidyOf = async (id: string, isUnionMember: boolean | undefined, p: Principal = admin) => {
    const rep: Record<string, unknown> = { __typename: 'Worker', id };
    if (isUnionMember !== undefined) rep.isUnionMember = isUnionMember;
    return sg.query(SUBSIDY, { r: [rep] }, p);
  };
  const available = async (id: string, isUnionMember: boolean | undefined, p: Principal = admin) =>
    dataOf(await subsidyOf(id, isUnionMember, p))._entities[0].subsidyAvailableCents as number;

  it('gives a union member the whole yearly cap before any course', async () => {
    expect(await available(newId(), true)).toBe(300000);
  });

  it('gives a non-member nothing, whatever the enrolments', async () => {
    const w = newId();
    await enrollmentOf(sg, skills, w);
    expect(await available(w, false)).toBe(0);
  });

  it('gives nothing when the representation does not say the worker is a member', async () => {
    expect(await available(newId(), undefined)).toBe(0);
  });

  it('takes off the subsidy of seats taken this year, never going below 0', async () => {
    const w = newId();
    await enrollmentOf(sg, skills, w);
    expect(await available(w, true)).toBe(250000);
    await enrollmentOf(sg, degree, w);
    expect(await available(w, true)).toBe(50000);
    const third = await createCourse(sg, { title: '第三门', subsidyCents: 90000 });
    await enrollmentOf(sg, third, w);
    expect(await available(w, true)).toBe(0);
  });

  it('does not count a waitlist place or a dropped seat', async () => {
    const w = newId();
    const waiting = await enrollmentOf(sg, full, w);
    expect(waiting.status).toBe('WAITLISTED');
    const seat = await enrollmentOf(sg, skills, w);
    expect(await available(w, true)).toBe(250000);
    dataOf(await sg.query(DROP, { id: seat.id }, trainingOperator));
    expect(await available(w, true)).toBe(300000);
  });

  it('counts completed courses, and starts afresh each Asia/Shanghai calendar year', async () => {
    const w = newId();
    const seat = await enrollmentOf(sg, degree, w);
    await sg.db.manager.update(Enrollment, { id: seat.id }, { status: 'COMPLETED', completedAt: new Date() });
    expect(await available(w, true)).toBe(100000);
    // A seat taken one millisecond before this year began (Beijing time) is last year's.
    const lastYear = new Date(subsidyYear(new Date()).start.getTime() - 1);
    await sg.db.manager.update(Enrollment, { id: seat.id }, { seatedAt: lastYear });
    expect(await available(w, true)).toBe(300000);
  });

  it('answers per worker for a batch of members and non-members', async () => {
    const [a, b] = [newId(), newId()];
    await enrollmentOf(sg, skills, a);
    await enrollmentOf(sg, skills, b);
    const res = dataOf(
      await sg.query(SUBSIDY, { r: [{ __typename: 'Worker', id: a, isUnionMember: true }, { __typename: 'Worker', id: b, isUnionMember: false }] }, admin),
    );
    expect(res._entities).toEqual([
      { id: a, subsidyAvailableCents: 250000 },
      { id: b, subsidyAvailableCents: 0 },
    ]);
  });

  it('is readable only by those who may read the worker', async () => {
    const w = newId();
    expect(await available(w, true, partnerFor(w))).toBe(300000);
    expect(await available(w, true, trainingOperator)).toBe(300000);
    for (const p of [partnerFor(newId()), partnerFor(), anonymous, cityDashboard, unionOperator]) {
      expect(errorCodes(await subsidyOf(w, true, p))).toEqual(['FORBIDDEN']);
    }
  });
});
