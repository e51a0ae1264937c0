import { nameId, newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { appendEntry } from '../src/domain/ledger';
import { PointsAccount, PointsEntry, Redemption, Reward } from '../src/entities';
import { as, chaoyangOp, haidianOp, N, outcome, service } from './support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const CREATE = /* GraphQL */ `
  mutation($input: RewardInput!) { createReward(input: $input) { id title costPoints stock active station { id } district { code } } }
`;
const REDEEM = /* GraphQL */ `
  mutation($rewardId: ID!, $workerId: ID, $key: String!) {
    redeemReward(rewardId: $rewardId, workerId: $workerId, idempotencyKey: $key) {
      id voucherCode status pointsSpent redeemedAt reward { id stock } worker { id }
    }
  }
`;
const USE = `mutation($code: String!) { useRedemption(voucherCode: $code) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelRedemption(id: $id) { id status } }`;
const ADJUST = `mutation($w: ID!, $d: Int!, $n: String!) { adjustPoints(workerId: $w, delta: $d, note: $n) { delta reason balanceAfter note reference } }`;

const station = nameId('demo:station:cy-wangjing');

async function newReward(input: Record<string, unknown> = {}, who = as.admin): Promise<string> {
  return dataOf(await sg.query(CREATE, { input: { title: '理发一次', costPoints: 30, stock: 100, ...input } }, who)).createReward.id;
}
/** A worker with `points` on the ledger, and the partner acting for them. */
async function workerWith(points: number) {
  const worker = newId();
  if (points > 0) await sg.db.transaction((em) => appendEntry(em, sg.db, { workerId: worker, delta: points, reason: 'ADJUSTMENT' }));
  return { worker, partner: as.partner('MEITUAN', worker) };
}
const balanceOf = async (workerId: string) => (await sg.db.manager.findOne(PointsAccount, { where: { workerId } }))?.balance ?? 0;
const stockOf = async (id: string) => (await sg.db.manager.findOneByOrFail(Reward, { id })).stock;
const redemptionsOf = (workerId: string) => sg.db.manager.find(Redemption, { where: { workerId } });
const entriesOf = (workerId: string) => sg.db.manager.find(PointsEntry, { where: { workerId }, order: { createdAt: 'ASC' } });

describe('createReward and rewards(stationId)', () => {
  it('creates a reward at a station, listed there and on Station.rewards', async () => {
    const res = dataOf(await sg.query(CREATE, { input: { title: ' 洗衣券 ', costPoints: 20, stock: 5, stationId: station, districtCode: '110105' } }, chaoyangOp));
    expect(res.createReward).toMatchObject({ title: '洗衣券', costPoints: 20, stock: 5, active: true, station: { id: station }, district: { code: '110105' } });
    const listed = dataOf(await sg.query(`query($s: ID) { rewards(stationId: $s) { id } }`, { s: station })).rewards;
    expect(listed.map((r: { id: string }) => r.id)).toContain(res.createReward.id);
    const e = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { rewards { id title } } } }`;
    const [s] = dataOf(await sg.query(e, { r: [{ __typename: 'Station', id: station }] }))._entities;
    expect(s.rewards).toContainEqual({ id: res.createReward.id, title: '洗衣券' });
  });

  it('is for governance operators and admins; district operators only in their districts, never citywide', async () => {
    const input = { title: '午餐券', costPoints: 15, stock: 10 };
    for (const who of [as.anonymous, as.dashboard, as.stationsOperator, as.partner('MEITUAN', newId())]) {
      expect(errorCodes(await sg.query(CREATE, { input }, who))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await sg.query(CREATE, { input: { ...input, districtCode: '110105' } }, haidianOp))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(CREATE, { input }, haidianOp))).toEqual(['FORBIDDEN']);
    expect(outcome(await sg.query(CREATE, { input: { ...input, districtCode: '110108' } }, haidianOp))).toBe('ok');
    expect(outcome(await sg.query(CREATE, { input }, as.operator))).toBe('ok');
  });

  it('refuses a blank title, a cost below 1, negative stock and a malformed station id', async () => {
    for (const bad of [{ title: ' ' }, { costPoints: 0 }, { stock: -1 }, { stationId: 'wangjing' }, { districtCode: '1101' }]) {
      const res = await sg.query(CREATE, { input: { title: 't', costPoints: 1, stock: 1, ...bad } }, as.admin);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('lists only active rewards; a withdrawn one cannot be redeemed', async () => {
    const id = await newReward({ stationId: station });
    const SET = `mutation($id: ID!, $a: Boolean!) { setRewardActive(id: $id, active: $a) { id active } }`;
    dataOf(await sg.query(SET, { id, a: false }, as.admin));
    const listed = dataOf(await sg.query(`query($s: ID) { rewards(stationId: $s) { id } }`, { s: station })).rewards;
    expect(listed.map((r: { id: string }) => r.id)).not.toContain(id);
    const { partner } = await workerWith(100);
    const res = await sg.query(REDEEM, { rewardId: id, key: 'k1' }, partner);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.message).toMatch(/no longer offered/);
    dataOf(await sg.query(SET, { id, a: true }, as.admin));
    expect(outcome(await sg.query(REDEEM, { rewardId: id, key: 'k1' }, partner))).toBe('ok');
  });
});

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

