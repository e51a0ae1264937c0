import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId } from '../../src/seed/demo';
import { service } from '../../src/server';
import { JOIN, admin, dashboard, freshPhone, partner, registerAs, stationsOperator, unionOperator } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const METRICS = `query($r: [_Any!]!, $from: DateTime, $to: DateTime) {
  _entities(representations: $r) {
    ... on District { code unionMetrics(from: $from, to: $to) { members joined byOccupation { key count } byPlatform { key count } openCases } }
  }
}`;
const district = (code: string) => [{ __typename: 'District', code }];

async function metrics(code: string, p: Parameters<TestSubgraph['query']>[2] = admin, vars: Record<string, unknown> = {}) {
  return dataOf(await sg.query(METRICS, { r: district(code), ...vars }, p))._entities[0].unionMetrics;
}

describe('district union metrics', () => {
  it('counts the demo district: members, joins in a period, by occupation and platform, open cases', async () => {
    expect(await metrics('110105')).toEqual({
      members: 3,
      joined: 3,
      byOccupation: [
        { key: 'FOOD_DELIVERY', count: 2 },
        { key: 'COURIER', count: 1 },
      ],
      byPlatform: [
        { key: 'MEITUAN', count: 2 },
        { key: 'ELEME', count: 1 },
        { key: 'SF_EXPRESS', count: 1 },
      ],
      openCases: 1,
    });
    // [from, to): 王强 joined 2025-03-15, 张伟 2025-05-20, 陈静 exactly at `to`, so not counted.
    const period = await metrics('110105', admin, { from: '2025-04-01T00:00:00+08:00', to: '2025-07-01T09:15:00+08:00' });
    expect(period.joined).toBe(1);
    expect(period.members).toBe(3);
  });

  it('follows joins, withdrawals and cases as they happen', async () => {
    const register = async (occupation: string, externalId: string) => {
      const input = { name: '冯刚', phone: freshPhone(), occupation, districtCode: '110114', platformExternalId: externalId };
      return (await registerAs(sg, input, partner('DIDI'))).id as string;
    };
    const a = await register('RIDE_HAILING', 'didi-m1');
    const b = await register('RIDE_HAILING', 'didi-m2');
    const c = await register('TRUCK_DRIVER', 'didi-m3');
    for (const workerId of [a, b, c]) {
      dataOf(await sg.query(JOIN, { workerId, branchId: demoBranchId('beijing'), channel: 'ONLINE_QR' }, admin));
    }
    dataOf(await sg.query(`mutation($w: ID!) { withdrawMembership(workerId: $w) { status } }`, { w: c }, admin));
    const open = `mutation($w: ID!) { openAssistanceCase(workerId: $w, kind: WAGE_DISPUTE, summary: "欠薪") { id } }`;
    const first = dataOf(await sg.query(open, { w: a }, admin)).openAssistanceCase.id;
    dataOf(await sg.query(open, { w: b }, admin));
    dataOf(await sg.query(`mutation($id: ID!) { updateAssistanceCase(id: $id, status: RESOLVED) { id } }`, { id: first }, admin));
    expect(await metrics('110114')).toEqual({
      members: 2,
      joined: 3,
      byOccupation: [{ key: 'RIDE_HAILING', count: 2 }],
      byPlatform: [{ key: 'DIDI', count: 2 }],
      openCases: 1,
    });
    expect((await metrics('110114', admin, { to: '2025-01-01T00:00:00Z' })).joined).toBe(0);
  });

  it('answers an empty district with zeros', async () => {
    expect(await metrics('110119')).toEqual({ members: 0, joined: 0, byOccupation: [], byPlatform: [], openCases: 0 });
  });

  it('lets a district-limited dashboard read its own district and not another', async () => {
    expect((await metrics('110105', dashboard)).members).toBe(3);
    const other = await sg.query(METRICS, { r: district('110108') }, dashboard);
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(other.data?._entities?.[0]?.unionMetrics ?? null).toBeNull();
  });

  it('lets a city dashboard and union operators read any district, within their districts when limited', async () => {
    const city = { role: 'dashboard' as const, keyId: 'key-city' };
    expect((await metrics('110108', city)).members).toBe(0);
    expect((await metrics('110105', unionOperator)).members).toBe(3);
    const limited = { ...unionOperator, districts: ['110105'] };
    expect(errorCodes(await sg.query(METRICS, { r: district('110108') }, limited))).toEqual(['FORBIDDEN']);
  });

  it('refuses partners, anonymous callers and other domains’ operators', async () => {
    for (const p of [partner('MEITUAN'), undefined, stationsOperator]) {
      expect(errorCodes(await sg.query(METRICS, { r: district('110105') }, p))).toEqual(['FORBIDDEN']);
    }
  });

  it('refuses a period that ends before it starts, and a malformed district code', async () => {
    const bad = await sg.query(METRICS, { r: district('110105'), from: '2025-06-01T00:00:00Z', to: '2025-05-01T00:00:00Z' }, admin);
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(METRICS, { r: district('chaoyang') }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('costs a fixed number of statements', async () => {
    const before = sg.db.statements;
    await metrics('110105');
    expect(sg.db.statements - before).toBe(5);
  });
});
