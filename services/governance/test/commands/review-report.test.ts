import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { PointsAccount, PointsEntry, Report } from '../../src/entities';
import { REPORT_POINTS } from '../../src/rules/report-points';
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

/** A fresh worker's report in Chaoyang, filed by a governance operator. */
async function newReport(overrides: Record<string, unknown> = {}) {
  const worker = newId();
  const res = await sg.query(SUBMIT, { input: submission(overrides), workerId: worker }, as.operator);
  return { id: dataOf(res).submitReport.id as string, worker };
}
const review = (id: string, decision: string, extra: Record<string, unknown> = {}, who = chaoyangOp) =>
  sg.query(REVIEW, { id, decision, ...extra }, who);
const rowOf = (id: string) => sg.db.manager.findOneByOrFail(Report, { id });
const entriesOf = (workerId: string) => sg.db.manager.find(PointsEntry, { where: { workerId } });
const balanceOf = async (workerId: string) => (await sg.db.manager.findOne(PointsAccount, { where: { workerId } }))?.balance ?? 0;

describe('reviewReport', () => {
  it('accepts a report and pays its category’s points to the reporter once', async () => {
    const { id, worker } = await newReport({ category: 'FIRE_HAZARD' });
    const accepted = dataOf(await review(id, 'ACCEPT', { note: '已核实' })).reviewReport;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', pointsAwarded: REPORT_POINTS.FIRE_HAZARD, reviewNote: '已核实' });
    expect(accepted.reviewedAt).toBeTruthy();
    const entries = await entriesOf(worker);
    expect(entries).toEqual([expect.objectContaining({ delta: 20, reason: 'REPORT_ACCEPTED', reference: id, balanceAfter: 20 })]);
  });

  it('refuses to review a report twice, with CONFLICT, paying nothing more and changing nothing', async () => {
    const { id, worker } = await newReport();
    dataOf(await review(id, 'ACCEPT'));
    const before = await rowOf(id);
    for (const decision of ['ACCEPT', 'REJECT']) expect(errorCodes(await review(id, decision))).toEqual(['CONFLICT']);
    expect(errorCodes(await review(id, 'DUPLICATE', { dup: (await newReport()).id }))).toEqual(['CONFLICT']);
    expect(await rowOf(id)).toEqual(before);
    expect(await entriesOf(worker)).toHaveLength(1);
    expect(await balanceOf(worker)).toBe(REPORT_POINTS.TRAFFIC_SAFETY);
  });

  it('pays once when 20 acceptances race: one succeeds, the rest are CONFLICT', async () => {
    const { id, worker } = await newReport({ category: 'EBIKE_INDOOR_CHARGING' });
    const results = await Promise.all(N(20).map(() => review(id, 'ACCEPT')));
    expect(results.map(outcome).sort()).toEqual(['ok', ...Array(19).fill('CONFLICT')].sort());
    expect(await entriesOf(worker)).toHaveLength(1);
    expect(await balanceOf(worker)).toBe(20);
    expect((await rowOf(id)).pointsAwarded).toBe(20);
  });

  it('lets exactly one of racing accept and reject decisions win, paying only if accept won', async () => {
    const { id, worker } = await newReport();
    const results = await Promise.all(N(10).map((i) => review(id, i % 2 ? 'ACCEPT' : 'REJECT')));
    expect(results.filter((r) => outcome(r) === 'ok')).toHaveLength(1);
    const row = await rowOf(id);
    expect(await balanceOf(worker)).toBe(row.status === 'ACCEPTED' ? REPORT_POINTS.TRAFFIC_SAFETY : 0);
    expect(row.pointsAwarded).toBe(row.status === 'ACCEPTED' ? REPORT_POINTS.TRAFFIC_SAFETY : 0);
  });

  it('rejects with a note and pays nothing', async () => {
    const { id, worker } = await newReport();
    expect(dataOf(await review(id, 'REJECT', { note: '照片与描述不符' })).reviewReport).toMatchObject({
      status: 'REJECTED',
      pointsAwarded: 0,
      reviewNote: '照片与描述不符',
    });
    expect(await entriesOf(worker)).toHaveLength(0);
  });

  it('closes a duplicate against the report it repeats, paying nothing', async () => {
    const original = await newReport();
    const dup = await newReport();
    const res = dataOf(await review(dup.id, 'DUPLICATE', { dup: original.id })).reviewReport;
    expect(res).toMatchObject({ status: 'DUPLICATE', pointsAwarded: 0, duplicateOf: { id: original.id } });
    expect(await entriesOf(dup.worker)).toHaveLength(0);
  });

  it('needs duplicateOfId for DUPLICATE only, of another report that is not itself closed as duplicate', async () => {
    const a = await newReport();
    const b = await newReport();
    const c = await newReport();
    expect(errorCodes(await review(a.id, 'DUPLICATE'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await review(a.id, 'DUPLICATE', { dup: a.id }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await review(a.id, 'DUPLICATE', { dup: newId() }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await review(a.id, 'ACCEPT', { dup: b.id }))).toEqual(['BAD_USER_INPUT']);
    dataOf(await review(b.id, 'DUPLICATE', { dup: c.id }));
    const chained = await review(a.id, 'DUPLICATE', { dup: b.id });
    expect(errorCodes(chained)).toEqual(['BAD_USER_INPUT']);
    expect(chained.errors![0]!.message).toContain(c.id);
    expect((await rowOf(a.id)).status).toBe('SUBMITTED');
  });

  it('is for governance operators of the report’s district and admins only', async () => {
    const { id } = await newReport();
    for (const who of [as.anonymous, as.dashboard, as.stationsOperator, as.partner('MEITUAN', newId()), haidianOp]) {
      expect(errorCodes(await review(id, 'ACCEPT', {}, who))).toEqual(['FORBIDDEN']);
    }
    expect((await rowOf(id)).status).toBe('SUBMITTED');
    expect(outcome(await review(id, 'ACCEPT', {}, as.admin))).toBe('ok');
  });

  it('answers NOT_FOUND for an unknown report', async () => {
    expect(errorCodes(await review(newId(), 'ACCEPT'))).toEqual(['NOT_FOUND']);
  });

  it('shows the review note only to those who may see the reporter', async () => {
    const { id } = await newReport();
    dataOf(await review(id, 'REJECT', { note: '举报人电话核实：非隐患' }));
    const q = `query($id: ID!) { report(id: $id) { status reviewNote } }`;
    expect(dataOf(await sg.query(q, { id })).report).toEqual({ status: 'REJECTED', reviewNote: null });
    expect(dataOf(await sg.query(q, { id }, as.operator)).report.reviewNote).toBe('举报人电话核实：非隐患');
  });
});
