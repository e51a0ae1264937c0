import { allRegions, manualClock, regionChildren, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { StreetCountEntity, StreetJoinDayEntity } from '../../src/entities';
import { UnionStreetRollups1766300000000 } from '../../src/migrations/1766300000000-union-street-rollups';
import { unionMetricsFromRows, type UnionMetrics } from '../../src/queries/metrics';
import { demoBranchId } from '../../src/seed/demo';
import { service } from '../../src/server';
import { JOIN, REGISTER, admin, freshPhone, partner, stationsOperator, unionOperator } from '../support';
import { REGION_UNION_METRICS, sumUnionMetrics } from '../support/region-metrics';

/**
 * Region.unionMetrics at every level, on the demo data (Beijing, Huizhou, Nantong, Zhengzhou)
 * with workers added, moved and given cases through the API.
 */

const clock = manualClock('2026-11-20T10:00:00+08:00');
let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true, clock });
});
afterAll(() => sg.stop());

const refs = (codes: string[]) => codes.map((code) => ({ __typename: 'Region', code }));

async function many(codes: string[], vars: Record<string, unknown> = {}, p: Principal = admin): Promise<UnionMetrics[]> {
  return dataOf(await sg.query(REGION_UNION_METRICS, { r: refs(codes), ...vars }, p))._entities.map((e: { unionMetrics: UnionMetrics }) => e.unionMetrics);
}
const one = async (code: string, vars: Record<string, unknown> = {}, p: Principal = admin) => (await many([code], vars, p))[0]!;


const mutate = async (query: string, variables: Record<string, unknown>, p: Principal = admin) => dataOf(await sg.query(query, variables, p));
const OPEN_CASE = `mutation($w: ID!) { openAssistanceCase(workerId: $w, kind: LEGAL_AID, summary: "交通事故纠纷") { id } }`;
const MOVE_CASE = `mutation($id: ID!, $status: CaseStatus!) { updateAssistanceCase(id: $id, status: $status) { status } }`;
const WITHDRAW = `mutation($w: ID!) { withdrawMembership(workerId: $w, reason: "转行") { status } }`;
const LINK = `mutation($w: ID!, $platform: ID!, $externalId: String!) { linkPlatformAccount(workerId: $w, platform: $platform, externalId: $externalId) { id } }`;

async function register(occupation: string, districtCode: string, streetCode?: string): Promise<string> {
  const input = { name: '罗志', phone: freshPhone(), occupation, districtCode, ...(streetCode ? { streetCode } : {}) };
  return (await mutate(REGISTER, { input })).registerWorker.id;
}
const join = (workerId: string, branch: string) => mutate(JOIN, { workerId, branchId: demoBranchId(branch), channel: 'ONLINE_QR' });

/** Codes at every level around the data: the nation, provinces, cities, counties, streets. */
const CODES = [
  '100000',
  '110000', '110100', '110105', '110108',
  '440000', '441300', '441302', '441302103', '441302001', '441322', '441322001', '440100', '440106',
  '320000', '320600', '320612', '320612002', '320613', '320613001',
  '410000', '410100', '410105', '410105002', '410102', '410102002', '419001',
];