describe('vouchers', () => {
  async function issued(points = 30) {
    const reward = await newReward({ costPoints: points, stock: 10, districtCode: '110105' });
    const w = await workerWith(100);
    const r = dataOf(await sg.query(REDEEM, { rewardId: reward, key: newId() }, w.partner)).redeemReward;
    return { reward, ...w, redemption: r.id as string, code: r.voucherCode as string };
  }

  it('are used once: a second scan is CONFLICT', async () => {
    const { code, redemption } = await issued();
    expect(dataOf(await sg.query(USE, { code }, chaoyangOp)).useRedemption).toEqual({ id: redemption, status: 'USED' });
    const again = await sg.query(USE, { code }, chaoyangOp);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0]!.message).toMatch(/already used/);
  });

  it('are used once when 10 scans race', async () => {
    const { code } = await issued();
    const results = await Promise.all(N(10).map(() => sg.query(USE, { code }, as.operator)));
    expect(results.map(outcome).sort()).toEqual(['ok', ...Array(9).fill('CONFLICT')].sort());
  });

  it('are scanned by governance operators of the reward’s district and admins only; unknown codes are NOT_FOUND', async () => {
    const { code } = await issued();
    for (const who of [as.anonymous, as.stationsOperator, as.dashboard, haidianOp]) {
      expect(errorCodes(await sg.query(USE, { code }, who))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await sg.query(USE, { code: 'ZZZZZZZZZZZZZZZZ' }, as.admin))).toEqual(['NOT_FOUND']);
    expect(outcome(await sg.query(USE, { code: code.toLowerCase() }, as.admin))).toBe('ok');
  });

  it('refund once when cancelled, back to stock; cancelling again or using is CONFLICT', async () => {
    const { worker, partner, redemption, code, reward } = await issued(30);
    expect(await balanceOf(worker)).toBe(70);
    expect(dataOf(await sg.query(CANCEL, { id: redemption }, partner)).cancelRedemption).toEqual({ id: redemption, status: 'CANCELLED' });
    expect(await balanceOf(worker)).toBe(100);
    expect(await stockOf(reward)).toBe(10);
    expect((await entriesOf(worker)).pop()).toMatchObject({ delta: 30, reason: 'REDEMPTION_REFUND', reference: redemption });
    expect(errorCodes(await sg.query(CANCEL, { id: redemption }, partner))).toEqual(['CONFLICT']);
    expect(errorCodes(await sg.query(USE, { code }, as.admin))).toEqual(['CONFLICT']);
    expect(await balanceOf(worker)).toBe(100);
  });

  it('refund once when 10 cancellations race', async () => {
    const { worker, partner, redemption, reward } = await issued(30);
    const results = await Promise.all(N(10).map(() => sg.query(CANCEL, { id: redemption }, partner)));
    expect(results.map(outcome).sort()).toEqual(['ok', ...Array(9).fill('CONFLICT')].sort());
    expect(await balanceOf(worker)).toBe(100);
    expect(await stockOf(reward)).toBe(10);
    expect((await entriesOf(worker)).filter((e) => e.reason === 'REDEMPTION_REFUND')).toHaveLength(1);
  });

  it('cannot be cancelled once used, nor by another worker’s partner', async () => {
    const { partner, redemption, code, worker } = await issued();
    expect(errorCodes(await sg.query(CANCEL, { id: redemption }, as.partner('MEITUAN', newId())))).toEqual(['FORBIDDEN']);
    dataOf(await sg.query(USE, { code }, as.admin));
    expect(errorCodes(await sg.query(CANCEL, { id: redemption }, partner))).toEqual(['CONFLICT']);
    expect(await balanceOf(worker)).toBe(70);
    expect(errorCodes(await sg.query(CANCEL, { id: newId() }, as.admin))).toEqual(['NOT_FOUND']);
  });

  it('are listed on the worker, newest first, for those who may read the worker', async () => {
    const { worker, partner, redemption } = await issued();
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { redemptions { id status reward { title } } } } }`;
    const r = [{ __typename: 'Worker', id: worker }];
    expect(dataOf(await sg.query(q, { r }, partner))._entities[0].redemptions).toEqual([{ id: redemption, status: 'ISSUED', reward: { title: '理发一次' } }]);
    expect(errorCodes(await sg.query(q, { r }, as.anonymous))).toEqual(['FORBIDDEN']);
  });
});

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

describe('Station.rewards batching', () => {
  it('resolves 10 or 40 stations with the same number of SQL statements', async () => {
    const stations = N(40).map(() => newId());
    for (const s of stations) {
      await newReward({ stationId: s, title: '充电券' });
      await newReward({ stationId: s, title: '洗衣券' });
    }
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { id rewards { id title station { id } } } } }`;
    const cost = async (n: number) => {
      const before = sg.db.statements;
      const res = dataOf(await sg.query(q, { r: stations.slice(0, n).map((id) => ({ __typename: 'Station', id })) }));
      const spent = sg.db.statements - before;
      expect(res._entities).toHaveLength(n);
      for (const s of res._entities) expect(s.rewards.map((r: { title: string }) => r.title)).toEqual(['充电券', '洗衣券']);
      return spent;
    };
    const ten = await cost(10);
    expect(await cost(40)).toBe(ten);
    expect(ten).toBe(1);
  });
});
