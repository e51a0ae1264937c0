import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, createCourse, enroll, hoursFromNow, newId, scheduleSession } from '../support';

let sg: TestSubgraph;
const workers = Array.from({ length: 40 }, () => newId());
const courses: string[] = [];
const stations = Array.from({ length: 40 }, () => newId());

beforeAll(async () => {
  sg = await startTestSubgraph(service);
  for (let i = 0; i < 25; i++) {
    const id = await createCourse(sg, { title: `课程 ${i}`, minLearners: 1, capacity: 3 });
    await scheduleSession(sg, id, { startsAt: hoursFromNow(24 + i), endsAt: hoursFromNow(25 + i), stationId: newId() });
    courses.push(id);
  }
  // Three upcoming sessions at each of 40 stations, spread over the 25 courses.
  for (const [i, station] of stations.entries()) {
    for (let k = 0; k < 3; k++) {
      await scheduleSession(sg, courses[(i + k) % 25]!, { startsAt: hoursFromNow(48 + i + k), endsAt: hoursFromNow(49 + i + k), stationId: station });
    }
  }
  // Every worker in two courses; some courses fill up, so waitlists are non-empty too.
  for (const [i, w] of workers.entries()) {
    await enroll(sg, courses[i % 25]!, w);
    await enroll(sg, courses[(i + 12) % 25]!, w);
  }
});
afterAll(() => sg.stop());

/** The SQL statements one operation costs. */
async function statementsFor(query: string, variables: Record<string, unknown>) {
  const before = sg.db.statements;
  const res = await sg.query(query, variables, admin);
  dataOf(res);
  return { statements: sg.db.statements - before, data: res.data };
}

const WORKERS = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Worker {
      id
      subsidyAvailableCents
      enrollments {
        id status attendedSessions worker { id }
        course { id title status enrolledCount waitlistCount sessions { id station { id } course { id } } }
      }
    }
  }
}`;

describe('SQL statements do not grow with the rows returned', () => {
  it('resolves enrolments (with courses) for 10 or 40 workers in the same number of statements', async () => {
    const reps = (n: number) => workers.slice(0, n).map((id, i) => ({ __typename: 'Worker', id, isUnionMember: i % 2 === 0 }));
    const ten = await statementsFor(WORKERS, { r: reps(10) });
    const forty = await statementsFor(WORKERS, { r: reps(40) });
    expect((ten.data as any)._entities.flatMap((w: any) => w.enrollments)).toHaveLength(20);
    expect((forty.data as any)._entities.flatMap((w: any) => w.enrollments)).toHaveLength(80);
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });

  it('lists 5 or 25 courses with sessions, status and seats in the same number of statements', async () => {
    const PAGE = `query($first: Int) { courses(first: $first) { totalCount edges { node {
      id status enrolledCount waitlistCount district { code } sessions { id startsAt station { id } course { title } }
    } } } }`;
    const five = await statementsFor(PAGE, { first: 5 });
    const all = await statementsFor(PAGE, { first: 25 });
    expect((all.data as any).courses.edges).toHaveLength(25);
    expect(all.statements).toBe(five.statements);
  });

  it('lists upcoming sessions (with courses) for 10 or 40 stations in the same number of statements', async () => {
    const UPCOMING = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Station {
      id upcomingSessions(first: 2) { id startsAt station { id } course { id title status enrolledCount } }
    } } }`;
    const reps = (n: number) => stations.slice(0, n).map((id) => ({ __typename: 'Station', id }));
    const ten = await statementsFor(UPCOMING, { r: reps(10) });
    const forty = await statementsFor(UPCOMING, { r: reps(40) });
    expect((ten.data as any)._entities.flatMap((s: any) => s.upcomingSessions)).toHaveLength(20);
    expect((forty.data as any)._entities.flatMap((s: any) => s.upcomingSessions)).toHaveLength(80);
    expect(forty.statements).toBe(ten.statements);
  });

  it('reads rosters of 5 or 25 courses in the same number of statements', async () => {
    const ROSTERS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Course { id enrollments { id attendedSessions worker { id } } } } }`;
    const reps = (n: number) => courses.slice(0, n).map((id) => ({ __typename: 'Course', id }));
    const five = await statementsFor(ROSTERS, { r: reps(5) });
    const all = await statementsFor(ROSTERS, { r: reps(25) });
    expect((all.data as any)._entities.flatMap((c: any) => c.enrollments)).toHaveLength(80);
    expect(all.statements).toBe(five.statements);
  });

  it('reads metrics of 2 or 16 districts in the same number of statements', async () => {
    const METRICS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on District { trainingMetrics { courses enrollments byCategory { key count } } } } }`;
    const codes = ['110101', '110102', '110105', '110106', '110107', '110108', '110109', '110111', '110112', '110113', '110114', '110115', '110116', '110117', '110118', '110119'];
    const two = await statementsFor(METRICS, { r: codes.slice(0, 2).map((code) => ({ __typename: 'District', code })) });
    const all = await statementsFor(METRICS, { r: codes.map((code) => ({ __typename: 'District', code })) });
    expect(all.statements).toBe(two.statements);
  });

  it('resolves 3 or 25 course references in the same number of statements', async () => {
    const COURSES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Course { id status enrolledCount sessions { id } } } }`;
    const reps = (n: number) => courses.slice(0, n).map((id) => ({ __typename: 'Course', id }));
    const three = await statementsFor(COURSES, { r: reps(3) });
    const many = await statementsFor(COURSES, { r: reps(25) });
    expect(many.statements).toBe(three.statements);
  });
});
