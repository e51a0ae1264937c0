import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { as, N, outcome, REDEEM, rewardsOn, service } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { newReward, workerWith, balanceOf, stockOf, redemptionsOf, entriesOf } = rewardsOn(() => sg);

describe('redeemReward', () => {
  it('spends the points, takes one from stock and gives an unguessable voucher', async () => {
    const reward = await newReward({ costPoints: 30, stock: 2 });
    const { worker, partner } = await workerWith(50);
    const r = dataOf(await sg.query(REDEEM, { rewardId: reward, key: 'a' }, partner)).redeemReward;
    expect(r).toMatchObject({ status: 'ISSUED', pointsSpent: 30, reward: { id: reward, stock: 1 }, worker: { id: worker } });
    expect(r.voucherCode).toMatch(/^[23456789A-HJ-NP-Z]{16}$/);
    expect(await balanceOf(worker)).toBe(20);
    const last = (await entriesOf(worker)).pop();
    expect(last).toMatchObject({ delta: -30, reason: 'REDEMPTION', reference: r.id, balanceAfter: 20 });
  });

  it('gives exactly 5 of 20 concurrent redemptions when the balance pays for 5', async () => {
    const reward = await newReward({ costPoints: 10, stock: 100 });
    const { worker, partner } = await workerWith(50);
    const results = await Promise.all(N(20).map((i) => sg.query(REDEEM, { rewardId: reward, key: `k-${i}` }, partner)));
    expect(results.filter((r) => outcome(r) === 'ok')).toHaveLength(5);
    const refused = results.filter((r) => outcome(r) !== 'ok');
    expect(refused.map(outcome)).toEqual(Array(15).fill('CONFLICT'));
    expect(refused[0]!.errors![0]!.message).toMatch(/insufficient points/);
    expect(await balanceOf(worker)).toBe(0);
    expect(await stockOf(reward)).toBe(95);
    expect(await redemptionsOf(worker)).toHaveLength(5);
    const entries = await entriesOf(worker);
    expect(entries.reduce((s, e) => s + e.delta, 0)).toBe(0);
    expect(Math.min(...entries.map((e) => e.balanceAfter))).toBe(0);
  });

  it('never takes stock below zero when many workers race for the last vouchers', async () => {
    const reward = await newReward({ costPoints: 10, stock: 3 });
    const workers = await Promise.all(N(12).map(() => workerWith(100)));
    const results = await Promise.all(workers.map((w) => sg.query(REDEEM, { rewardId: reward, key: 'same-key' }, w.partner)));
    expect(results.filter((r) => outcome(r) === 'ok')).toHaveLength(3);
    const refused = results.filter((r) => outcome(r) !== 'ok');
    expect(refused.map(outcome)).toEqual(Array(9).fill('CONFLICT'));
    expect(refused[0]!.errors![0]!.message).toMatch(/out of stock/);
    expect(await stockOf(reward)).toBe(0);
    const balances = await Promise.all(workers.map((w) => balanceOf(w.worker)));
    expect(balances.filter((b) => b === 90)).toHaveLength(3);
    expect(balances.filter((b) => b === 100)).toHaveLength(9);
  });

  it('returns the first redemption when a key is retried, spending once', async () => {
    const reward = await newReward({ costPoints: 10 });
    const { worker, partner } = await workerWith(100);
    const first = dataOf(await sg.query(REDEEM, { rewardId: reward, key: 'retry' }, partner)).redeemReward;
    const again = dataOf(await sg.query(REDEEM, { rewardId: reward, key: 'retry' }, partner)).redeemReward;
    expect(again).toEqual({ ...first, reward: { id: reward, stock: 99 } });
    expect(await balanceOf(worker)).toBe(90);
    expect(await stockOf(reward)).toBe(99);
  });

  it('makes one redemption when 20 calls with the same key race', async () => {
    const reward = await newReward({ costPoints: 10 });
    const { worker, partner } = await workerWith(100);
    const results = await Promise.all(N(20).map(() => sg.query(REDEEM, { rewardId: reward, key: 'race' }, partner)));
    expect(new Set(results.map((r) => dataOf(r).redeemReward.id)).size).toBe(1);
    expect(new Set(results.map((r) => dataOf(r).redeemReward.voucherCode)).size).toBe(1);
    expect(await redemptionsOf(worker)).toHaveLength(1);
    expect(await balanceOf(worker)).toBe(90);
    expect(await stockOf(reward)).toBe(99);
  });

  it('refuses the same key for another reward with CONFLICT, also when they race', async () => {
    const a = await newReward({ costPoints: 10 });
    const b = await newReward({ costPoints: 10 });
    const { worker, partner } = await workerWith(100);
    dataOf(await sg.query(REDEEM, { rewardId: a, key: 'k' }, partner));
    const other = await sg.query(REDEEM, { rewardId: b, key: 'k' }, partner);
    expect(errorCodes(other)).toEqual(['CONFLICT']);
    expect(other.errors![0]!.message).toMatch(/already used/);
    expect(await balanceOf(worker)).toBe(90);

    const raced = await Promise.all(N(10).map((i) => sg.query(REDEEM, { rewardId: i % 2 ? a : b, key: 'k2' }, partner)));
    const won = raced.filter((r) => outcome(r) === 'ok');
    expect(new Set(won.map((r) => dataOf(r).redeemReward.id)).size).toBe(1);
    expect(raced.filter((r) => outcome(r) === 'CONFLICT').length).toBe(10 - won.length);
    expect(await redemptionsOf(worker)).toHaveLength(2);
    expect(await balanceOf(worker)).toBe(80);
  });

  it('keys belong to the worker: another worker may use the same key', async () => {
    const reward = await newReward({ costPoints: 10 });
    const one = await workerWith(10);
    const two = await workerWith(10);
    const a = dataOf(await sg.query(REDEEM, { rewardId: reward, key: 'k' }, one.partner)).redeemReward;
    const b = dataOf(await sg.query(REDEEM, { rewardId: reward, key: 'k' }, two.partner)).redeemReward;
    expect(a.id).not.toBe(b.id);
  });

  it('lets an operator redeem for a named worker, refuses partners naming another worker, NOT_FOUND for no reward', async () => {
    const reward = await newReward({ costPoints: 10 });
    const { worker } = await workerWith(10);
    expect(outcome(await sg.query(REDEEM, { rewardId: reward, workerId: worker, key: 'op' }, as.operator))).toBe('ok');
    expect(errorCodes(await sg.query(REDEEM, { rewardId: reward, workerId: worker, key: 'x' }, as.partner('MEITUAN', newId())))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(REDEEM, { rewardId: reward, workerId: worker, key: 'x' }, as.anonymous))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(REDEEM, { rewardId: newId(), workerId: worker, key: 'y' }, as.operator))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await sg.query(REDEEM, { rewardId: reward, workerId: worker, key: '' }, as.operator))).toEqual(['BAD_USER_INPUT']);
  });
});
