import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  chaoyangTrainingOperator,
  courseWithSessions,
  DROP,
  enroll,
  newId,
  partnerFor,
  RECORD_ATTENDANCE,
  statementsFor,
  trainingOperator,
} from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const SHEET = `query($id: ID!, $first: Int, $after: String) { course(id: $id) { sessions { id
  attendance(first: $first, after: $after) { totalCount attendedCount pageInfo { hasNextPage endCursor }
    edges { node { attended recordedAt enrollment { id status worker { id } } } } } } } }`;
const sheets = async (courseId: string, vars: Record<string, unknown> = {}, p: Principal = trainingOperator) =>
  dataOf(await sg.query(SHEET, { id: courseId, ...vars }, p)).course.sessions.map((s: any) => s.attendance);

describe('CourseSession.attendance: who was expected, who came', () => {
  let courseId: string;
  let sessions: string[];
  const learners: { id: string; worker: string }[] = [];
  beforeAll(async () => {
    ({ courseId, sessions } = await courseWithSessions(sg, { capacity: 4 }));
    for (let i = 0; i < 5; i++) {
      const worker = newId();
      learners.push({ id: (await enroll(sg, courseId, worker)).id, worker });
    }
    // learners 0..3 hold seats, 4 waits. 0 and 1 came to the first session, 0 to the second.
    const record = (e: string, s: string) => sg.query(RECORD_ATTENDANCE, { enrollmentId: e, sessionId: s }, trainingOperator);
    await record(learners[0]!.id, sessions[0]!);
    await record(learners[1]!.id, sessions[0]!);
    await record(learners[0]!.id, sessions[1]!);
    // 1 drops after coming once: still on the first sheet, no longer expected at the others; 4 moves up.
    await sg.query(DROP, { id: learners[1]!.id }, trainingOperator);
  });

  it('lists each session’s expected learners in enrolment order with whether they came', async () => {
    const [first, second, third] = await sheets(courseId);
    const line = (sheet: any) => sheet.edges.map((e: any) => [e.node.enrollment.id, e.node.attended]);
    expect(line(first)).toEqual([
      [learners[0]!.id, true],
      [learners[1]!.id, true],
      [learners[2]!.id, false],
      [learners[3]!.id, false],
      [learners[4]!.id, false],
    ]);
    expect(first).toMatchObject({ totalCount: 5, attendedCount: 2 });
    expect(line(second)).toEqual([
      [learners[0]!.id, true],
      [learners[2]!.id, false],
      [learners[3]!.id, false],
      [learners[4]!.id, false],
    ]);
    expect(second).toMatchObject({ totalCount: 4, attendedCount: 1 });
    expect(third).toMatchObject({ totalCount: 4, attendedCount: 0 });
    expect(first.edges[0].node.recordedAt).not.toBeNull();
    expect(first.edges[2].node.recordedAt).toBeNull();
  });

  it('pages a sheet with first and after', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const sheet: any = (await sheets(courseId, { first: 2, after }))[0];
      ids.push(...sheet.edges.map((e: any) => e.node.enrollment.id));
      if (!sheet.pageInfo.hasNextPage) break;
      after = sheet.pageInfo.endCursor;
    }
    expect(ids).toEqual(learners.map((l) => l.id));
  });

  it('reads every session’s sheet of a course in the same statements as one', async () => {
    const Q = `query($id: ID!, $n: Int) { course(id: $id) { sessions(first: $n) { attendance { totalCount edges { node { attended } } } } } }`;
    const one = await statementsFor(sg, Q, { id: courseId, n: 1 });
    const three = await statementsFor(sg, Q, { id: courseId, n: 3 });
    expect(three.statements).toBe(one.statements);
  });

  it('is for the course’s organisers only', async () => {
    expect((await sheets(courseId, {}, admin))[0].totalCount).toBe(5);
    expect((await sheets(courseId, {}, chaoyangTrainingOperator))[0].totalCount).toBe(5);
    const haidian: Principal = { ...chaoyangTrainingOperator, districts: ['110108'], keyId: 'key-hd' };
    for (const p of [anonymous, partnerFor(learners[0]!.worker), haidian]) {
      expect(errorCodes(await sg.query(SHEET, { id: courseId }, p))).toContain('FORBIDDEN');
    }
  });
});
