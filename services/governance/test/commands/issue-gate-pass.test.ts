import { DAY_MS, newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { GatePass } from '../../src/entities';
import { as, N, outcome, service } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const CREATE_COMMUNITY = `mutation($input: CommunityInput!) { createCommunity(input: $input) { id } }`;
const ISSUE = /* GraphQL */ `
  mutation($c: ID!, $w: ID) { issueGatePass(communityId: $c, workerId: $w) { id code issuedAt expiresAt valid worker { id } community { id passValidityDays } } }
`;
const GATE = `query($code: String!) { gatePass(code: $code) { valid expiresAt community { name } worker { id } } }`;

async function community(riderFriendly = true, passValidityDays = 30): Promise<string> {
  const input = { name: '望京西园三区', districtCode: '110105', riderFriendly, passValidityDays };
  return dataOf(await sg.query(CREATE_COMMUNITY, { input }, as.admin)).createCommunity.id;
}
const issue = (c: string, worker: string) => sg.query(ISSUE, { c }, as.partner('MEITUAN', worker));
const age = (id: string, expiresAt: Date) => sg.db.manager.update(GatePass, { id }, { expiresAt });

describe('issueGatePass', () => {
  it('gives a pass valid for the community’s days, with an unguessable code', async () => {
    const c = await community(true, 30);
    const worker = newId();
    const before = Date.now();
    const pass = dataOf(await issue(c, worker)).issueGatePass;
    expect(pass).toMatchObject({ valid: true, worker: { id: worker }, community: { id: c, passValidityDays: 30 } });
    expect(pass.code).toMatch(/^[23456789A-HJ-NP-Z]{20}$/);
    const expires = new Date(pass.expiresAt).getTime();
    expect(expires).toBeGreaterThanOrEqual(before + 30 * DAY_MS);
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * DAY_MS);
  });

  it('is CONFLICT at a community that is not rider-friendly, NOT_FOUND at an unknown one', async () => {
    const c = await community(false);
    const res = await issue(c, newId());
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.message).toMatch(/not a rider-friendly community/);
    expect(errorCodes(await issue(newId(), newId()))).toEqual(['NOT_FOUND']);
  });

  it('extends a valid pass to now + days, keeping its code', async () => {
    const c = await community(true, 30);
    const worker = newId();
    const first = dataOf(await issue(c, worker)).issueGatePass;
    await age(first.id, new Date(Date.now() + 2 * DAY_MS));
    const again = dataOf(await issue(c, worker)).issueGatePass;
    expect(again.id).toBe(first.id);
    expect(again.code).toBe(first.code);
    expect(new Date(again.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * DAY_MS);
    expect(await sg.db.manager.count(GatePass, { where: { workerId: worker } })).toBe(1);
  });

  it('issues a new code once the old pass has expired', async () => {
    const c = await community();
    const worker = newId();
    const first = dataOf(await issue(c, worker)).issueGatePass;
    await age(first.id, new Date(Date.now() - 1000));
    const fresh = dataOf(await issue(c, worker)).issueGatePass;
    expect(fresh.id).not.toBe(first.id);
    expect(fresh.code).not.toBe(first.code);
    expect(fresh.valid).toBe(true);
  });

  it('keeps one pass when 10 issuances race', async () => {
    const c = await community();
    const worker = newId();
    const results = await Promise.all(N(10).map(() => issue(c, worker)));
    expect(results.map(outcome)).toEqual(Array(10).fill('ok'));
    expect(new Set(results.map((r) => dataOf(r).issueGatePass.code)).size).toBe(1);
    expect(await sg.db.manager.count(GatePass, { where: { workerId: worker } })).toBe(1);
  });

  it('is for the worker’s acting partner, or an operator naming the worker', async () => {
    const c = await community();
    const worker = newId();
    expect(outcome(await sg.query(ISSUE, { c, w: worker }, as.operator))).toBe('ok');
    expect(errorCodes(await sg.query(ISSUE, { c, w: worker }, as.anonymous))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(ISSUE, { c, w: worker }, as.partner('MEITUAN', newId())))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(ISSUE, { c }, as.operator))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('gatePass(code) at the gate', () => {
  it('answers valid for a current pass and not valid for an expired one, to anyone', async () => {
    const c = await community();
    const worker = newId();
    const pass = dataOf(await issue(c, worker)).issueGatePass;
    expect(dataOf(await sg.query(GATE, { code: pass.code })).gatePass).toMatchObject({ valid: true, community: { name: '望京西园三区' }, worker: { id: worker } });
    await age(pass.id, new Date(Date.now() - 1));
    expect(dataOf(await sg.query(GATE, { code: pass.code })).gatePass.valid).toBe(false);
  });

  it('answers null for an unknown code', async () => {
    expect(dataOf(await sg.query(GATE, { code: 'ABCDEFGHJKLMNPQRSTUV' })).gatePass).toBeNull();
    expect(dataOf(await sg.query(GATE, { code: 'x'.repeat(200) })).gatePass).toBeNull();
  });
});

describe('Worker.gatePasses', () => {
  it('lists valid passes by default, all when asked, to those who may read the worker', async () => {
    const worker = newId();
    const a = dataOf(await issue(await community(), worker)).issueGatePass;
    const b = dataOf(await issue(await community(), worker)).issueGatePass;
    await age(b.id, new Date(Date.now() - 1));
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { valid: gatePasses { code valid } all: gatePasses(validOnly: false) { code } } } }`;
    const r = [{ __typename: 'Worker', id: worker }];
    const [w] = dataOf(await sg.query(q, { r }, as.partner('MEITUAN', worker)))._entities;
    expect(w.valid).toEqual([{ code: a.code, valid: true }]);
    expect(w.all.map((p: { code: string }) => p.code).sort()).toEqual([a.code, b.code].sort());
    // Each of the two nullable fields is refused on its own.
    expect(errorCodes(await sg.query(q, { r }, as.anonymous))).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('resolves 10 or 40 workers with the same number of SQL statements', async () => {
    const c = await community();
    const workers = N(40).map(() => newId());
    for (const w of workers) dataOf(await issue(c, w));
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { gatePasses { code valid community { name } } } } }`;
    const cost = async (n: number) => {
      const before = sg.db.statements;
      const res = dataOf(await sg.query(q, { r: workers.slice(0, n).map((id) => ({ __typename: 'Worker', id })) }, as.admin));
      const spent = sg.db.statements - before;
      for (const w of res._entities) expect(w.gatePasses).toHaveLength(1);
      return spent;
    };
    const ten = await cost(10);
    expect(await cost(40)).toBe(ten);
    expect(ten).toBe(2);
  });
});
