import { manualClock } from '@nef/kit';
import { dataOf, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { listStations } from '../../src/queries/list-stations';
import { service } from '../../src/server';
import { admin, CREATE, daily, stationInput } from '../support';

/** Local Beijing time as an ISO instant. */
const bj = (local: string) => `${local}+08:00`;

const LIST = `query($f: StationFilter, $first: Int, $after: String, $at: DateTime) {
  stations(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name isOpen(at: $at) } } } }`;

describe('the openAt filter agrees with isOpen(at)', () => {
  let sg: TestSubgraph;
  const district = '110109';
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
    const make = async (name: string, extra: Record<string, unknown>) =>
      dataOf(await sg.query(CREATE, { input: stationInput({ name, districtCode: district, ...extra }) }, admin)).createStation.id as string;
    await make('白天站', { openingHours: daily('08:00', '20:00') });
    await make('周五夜站', { openingHours: [{ weekday: 5, opens: '18:00', closes: '02:00' }] });
    await make('全天站', { open24h: true, openingHours: [], openingExceptions: [{ validFrom: '2027-02-16', validTo: '2027-02-17', closed: true, note: '春节' }] });
    await make('跨年站', { openingHours: daily('08:00', '20:00'), openingExceptions: [{ validFrom: '2026-12-31', validTo: '2026-12-31', closed: false, opens: '10:00', closes: '16:00' }] });
    await make('到午夜站', { openingHours: daily('18:00', '24:00') });
    const suspended = await make('暂停站', { openingHours: daily('00:00', '23:59') });
    await sg.query(`mutation($id: ID!) { updateStation(id: $id, input: { status: SUSPENDED }) { id } }`, { id: suspended }, admin);
  });
  afterAll(() => sg.stop());

  async function openNames(at: string): Promise<{ filtered: string[]; byIsOpen: string[]; total: number }> {
    const all = dataOf(await sg.query(LIST, { f: { district }, first: 100, at })).stations.edges.map((e: any) => e.node);
    const open = dataOf(await sg.query(LIST, { f: { district, openAt: at }, first: 100, at })).stations;
    return {
      filtered: open.edges.map((e: any) => e.node.name).sort(),
      byIsOpen: all.filter((n: any) => n.isOpen).map((n: any) => n.name).sort(),
      total: open.totalCount,
    };
  }

  const instants: [string, string[]][] = [
    // Monday 2026-11-23
    [bj('2026-11-23T07:59:59.999'), ['全天站']],
    [bj('2026-11-23T08:00:00'), ['全天站', '白天站', '跨年站']],
    [bj('2026-11-23T19:59:59'), ['全天站', '白天站', '跨年站', '到午夜站']],
    [bj('2026-11-23T20:00:00'), ['全天站', '到午夜站']],
    [bj('2026-11-23T23:59:59'), ['全天站', '到午夜站']],
    [bj('2026-11-24T00:00:00'), ['全天站']],
    // Friday night into Saturday
    [bj('2026-11-27T18:00:00'), ['全天站', '周五夜站', '白天站', '跨年站', '到午夜站']],
    [bj('2026-11-28T01:59:59'), ['全天站', '周五夜站']],
    [bj('2026-11-28T02:00:00'), ['全天站']],
    [bj('2026-11-27T01:00:00'), ['全天站']],
    // Dated exceptions
    [bj('2026-12-31T09:00:00'), ['全天站', '白天站']],
    [bj('2026-12-31T10:00:00'), ['全天站', '白天站', '跨年站']],
    [bj('2026-12-31T16:00:00'), ['全天站', '白天站']],
    [bj('2027-02-15T23:59:59'), ['全天站', '到午夜站']],
    [bj('2027-02-16T00:00:00'), []],
    [bj('2027-02-17T12:00:00'), ['白天站', '跨年站']],
    [bj('2027-02-18T00:00:00'), ['全天站']],
    // The same instant written in UTC
    ['2026-11-23T00:00:00Z', ['全天站', '白天站', '跨年站']],
  ];

  it.each(instants)('at %s', async (at, expected) => {
    const r = await openNames(at);
    expect(r.filtered).toEqual([...expected].sort());
    expect(r.filtered).toEqual(r.byIsOpen);
    expect(r.total).toBe(expected.length);
  });

  it('never counts a suspended station as open, whatever its hours', async () => {
    const r = await openNames(bj('2026-11-23T12:00:00'));
    expect(r.byIsOpen).not.toContain('暂停站');
    expect(r.filtered).not.toContain('暂停站');
  });
});

