import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Report } from '../../src/entities';
import { as, chaoyangOp, haidianOp, N, outcome, service, SUBMIT, submission } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const REVIEW = /* GraphQL */ `
  mutation($id: ID!, $decision: ReviewDecision!, $dup: ID, $note: String) {
    reviewReport(id: $id, decision: $decision, duplicateOfId: $dup, note: $note) {
      id status pointsAwarded reviewedAt reviewNote duplicateOf { id }
    }
  }
`;
const DISPATCH = `mutation($id: ID!, $ref: String!) { dispatchReport(id: $id, externalRef: $ref) { id status externalRef } }`;
const RESOLVE = `mutation($id: ID!, $note: String!) { resolveReport(id: $id, note: $note) { id status resolvedAt resolutionNote } }`;

/** A fresh worker's report in Chaoyang, filed by a governance operator. */
async function newReport(overrides: Record<string, unknown> = {}) {
  const worker = newId();
  const res = await sg.query(SUBMIT, { input: submission(overrides), workerId: worker }, as.operator);
  return { id: dataOf(res).submitReport.id as string, worker };
}
const review = (id: string, decision: string, extra: Record<string, unknown> = {}, who = chaoyangOp) =>
  sg.query(REVIEW, { id, decision, ...extra }, who);
const rowOf = (id: string) => sg.db.manager.findOneByOrFail(Report, { id });

describe('dispatchReport and resolveReport', () => {
  it('walks SUBMITTED -> ACCEPTED -> DISPATCHED -> RESOLVED with the ticket and the note', async () => {
    const { id } = await newReport();
    dataOf(await review(id, 'ACCEPT'));
    expect(dataOf(await sg.query(DISPATCH, { id, ref: ' 12345-2026-09001 ' }, chaoyangOp)).dispatchReport).toEqual({
      id,
      status: 'DISPATCHED',
      externalRef: '12345-2026-09001',
    });
    const resolved = dataOf(await sg.query(RESOLVE, { id, note: '已清理' }, chaoyangOp)).resolveReport;
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolutionNote: '已清理' });
    expect(resolved.resolvedAt).toBeTruthy();
  });

  it('resolves an accepted report without a ticket', async () => {
    const { id } = await newReport();
    dataOf(await review(id, 'ACCEPT'));
    expect(dataOf(await sg.query(RESOLVE, { id, note: '物业当场处理' }, chaoyangOp)).resolveReport.status).toBe('RESOLVED');
  });

  it('refuses illegal steps with CONFLICT and leaves the report as it was', async () => {
    const { id } = await newReport();
    const before = await rowOf(id);
    expect(errorCodes(await sg.query(DISPATCH, { id, ref: 'T-1' }, chaoyangOp))).toEqual(['CONFLICT']);
    expect(errorCodes(await sg.query(RESOLVE, { id, note: 'x' }, chaoyangOp))).toEqual(['CONFLICT']);
    expect(await rowOf(id)).toEqual(before);
    dataOf(await review(id, 'ACCEPT'));
    dataOf(await sg.query(RESOLVE, { id, note: '已处理' }, chaoyangOp));
    const resolved = await rowOf(id);
    expect(errorCodes(await sg.query(DISPATCH, { id, ref: 'T-2' }, chaoyangOp))).toEqual(['CONFLICT']);
    expect(errorCodes(await sg.query(RESOLVE, { id, note: 'again' }, chaoyangOp))).toEqual(['CONFLICT']);
    expect(errorCodes(await review(id, 'ACCEPT'))).toEqual(['CONFLICT']);
    expect(await rowOf(id)).toEqual(resolved);
  });

  it('refuses a rejected report any further step', async () => {
    const { id } = await newReport();
    dataOf(await review(id, 'REJECT'));
    expect(errorCodes(await sg.query(DISPATCH, { id, ref: 'T-3' }, chaoyangOp))).toEqual(['CONFLICT']);
    expect(errorCodes(await sg.query(RESOLVE, { id, note: 'x' }, chaoyangOp))).toEqual(['CONFLICT']);
  });

  it('needs a ticket and a note', async () => {
    const { id } = await newReport();
    dataOf(await review(id, 'ACCEPT'));
    expect(errorCodes(await sg.query(DISPATCH, { id, ref: '  ' }, chaoyangOp))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(DISPATCH, { id, ref: 'x'.repeat(65) }, chaoyangOp))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(RESOLVE, { id, note: '' }, chaoyangOp))).toEqual(['BAD_USER_INPUT']);
  });

  it('lets one of 10 racing dispatches through', async () => {
    const { id } = await newReport();
    dataOf(await review(id, 'ACCEPT'));
    const results = await Promise.all(N(10).map((i) => sg.query(DISPATCH, { id, ref: `T-${i}` }, chaoyangOp)));
    expect(results.filter((r) => outcome(r) === 'ok')).toHaveLength(1);
    expect(results.filter((r) => outcome(r) === 'CONFLICT')).toHaveLength(9);
    const winner = results.find((r) => outcome(r) === 'ok')!;
    expect((await rowOf(id)).externalRef).toBe(dataOf(winner).dispatchReport.externalRef);
  });

  it('is refused to operators of another district', async () => {
    const { id } = await newReport();
    dataOf(await review(id, 'ACCEPT'));
    expect(errorCodes(await sg.query(DISPATCH, { id, ref: 'T-9' }, haidianOp))).toEqual(['FORBIDDEN']);
  });
});
