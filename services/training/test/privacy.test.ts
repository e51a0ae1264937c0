import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../src/service';
import {
  admin,
  anonymous,
  chaoyangTrainingOperator,
  cityDashboard,
  createCourse,
  enroll,
  partnerFor,
  trainingOperator,
  unionOperator,
  worker,
  WORKER_ENROLLMENTS,
} from './support';

let sg: TestSubgraph;
const a = worker('a');
const b = worker('b');
let open: string;
let full: string;

beforeAll(async () => {
  sg = await startTestSubgraph(service);
  open = await createCourse(sg, { title: '电动自行车安全骑行', capacity: 10 });
  full = await createCourse(sg, { title: '直播电商入门', minLearners: 1, capacity: 1 });
  await enroll(sg, full, b);
  await enroll(sg, open, a);
  await enroll(sg, full, a);
  await enroll(sg, open, b);
});
afterAll(() => sg.stop());

const enrollmentsOf = (workerId: string, principal: Principal, status?: string) =>
  sg.query(WORKER_ENROLLMENTS, { r: [{ __typename: 'Worker', id: workerId }], status }, principal);

describe('Worker.enrollments is personal data', () => {
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
    expect(res.data?._entities ?? [null]).toEqual([null]);
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
    expect(res.data!._entities[1]).toBeNull();
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

describe('Course.enrollments: rosters are never public', () => {
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