describe('openAt with pagination and stationsNear', () => {
  let sg: TestSubgraph;
  const district = '110111';
  const openIds: string[] = [];
  const clock = manualClock('2026-11-23T12:00:00+08:00');
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { clock });
    // 23 stations in a row along a street; every third one keeps night hours only.
    for (let i = 0; i < 23; i++) {
      const night = i % 3 === 0;
      const id = dataOf(
        await sg.query(CREATE, {
          input: stationInput({
            name: `房山${i}号站`,
            districtCode: district,
            location: { lat: 39.73 + i * 0.0005, lng: 116.14 },
            openingHours: night ? daily('22:00', '06:00') : daily('08:00', '20:00'),
            amenities: i % 2 ? ['MICROWAVE'] : ['TOILET'],
          }),
        }, admin),
      ).createStation.id;
      if (!night) openIds.push(id);
    }
  });
  afterAll(() => sg.stop());

  it('pages through exactly the open stations, each once, whatever the page size', async () => {
    const at = bj('2026-11-23T12:00:00');
    for (const first of [1, 4, 7, 100]) {
      const seen: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (;;) {
        const page: any = dataOf(await sg.query(LIST, { f: { district, openAt: at }, first, after, at })).stations;
        total = page.totalCount;
        expect(page.edges.every((e: any) => e.node.isOpen)).toBe(true);
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual([...openIds].sort());
      expect(total).toBe(openIds.length);
    }
  });

  it('fills a page from several small batches without skipping or repeating a station', async () => {
    const at = new Date(bj('2026-11-23T12:00:00'));
    for (const batch of [1, 2, 5]) {
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const { rows } = await listStations(sg.db, { district, openAt: at }, 4, after, clock(), batch);
        seen.push(...rows.slice(0, 4).map((r) => r.id));
        if (rows.length <= 4) break;
        after = rows[3]!.id;
      }
      expect(seen).toEqual([...openIds].sort());
    }
  });

  it('filters stationsNear by openAt together with amenities and kinds', async () => {
    const NEAR = `query($f: StationFilter) { stationsNear(near: { lat: 39.735, lng: 116.14 }, radiusMeters: 2000, filter: $f, first: 100) {
      distanceMeters station { id name isOpen(at: "2026-11-23T23:00:00+08:00") amenities } } }`;
    const night = dataOf(await sg.query(NEAR, { f: { openAt: bj('2026-11-23T23:00:00') } })).stationsNear;
    expect(night.length).toBe(23 - openIds.length);
    expect(night.every((n: any) => n.station.isOpen)).toBe(true);
    const nightMicrowave = dataOf(await sg.query(NEAR, { f: { openAt: bj('2026-11-23T23:00:00'), amenities: ['MICROWAVE'], kinds: ['WARM_STATION'] } })).stationsNear;
    expect(nightMicrowave.length).toBeGreaterThan(0);
    expect(nightMicrowave.every((n: any) => n.station.isOpen && n.station.amenities.includes('MICROWAVE'))).toBe(true);
    const d = nightMicrowave.map((n: any) => n.distanceMeters);
    expect(d).toEqual([...d].sort((a: number, b: number) => a - b));
  });

  it('takes openNow as openAt at the time of the request', async () => {
    const now = clock().toISOString();
    const a = dataOf(await sg.query(LIST, { f: { district, openNow: true }, first: 100, at: now })).stations;
    const b = dataOf(await sg.query(LIST, { f: { district, openAt: now }, first: 100, at: now })).stations;
    expect(a.totalCount).toBe(b.totalCount);
  });
});

describe('filter lists are capped', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
  });
  afterAll(() => sg.stop());
  const badField = (res: GraphQLResponse) => (res.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field]);

  it('caps the kinds and amenities of a station filter at their enum sizes', async () => {
    const LIST = `query($f: StationFilter) { stations(filter: $f, first: 1) { edges { node { id } } } }`;
    const NEAR = `query($f: StationFilter) { stationsNear(near: { lat: 39.94, lng: 116.1 }, filter: $f) { distanceMeters } }`;
    dataOf(await sg.query(LIST, { f: { kinds: Array(6).fill('WARM_STATION'), amenities: Array(16).fill('MICROWAVE') } }));
    expect(badField(await sg.query(LIST, { f: { kinds: Array(7).fill('WARM_STATION') } }))).toEqual([['BAD_USER_INPUT', 'filter.kinds']]);
    expect(badField(await sg.query(LIST, { f: { amenities: Array(17).fill('MICROWAVE') } }))).toEqual([['BAD_USER_INPUT', 'filter.amenities']]);
    expect(badField(await sg.query(NEAR, { f: { amenities: Array(17).fill('MICROWAVE') } }))).toEqual([['BAD_USER_INPUT', 'filter.amenities']]);
  });
});
