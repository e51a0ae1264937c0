import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { ADJUST, N, as, outcome, rewardsOn, service } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { balanceOf } = rewardsOn(() => sg);

describe('adjustPoints', () => {
  it('credits and debits with a note, never below zero', async () => {
    const worker = newId();
    expect(dataOf(await sg.query(ADJUST, { w: worker, d: 15, n: '线下活动补录' }, as.operator)).adjustPoints).toEqual({
      delta: 15,
      reason: 'ADJUSTMENT',
      balanceAfter: 15,
      note: '线下活动补录',
      reference: null,
    });
    expect(errorCodes(await sg.query(ADJUST, { w: worker, d: -16, n: '更正' }, as.admin))).toEqual(['CONFLICT']);
    expect(dataOf(await sg.query(ADJUST, { w: worker, d: -15, n: '更正' }, as.admin)).adjustPoints.balanceAfter).toBe(0);
  });

  it('is for admins and governance operators, with a note and a non-zero delta', async () => {
    const worker = newId();
    for (const who of [as.anonymous, as.partner('MEITUAN', worker), as.stationsOperator, as.dashboard]) {
      expect(errorCodes(await sg.query(ADJUST, { w: worker, d: 5, n: 'x' }, who))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await sg.query(ADJUST, { w: worker, d: 0, n: 'x' }, as.admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(ADJUST, { w: worker, d: 5, n: ' ' }, as.admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(ADJUST, { w: 'nobody', d: 5, n: 'x' }, as.admin))).toEqual(['BAD_USER_INPUT']);
    expect(await balanceOf(worker)).toBe(0);
  });
});

describe('adjustPoints for many workers at once', () => {
  it('opens 60 accounts concurrently: every call succeeds, every balance is right, nothing deadlocks', async () => {
    const workers = N(60).map(() => newId());
    const deadlocksBefore = sg.db.deadlocks;
    const results = await Promise.all(workers.map((w, i) => sg.query(ADJUST, { w, d: i + 1, n: '批量补录' }, as.operator)));
    expect(results.map(outcome)).toEqual(workers.map(() => 'ok'));
    expect(await Promise.all(workers.map(balanceOf))).toEqual(workers.map((_, i) => i + 1));
    expect(sg.db.deadlocks - deadlocksBefore).toBe(0);
  });
});
