import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import type { Principal } from '@nef/kit';
import { service } from '../../src/server';
import { RECORD_VISIT, admin, anonymous, meituanForWang, stationId, unionOperator, workerId } from '../support';

const METRICS = `query($code: ID!, $from: DateTime, $to: DateTime) {
  region(code: $code) { code level stationMetrics(from: $from, to: $to) { stations open24h byKind { kind count } visits } } }`;
const CHILDREN = `query($code: ID!, $after: String) { region(code: $code) { children(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { code stationMetrics { stations open24h byKind { kind count } visits } } } } } }`;

const huizhouDashboard: Principal = { role: 'dashboard', keyId: 'dash-hz', districts: ['441300'] };
const guangdongOperator: Principal = { role: 'operator', keyId: 'op-gd', domain: 'stations', districts: ['440000'] };

type Figures = { stations: number; open24h: number; byKind: { kind: string; count: number }[]; visits: number };
const add = (a: Figures, b: Figures): Figures => ({
  stations: a.stations + b.stations,
  open24h: a.open24h + b.open24h,
  byKind: a.byKind.map((k, i) => ({ kind: k.kind, count: k.count + b.byKind[i]!.count })),
  visits: a.visits + b.visits,
});

describe('Region.stationMetrics', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());

  const figures = async (code: string, who: Principal = admin, period: { from?: string; to?: string } = {}): Promise<Figures> =>
    dataOf(await sg.query(METRICS, { code, ...period }, who)).region.stationMetrics;
  /** Every child's figures summed, page by page. */
  const childrenSum = async (code: string): Promise<Figures> => {
    let sum: Figures | null = null;
    let after: string | null = null;
    do {
      const page: any = dataOf(await sg.query(CHILDREN, { code, after }, admin)).region.children;
      for (const e of page.edges) sum = sum ? add(sum, e.node.stationMetrics) : e.node.stationMetrics;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return sum!;
  };

  it('sums every level into the one above: streets, counties, cities, provinces, the nation', async () => {
    // Every demo station names its street, so a county is its streets' sum too.
    for (const code of ['441302', '441300', '440000', '320600', '410100', '110000', '100000']) {
      expect({ code, figures: await childrenSum(code) }).toEqual({ code, figures: await figures(code) });
    }
    const huizhou = await figures('441300');
    expect(huizhou).toMatchObject({ stations: 3, open24h: 1 });
    expect(huizhou.byKind.find((k) => k.kind === 'DRIVER_HOME')!.count).toBe(1);
    expect(huizhou.visits).toBe(4);
    expect(await figures('441302103')).toMatchObject({ stations: 1, visits: 2 }); // 三栋镇: the drivers' service centre
    const nation = await figures('100000');
    const beijing = await figures('110000');
    expect(nation.stations).toBe(beijing.stations + huizhou.stations + (await figures('320600')).stations + (await figures('410100')).stations);
  });

  it('counts a new visit at its street, county, city, province and the nation alike', async () => {
    const codes = ['410105002', '410105', '410100', '410000', '100000'];
    const before = await Promise.all(codes.map((c) => figures(c)));
    dataOf(await sg.query(RECORD_VISIT, { s: stationId('zz-huayuanlu'), w: workerId('zz-ma-li'), at: null, k: 'region-metrics-1' }, { role: 'operator', keyId: 'op', domain: 'stations' }));
    const after = await Promise.all(codes.map((c) => figures(c)));
    expect(after.map((f, i) => f.visits - before[i]!.visits)).toEqual([1, 1, 1, 1, 1]);
    // A neighbouring street and city do not move.
    expect((await figures('410102002')).visits).toBe(1);
  });

  it('answers a region with no stations with zeros, and a period in the future with no visits', async () => {
    expect(await figures('650000')).toMatchObject({ stations: 0, open24h: 0, visits: 0 });
    const future = await figures('441300', admin, { from: '2099-01-01T00:00:00+08:00', to: '2099-02-01T00:00:00+08:00' });
    expect(future).toMatchObject({ stations: 3, visits: 0 });
  });

  it('lets a city key read its city, counties and streets, and nothing else', async () => {
    expect((await figures('441300', huizhouDashboard)).stations).toBe(3);
    expect((await figures('441302', huizhouDashboard)).stations).toBe(2);
    expect((await figures('441302001', huizhouDashboard)).stations).toBe(1);
    for (const code of ['440000', '440300', '110105', '100000']) {
      expect({ code, errors: errorCodes(await sg.query(METRICS, { code }, huizhouDashboard)) }).toEqual({ code, errors: ['FORBIDDEN'] });
    }
    expect((await figures('441300', guangdongOperator)).stations).toBe(3);
    expect(errorCodes(await sg.query(METRICS, { code: '320600' }, guangdongOperator))).toEqual(['FORBIDDEN']);
    expect((await figures('100000', { role: 'dashboard', keyId: 'dash' })).stations).toBeGreaterThan(3);
    for (const p of [meituanForWang, anonymous, unionOperator]) expect(errorCodes(await sg.query(METRICS, { code: '441300' }, p))).toEqual(['FORBIDDEN']);
  });

  it('answers null for a code the catalogue lacks, and goes from the nation down to the provinces', async () => {
    expect(dataOf(await sg.query(METRICS, { code: '999999' }, admin)).region).toBeNull();
    const nation = dataOf(await sg.query(`{ region(code: "100000") { level name parent { code } children(first: 100) { totalCount edges { node { code parent { code } } } } } }`)).region;
    expect(nation).toMatchObject({ level: 'NATION', name: '中华人民共和国', parent: null });
    expect(nation.children.totalCount).toBe(31);
    expect(nation.children.edges.every((e: any) => e.node.parent.code === '100000')).toBe(true);
    const provinces = dataOf(await sg.query(`{ regions(parent: "100000", level: CITY, first: 1) { totalCount } }`)).regions;
    expect(provinces.totalCount).toBe(338);
  });

  it('tells each key where its figures start: its regions, the nation without limits, nothing for partners', async () => {
    const VIEWER = `{ viewerRegions { code level name } }`;
    expect(dataOf(await sg.query(VIEWER, {}, huizhouDashboard)).viewerRegions).toEqual([{ code: '441300', level: 'CITY', name: '惠州市' }]);
    expect(dataOf(await sg.query(VIEWER, {}, { role: 'dashboard', keyId: 'two', districts: ['320000', '110105015'] })).viewerRegions.map((r: any) => r.name)).toEqual(['江苏省', '八里庄街道']);
    expect(dataOf(await sg.query(VIEWER, {}, admin)).viewerRegions).toEqual([{ code: '100000', level: 'NATION', name: '中华人民共和国' }]);
    expect(dataOf(await sg.query(VIEWER, {}, meituanForWang)).viewerRegions).toEqual([]);
    expect(dataOf(await sg.query(VIEWER, {}, anonymous)).viewerRegions).toEqual([]);
  });
});
