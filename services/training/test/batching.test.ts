import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../src/service';
import { admin, createCourse, enroll, hoursFromNow, newId, scheduleSession } from './support';

let sg: TestSubgraph;
const workers = Array.from({ length: 40 }, () => newId());
const courses: string[] = [];

beforeAll(async () => {
  sg = await startTestSubgraph(service);
  for (let i = 0; i < 25; i++) {
    const id = await createCourse(sg, { title: `课程 ${i}`, minLearners: 1, capacity: 3 });
    await scheduleSession(sg, id, { startsAt: hoursFromNow(24 + i), endsAt: hoursFromNow(25 + i), stationId: newId() });
    courses.push(id);
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
      enrollments {
        id status worker { id }
        course { id title status enrolledCount waitlistCount sessions { id station { id } course { id } } }
      }
    }
  }
}`;

describe('SQL statements do not grow with the rows returned', () => {
  it('resolves enrolments (with courses) for 10 or 40 workers in the same number of statements', async () => {
    const reps = (n: number) => workers.slice(0, n).map((id) => ({ __typename: 'Worker', id }));
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

  it('resolves 3 or 25 course references in the same number of statements', async () => {
    const COURSES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Course { id status enrolledCount sessions { id } } } }`;
    const reps = (n: number) => courses.slice(0, n).map((id) => ({ __typename: 'Course', id }));
    const three = await statementsFor(COURSES, { r: reps(3) });
    const many = await statementsFor(COURSES, { r: reps(25) });
    expect(many.statements).toBe(three.statements);
  });
});
