import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Report, ReportUpdate } from '../../src/entities';
import { MAX_PUBLIC_NOTES } from '../../src/rules/report-history';
import { as, haidianOp, service, submission, SUBMIT, W } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg?.stop());

const HISTORY = `query($id: ID!) { report(id: $id) { status history { kind status publicNote at } } }`;
const historyOf = async (id: string, who = as.partner('MEITUAN', W.wang)) => dataOf(await sg.query(HISTORY, { id }, who)).report;

async function submitted(worker = W.wang) {
  return dataOf(await sg.query(SUBMIT, { input: submission() }, as.partner('MEITUAN', worker))).submitReport.id as string;
}

describe('a report’s public history', () => {
  it('follows the report through its life cycle, with the notes written for the public', async () => {
    const id = await submitted();
    await sg.query(`mutation($id: ID!) { reviewReport(id: $id, decision: ACCEPT, note: "举报人电话已核实", publicNote: "已受理，转街道处理") { id } }`, { id }, as.chaoyangOperator);
    await sg.query(`mutation($id: ID!) { postReportUpdate(id: $id, note: "街道已派人现场查看") { id } }`, { id }, as.chaoyangOperator);
    await sg.query(`mutation($id: ID!) { dispatchReport(id: $id, externalRef: "12345-0001") { id } }`, { id }, as.chaoyangOperator);
    await sg.query(`mutation($id: ID!) { resolveReport(id: $id, note: "围挡已拆除", publicNote: "围挡已拆除，通道恢复") { id } }`, { id }, as.chaoyangOperator);

    const report = await historyOf(id);
    expect(report.status).toBe('RESOLVED');
    expect(report.history.map((h: any) => [h.kind, h.status, h.publicNote])).toEqual([
      ['STATUS_CHANGE', 'SUBMITTED', null],
      ['STATUS_CHANGE', 'ACCEPTED', '已受理，转街道处理'],
      ['PUBLIC_NOTE', 'ACCEPTED', '街道已派人现场查看'],
      ['STATUS_CHANGE', 'DISPATCHED', null],
      ['STATUS_CHANGE', 'RESOLVED', '围挡已拆除，通道恢复'],
    ]);
    const times = report.history.map((h: any) => h.at);
    expect(times.every((t: string) => typeof t === 'string')).toBe(true);
    expect([...times].sort()).toEqual(times);
    // The private review note never appears in the public history.
    expect(JSON.stringify(report.history)).not.toContain('电话');
    // Public, as status and dates are: anyone sees the same lines.
    expect((await historyOf(id, as.anonymous)).history).toEqual(report.history);
  });

  it('is told by the columns of a report filed before it was kept, and written out at its next step', async () => {
    // A demo report, loaded without history: accepted, dispatched (time unknown).
    const legacy = (await sg.db.manager.find(Report, { where: { status: 'DISPATCHED' } }))[0]!;
    expect(await sg.db.manager.count(ReportUpdate, { where: { reportId: legacy.id } })).toBe(0);
    const before = (await historyOf(legacy.id, as.admin)).history;
    expect(before.map((h: any) => [h.status, h.at === null])).toEqual([
      ['SUBMITTED', false],
      ['ACCEPTED', false],
      ['DISPATCHED', true],
    ]);
    await sg.query(`mutation($id: ID!) { resolveReport(id: $id, note: "已修复") { id } }`, { id: legacy.id }, as.admin);
    const after = (await historyOf(legacy.id, as.admin)).history;
    expect(after.slice(0, 3)).toEqual(before);
    expect(after.map((h: any) => h.status)).toEqual(['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'RESOLVED']);
    expect(await sg.db.manager.count(ReportUpdate, { where: { reportId: legacy.id } })).toBe(4);
  });

  it('takes public notes only from operators of the report’s district and admins, checked, and writes nothing otherwise', async () => {
    const id = await submitted();
    const post = (note: string, who = as.chaoyangOperator) => sg.query(`mutation($id: ID!, $n: String!) { postReportUpdate(id: $id, note: $n) { id } }`, { id, n: note }, who);
    expect(errorCodes(await post('不该出现', haidianOp))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await post('不该出现', as.partner('MEITUAN', W.wang)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await post('   '))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await post('长'.repeat(2001)))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(`mutation { postReportUpdate(id: "${newId()}", note: "x") { id } }`, {}, as.admin))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await sg.query(`mutation { postReportUpdate(id: "nope", note: "x") { id } }`, {}, as.admin))).toEqual(['BAD_USER_INPUT']);
    // A bad public note on a review refuses the whole review.
    const bad = await sg.query(`mutation($id: ID!, $p: String) { reviewReport(id: $id, decision: ACCEPT, publicNote: $p) { id } }`, { id, p: '长'.repeat(2001) }, as.admin);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const report = await historyOf(id);
    expect(report.status).toBe('SUBMITTED');
    expect(report.history).toHaveLength(1);
  });

  it('keeps at most 50 public notes, also when they are posted at once', async () => {
    const id = await submitted();
    const results = await Promise.all(
      Array.from({ length: MAX_PUBLIC_NOTES + 6 }, (_, i) =>
        sg.query(`mutation($id: ID!, $n: String!) { postReportUpdate(id: $id, note: $n) { id } }`, { id, n: `进展${i}` }, as.admin),
      ),
    );
    const codes = results.map((r) => errorCodes(r)[0] ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(MAX_PUBLIC_NOTES);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(6);
    const rows = await sg.db.manager.find(ReportUpdate, { where: { reportId: id }, order: { seq: 'ASC' } });
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: MAX_PUBLIC_NOTES + 1 }, (_, i) => i));
  });
});