describe('Region.unionMetrics', () => {
  it('counts the demo cities at every level', async () => {
    const [huizhou, huicheng, sandong, nantong, zhengzhou, zhongyuan] = await many(['441300', '441302', '441302103', '320600', '410100', '410102002']);
    expect(huizhou).toEqual({
      members: 2,
      joined: 2,
      byOccupation: [
        { key: 'FOOD_DELIVERY', count: 1 },
        { key: 'RIDE_HAILING', count: 1 },
      ],
      byPlatform: [
        { key: 'DIDI', count: 1 },
        { key: 'ELEME', count: 1 },
        { key: 'MEITUAN', count: 1 },
      ],
      openCases: 1,
    });
    expect(huicheng).toEqual({ ...huizhou, openCases: 0 });
    expect(sandong).toEqual({
      members: 1,
      joined: 1,
      byOccupation: [{ key: 'RIDE_HAILING', count: 1 }],
      byPlatform: [{ key: 'DIDI', count: 1 }],
      openCases: 0,
    });
    expect(nantong).toMatchObject({ members: 1, byOccupation: [{ key: 'RIDE_HAILING', count: 1 }], openCases: 1 });
    expect(zhengzhou).toMatchObject({ members: 2, byOccupation: [{ key: 'FOOD_DELIVERY', count: 2 }], openCases: 0 });
    expect(zhongyuan.byPlatform).toEqual([
      { key: 'ELEME', count: 1 },
      { key: 'MEITUAN', count: 1 },
    ]);
    // Beijing's demo workers name no street: the county has them, its streets do not.
    expect((await one('110105')).members).toBe(3);
    expect(await one('110105015')).toEqual({ members: 0, joined: 0, byOccupation: [], byPlatform: [], openCases: 0 });
  });

  it('adds up: a parent is the sum of its children, after writes at every level', async () => {
    // More workers: a county directly under its province (济源市), a second Guangdong city, more
    // in Huizhou's streets; joins, a withdrawal, a linked account and cases moved.
    const jiyuan = await register('COURIER', '419001');
    const tianhe = await register('FOOD_DELIVERY', '440106');
    const sandong = await register('RIDE_HAILING', '441302', '441302103');
    const qiaodong = await register('FOOD_DELIVERY', '441302', '441302001');
    const leaver = await register('COURIER', '441302', '441302001');
    const boluo = await register('TRUCK_DRIVER', '441322');
    for (const [w, branch] of [[jiyuan, 'jinshui'], [tianhe, 'beijing'], [sandong, 'huicheng'], [qiaodong, 'huicheng'], [leaver, 'huicheng'], [boluo, 'huicheng']] as const) {
      await join(w, branch);
    }
    await mutate(WITHDRAW, { w: leaver });
    await mutate(LINK, { w: sandong, platform: 'DIDI', externalId: 'didi-hz-region-1' });
    await mutate(LINK, { w: qiaodong, platform: 'MEITUAN', externalId: 'mt-hz-region-1' });
    const cases = [];
    for (const w of [sandong, qiaodong, jiyuan, boluo]) cases.push((await mutate(OPEN_CASE, { w })).openAssistanceCase.id);
    await mutate(MOVE_CASE, { id: cases[0], status: 'IN_PROGRESS' });
    await mutate(MOVE_CASE, { id: cases[1], status: 'RESOLVED' });
    clock.advance(60_000);

    for (const parent of ['440000', '441300', '410000', '410100', '320000', '320600', '110000', '110100']) {
      const children = regionChildren(parent).map((r) => r.code);
      expect(children.length).toBeGreaterThan(0);
      expect({ parent, ...(await one(parent)) }).toEqual({ parent, ...sumUnionMetrics(await many(children)) });
    }
    // Henan: 郑州市 and 济源市 (directly under the province) both hold members.
    const henan = await many(['410000', '410100', '419001']);
    expect(henan.map((m) => m.members)).toEqual([3, 2, 1]);

    const provinces = allRegions(false).filter((r) => r.level === 'PROVINCE').map((r) => r.code);
    const byProvince = await many(provinces);
    const withData = provinces.filter((_, i) => byProvince[i]!.members + byProvince[i]!.openCases > 0);
    expect(withData).toEqual(['110000', '320000', '410000', '440000']);
    const nation = await one('100000');
    expect(nation).toEqual(sumUnionMetrics(byProvince.filter((_, i) => withData.includes(provinces[i]!))));
    expect(nation.members).toBe(3 + 1 + 3 + 2 + 4);

    // 惠城区: every worker names a street, so its streets add up to it; 博罗县 has one that names none.
    const huichengStreets = regionChildren('441302').map((r) => r.code);
    expect(await one('441302')).toEqual(sumUnionMetrics(await many(huichengStreets)));
    expect((await one('441302')).members).toBe(4);
    const boluoCounty = await one('441322');
    const boluoStreets = sumUnionMetrics(await many(regionChildren('441322').map((r) => r.code)));
    expect([boluoCounty.members, boluoStreets.members]).toEqual([1, 0]);
    expect([boluoCounty.openCases, boluoStreets.openCases]).toEqual([2, 1]);
  });

  it('keeps street figures exact under concurrent writes in one street', async () => {
    const workers: string[] = [];
    for (let k = 0; k < 8; k++) workers.push(await register(k % 2 ? 'COURIER' : 'RIDE_HAILING', '320612', '320612002'));
    await Promise.all([
      ...workers.map((w) => join(w, 'tongzhou')),
      ...workers.map((w, k) => mutate(LINK, { w, platform: 'DIDI', externalId: `didi-nt-race-${k}` })),
      ...workers.slice(0, 4).map((w) => mutate(OPEN_CASE, { w })),
    ]);
    await Promise.all(workers.slice(4, 6).map((w) => mutate(WITHDRAW, { w })));
    for (const code of ['320612002', '320612', '320600']) expect({ code, ...(await one(code)) }).toEqual({ code, ...(await unionMetricsFromRows(sg.db, code, null, clock())) });
    expect((await one('320612002')).members).toBe(1 + 6);
  });

  it('agrees with the rows at every level, for periods of every shape', async () => {
    const periods: [string | null, string | null][] = [
      [null, null],
      ['2026-01-01T00:00:00+08:00', '2026-04-01T00:00:00+08:00'],
      ['2026-03-18T15:00:00+08:00', '2026-04-09T14:10:00+08:00'],
      ['2026-03-18T12:00:00+08:00', '2026-03-18T18:00:00+08:00'],
      ['2026-11-20T09:59:00+08:00', null],
      [null, '2026-02-26T10:00:00.001+08:00'],
    ];
    for (const [from, to] of periods) {
      const got = await many(CODES, { from, to });
      for (const [i, code] of CODES.entries()) {
        const expected = await unionMetricsFromRows(sg.db, code, from ? new Date(from) : null, to ? new Date(to) : clock());
        expect({ code, from, to, ...got[i] }).toEqual({ code, from, to, ...expected });
      }
    }
  });

  it('counts joins over [from, to) as District does, up to the request’s now without to', async () => {
    // 黄军 joined 2026-03-18 15:00, 林芳 2026-04-09 14:10 (Beijing time).
    const joined = async (code: string, from: string | null, to: string | null) => (await one(code, { from, to })).joined;
    expect(await joined('441300', '2026-03-18T15:00:00+08:00', '2026-04-09T14:10:00+08:00')).toBe(1);
    expect(await joined('441300', '2026-03-18T15:00:00.001+08:00', '2026-04-09T14:10:00.001+08:00')).toBe(1);
    expect(await joined('441302001', '2026-04-09T14:10:00+08:00', '2026-04-09T14:10:00+08:00')).toBe(0);
    expect(await joined('441302001', '2026-04-09T00:00:00+08:00', '2026-04-10T00:00:00+08:00')).toBe(1);

    const w = await register('FOOD_DELIVERY', '410105', '410105002');
    const at = clock().toISOString();
    await join(w, 'jinshui');
    // Asked at the very instant of the join, the period without to ends before it.
    expect(await joined('410105002', null, null)).toBe(1);
    clock.advance(1);
    expect(await joined('410105002', null, null)).toBe(2);
    expect(await joined('410000', at, null)).toBe(1);

    for (const vars of [{ from: '2026-03-01T00:00:00Z', to: '2026-02-01T00:00:00Z' }, { from: '2027-01-01T00:00:00+08:00' }]) {
      const res = await sg.query(REGION_UNION_METRICS, { r: refs(['441300']), ...vars }, admin);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe('from');
    }
  });

  it('is read within a key’s regions, and by keys without regions everywhere', async () => {
    const huizhou: Principal = { role: 'dashboard', districts: ['441300'], keyId: 'key-huizhou' };
    const huizhouOps: Principal = { ...unionOperator, districts: ['441300'] };
    for (const p of [huizhou, huizhouOps]) {
      const [city, county, street] = await many(['441300', '441302', '441302103'], {}, p);
      expect([city!.members, county!.members, street!.members]).toEqual([5, 4, 2]);
      for (const code of ['440000', '110105', '100000']) {
        const res = await sg.query(REGION_UNION_METRICS, { r: refs([code]) }, p);
        expect({ code, errors: errorCodes(res) }).toEqual({ code, errors: ['FORBIDDEN'] });
        expect(res.data?._entities?.[0]?.unionMetrics ?? null).toBeNull();
      }
    }
    const nationwide: Principal = { role: 'dashboard', keyId: 'key-nation' };
    expect((await one('100000', {}, nationwide)).members).toBeGreaterThan(0);
    expect((await one('100000', {}, unionOperator)).members).toBeGreaterThan(0);
    for (const p of [partner('MEITUAN'), stationsOperator, undefined]) {
      expect(errorCodes(await sg.query(REGION_UNION_METRICS, { r: refs(['441300']) }, p))).toEqual(['FORBIDDEN']);
    }
  });

  it('refuses a code that is not a region of the catalogue, naming code', async () => {
    for (const code of ['999999', '4413', '441302999']) {
      const res = await sg.query(REGION_UNION_METRICS, { r: refs([code]) }, admin);
      expect({ code, errors: errorCodes(res) }).toEqual({ code, errors: ['BAD_USER_INPUT'] });
      expect(res.errors![0]!.extensions!.field).toBe('code');
    }
  });

  it('costs two statements for any number of regions at any level', async () => {
    const before = sg.db.statements;
    await many(CODES, { from: '2026-01-01T12:00:00+08:00', to: '2026-11-01T12:00:00+08:00' });
    expect(sg.db.statements - before).toBe(2);
  });

  it('keeps street rollups its migration rebuilds from the rows to the same counts', async () => {
    const nonZero = async () => ({
      counts: (await sg.db.manager.find(StreetCountEntity, { order: { streetCode: 'ASC', metric: 'ASC', label: 'ASC' } })).filter((c) => c.count !== 0),
      days: (await sg.db.manager.find(StreetJoinDayEntity, { order: { streetCode: 'ASC', day: 'ASC' } })).filter((d) => d.count !== 0),
    });
    const kept = await nonZero();
    expect(kept.counts.length).toBeGreaterThan(0);
    const runner = sg.db.dataSource.createQueryRunner();
    try {
      await new UnionStreetRollups1766300000000().down(runner);
      await new UnionStreetRollups1766300000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await nonZero()).toEqual(kept);
  });
});
