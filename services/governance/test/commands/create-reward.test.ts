import { nameId, newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { as, chaoyangOp, CREATE_REWARD as CREATE, haidianOp, outcome, REDEEM, rewardsOn, service } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const { newReward, workerWith } = rewardsOn(() => sg);
const station = nameId('demo:station:cy-wangjing');

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
