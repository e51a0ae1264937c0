import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { GatePass, Participation, PointsEntry, Redemption, Report, VolunteerRole } from '../../src/entities';
import { REPORT_POINTS } from '../../src/rules/report-points';
import { as, ASSIGN, CANCEL, chaoyangOp, CONFIRM, JOIN, N, REDEEM, rewardsOn, service, SUBMIT, submission, USE, volunteeringOn } from '../support';

/**
 * Writes for different workers at the same moment: each takes its own worker's locks (and the
 * shared row the decision is about: a reward's stock, an activity's seats), so none fails and
 * none deadlocks on MySQL, where they run concurrently. SQLite runs them one at a time and
 * must answer the same.
 */

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { newReward, workerWith, balanceOf, stockOf } = rewardsOn(() => sg);
const { community, activity, startNow } = volunteeringOn(() => sg);

const COUNT = 40;
const REVIEW = `mutation($id: ID!) { reviewReport(id: $id, decision: ACCEPT) { id status pointsAwarded } }`;
const DISPATCH = `mutation($id: ID!, $ref: String!) { dispatchReport(id: $id, externalRef: $ref) { id } }`;
const RESOLVE = `mutation($id: ID!, $note: String!) { resolveReport(id: $id, note: $note) { id status } }`;
const ISSUE = `mutation($c: ID!) { issueGatePass(communityId: $c) { id worker { id } } }`;

/** The error codes among the answers: none when every one succeeded. */
const failures = (results: GraphQLResponse[]) => results.flatMap(errorCodes);

describe(`${COUNT} different workers at once`, () => {
  let deadlocks = 0;
  beforeEach(() => {
    deadlocks = sg.db.deadlocks;
  });
  afterEach(() => {
    expect(sg.db.deadlocks - deadlocks).toBe(0);
  });

  it('submit reports, which are accepted, dispatched and resolved at once, paying each reporter', async () => {
    const workers = N(COUNT).map(() => newId());
    const submitted = await Promise.all(
      workers.map((w, i) => sg.query(SUBMIT, { input: submission({ districtCode: i % 2 ? '110105' : '110108' }), workerId: w }, as.operator)),
    );
    expect(failures(submitted)).toEqual([]);
    const ids = submitted.map((r) => dataOf(r).submitReport.id as string);
    expect(failures(await Promise.all(ids.map((id) => sg.query(REVIEW, { id }, as.operator))))).toEqual([]);
    expect(await Promise.all(workers.map(balanceOf))).toEqual(workers.map(() => REPORT_POINTS.TRAFFIC_SAFETY));
    expect(failures(await Promise.all(ids.map((id) => sg.query(DISPATCH, { id, ref: `T-${id.slice(0, 8)}` }, as.operator))))).toEqual([]);
    expect(failures(await Promise.all(ids.map((id) => sg.query(RESOLVE, { id, note: '已清理' }, as.operator))))).toEqual([]);
    for (const id of ids) expect((await sg.db.manager.findOneByOrFail(Report, { id })).status).toBe('RESOLVED');
  });

  it('redeem one reward, and each uses or cancels the voucher', async () => {
    const reward = await newReward({ costPoints: 10, stock: COUNT, districtCode: '110105' });
    const workers = await Promise.all(N(COUNT).map(() => workerWith(25)));
    const redeemed = await Promise.all(workers.map((w) => sg.query(REDEEM, { rewardId: reward, key: newId() }, w.partner)));
    expect(failures(redeemed)).toEqual([]);
    expect(await stockOf(reward)).toBe(0);
    expect(await Promise.all(workers.map((w) => balanceOf(w.worker)))).toEqual(workers.map(() => 15));
    const vouchers = redeemed.map((r) => dataOf(r).redeemReward as { id: string; voucherCode: string });
    const settled = await Promise.all(
      vouchers.map((v, i) => (i % 2 ? sg.query(USE, { code: v.voucherCode }, chaoyangOp) : sg.query(CANCEL, { id: v.id }, workers[i]!.partner))),
    );
    expect(failures(settled)).toEqual([]);
    expect(await Promise.all(workers.map((w) => balanceOf(w.worker)))).toEqual(workers.map((_, i) => (i % 2 ? 15 : 25)));
    expect(await stockOf(reward)).toBe(COUNT / 2);
    expect(await sg.db.manager.count(Redemption, { where: { rewardId: reward, status: 'USED' } })).toBe(COUNT / 2);
  });

  it('redeem a reward each', async () => {
    const rewards = await Promise.all(N(COUNT).map(() => newReward({ costPoints: 10, stock: 1 })));
    const workers = await Promise.all(N(COUNT).map(() => workerWith(10)));
    const redeemed = await Promise.all(workers.map((w, i) => sg.query(REDEEM, { rewardId: rewards[i], key: newId() }, w.partner)));
    expect(failures(redeemed)).toEqual([]);
    expect(await Promise.all(workers.map((w) => balanceOf(w.worker)))).toEqual(workers.map(() => 0));
  });

  it('join one volunteer activity and are confirmed, each paid once', async () => {
    const id = await activity({ capacity: COUNT, pointsPerParticipant: 8 });
    const workers = N(COUNT).map(() => newId());
    expect(failures(await Promise.all(workers.map((w) => sg.query(JOIN, { a: id, w }, as.operator))))).toEqual([]);
    expect(await sg.db.manager.count(Participation, { where: { activityId: id } })).toBe(COUNT);
    await startNow(id);
    expect(failures(await Promise.all(workers.map((w) => sg.query(CONFIRM, { a: id, w }, chaoyangOp))))).toEqual([]);
    expect(await Promise.all(workers.map(balanceOf))).toEqual(workers.map(() => 8));
  });

  it('are confirmed at activities of their own in one district', async () => {
    const activities = await Promise.all(N(COUNT).map(() => activity({ capacity: 1, pointsPerParticipant: 3 })));
    const workers = N(COUNT).map(() => newId());
    expect(failures(await Promise.all(workers.map((w, i) => sg.query(JOIN, { a: activities[i], w }, as.operator))))).toEqual([]);
    await Promise.all(activities.map(startNow));
    expect(failures(await Promise.all(workers.map((w, i) => sg.query(CONFIRM, { a: activities[i], w }, chaoyangOp))))).toEqual([]);
    expect(await sg.db.manager.count(PointsEntry, { where: { reason: 'ACTIVITY', delta: 3 } })).toBe(COUNT);
  });

  it('get gate passes and volunteer roles at one community', async () => {
    const c = await community();
    const workers = N(COUNT).map(() => newId());
    expect(failures(await Promise.all(workers.map((w) => sg.query(ISSUE, { c }, as.partner('MEITUAN', w)))))).toEqual([]);
    expect(await sg.db.manager.count(GatePass, { where: { communityId: c } })).toBe(COUNT);
    expect(failures(await Promise.all(workers.map((w) => sg.query(ASSIGN, { w, c, role: 'GRID_MEMBER' }, as.operator))))).toEqual([]);
    expect(await sg.db.manager.count(VolunteerRole, { where: { communityId: c } })).toBe(COUNT);
  });
});
