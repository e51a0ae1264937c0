import { convert, distanceMeters, nameId, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../src/service';

const admin: Principal = { role: 'admin', keyId: 'admin' };
const chaoyangOperator: Principal = { role: 'operator', keyId: 'op', domain: 'stations', districts: ['110105'] };
const unionOperator: Principal = { role: 'operator', keyId: 'uop', domain: 'union' };
const partner: Principal = { role: 'partner', keyId: 'mt', platform: 'MEITUAN' };

const CREATE = `mutation($input: CreateStationInput!) { createStation(input: $input) { id name status open24h amenities district { code name } location { lat lng } } }`;
const NEAR = `query($near: GeoPointInput!, $r: Int, $filter: StationFilter, $first: Int) {
  stationsNear(near: $near, radiusMeters: $r, filter: $filter, first: $first) { distanceMeters station { id name amenities open24h } } }`;

function stationInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '测试驿站',
    kind: 'WARM_STATION',
    address: '朝阳区测试路1号',
    districtCode: '110105',
    location: { lat: 39.92, lng: 116.46 },
    amenities: ['MICROWAVE', 'DRINKING_WATER'],
    open24h: false,
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '20:00' })),
    operator: '测试街道',
    ...overrides,
  };
}

describe('stations subgraph', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());

  describe('district catalogue', () => {
    it('lists Beijing’s 16 districts with their GB/T 2260 codes', async () => {
      const { districts } = dataOf(await sg.query(`{ districts(city: "北京市") { code name nameEn } }`));
      expect(districts).toHaveLength(16);
      expect(districts).toContainEqual({ code: '110105', name: '朝阳区', nameEn: 'Chaoyang' });
      expect(districts).toContainEqual({ code: '110119', name: '延庆区', nameEn: 'Yanqing' });
    });

    it('answers null for a code that is not in the catalogue', async () => {
      expect(dataOf(await sg.query(`{ district(code: "999999") { name } }`)).district).toBeNull();
    });
  });

  describe('createStation', () => {
    it('lets a stations operator add a station in its district, stored and returned in GCJ-02', async () => {
      const res = dataOf(await sg.query(CREATE, { input: stationInput() }, chaoyangOperator));
      const s = res.createStation;
      expect(s).toMatchObject({ name: '测试驿站', status: 'ACTIVE', open24h: false, district: { code: '110105', name: '朝阳区' } });
      expect(s.amenities.sort()).toEqual(['DRINKING_WATER', 'MICROWAVE']);
      expect(distanceMeters(s.location, { lat: 39.92, lng: 116.46 })).toBeLessThan(0.5);
      const wgs = dataOf(await sg.query(`query($id: ID!) { station(id: $id) { location(crs: WGS84) { lat lng } } }`, { id: s.id })).station.location;
      // Inside China the datums differ by a few hundred metres.
      expect(distanceMeters(wgs, s.location)).toBeGreaterThan(100);
      expect(distanceMeters(convert(wgs, 'WGS84', 'GCJ02'), s.location)).toBeLessThan(0.5);
    });

    it('refuses an operator outside its districts, other domains, partners and anonymous callers', async () => {
      const input = stationInput({ districtCode: '110108' });
      expect(errorCodes(await sg.query(CREATE, { input }, chaoyangOperator))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(CREATE, { input }, unionOperator))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(CREATE, { input }, partner))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(CREATE, { input }))).toEqual(['FORBIDDEN']);
    });

    it('rejects bad input with BAD_USER_INPUT and writes nothing', async () => {
      const before = dataOf(await sg.query(`{ stations { totalCount } }`)).stations.totalCount;
      for (const bad of [
        stationInput({ location: { lat: 95, lng: 116 } }),
        stationInput({ location: { lat: 39, lng: 181 } }),
        stationInput({ districtCode: '999999' }),
        stationInput({ name: '   ' }),
        stationInput({ openingHours: [] }),
        stationInput({ capacity: -1 }),
      ]) {
        expect(errorCodes(await sg.query(CREATE, { input: bad }, admin))).toEqual(['BAD_USER_INPUT']);
      }
      expect(dataOf(await sg.query(`{ stations { totalCount } }`)).stations.totalCount).toBe(before);
    });
  });

  describe('stations listing', () => {
    it('pages through every station exactly once with opaque cursors', async () => {
      const total = dataOf(await sg.query(`{ stations { totalCount } }`)).stations.totalCount;
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = dataOf(
          await sg.query(`query($after: String) { stations(first: 4, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, { after }),
        ).stations;
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    });

    it('filters by district, kinds, amenities (all of them), 24h and search', async () => {
      const q = `query($f: StationFilter) { stations(filter: $f, first: 100) { totalCount edges { node { name district { code } kind open24h amenities } } } }`;
      const chaoyang = dataOf(await sg.query(q, { f: { district: '110105' } })).stations;
      expect(chaoyang.totalCount).toBeGreaterThan(0);
      expect(chaoyang.edges.every((e: any) => e.node.district.code === '110105')).toBe(true);
      const homes = dataOf(await sg.query(q, { f: { kinds: ['RIDER_HOME'], amenities: ['EBIKE_CHARGING', 'MICROWAVE'] } })).stations;
      expect(homes.edges.map((e: any) => e.node.name).sort()).toEqual(['回龙观骑手之家', '望京骑手之家']);
      const allDay = dataOf(await sg.query(q, { f: { open24h: true } })).stations;
      expect(allDay.edges.every((e: any) => e.node.open24h)).toBe(true);
      expect(dataOf(await sg.query(q, { f: { search: '中关村' } })).stations.edges.map((e: any) => e.node.name)).toEqual(['中关村暖心驿站']);
      expect(dataOf(await sg.query(q, { f: { search: '100%' } })).stations.totalCount).toBe(0);
    });

    it('refuses more than 100 rows per page and a cursor it did not issue', async () => {
      expect(errorCodes(await sg.query(`{ stations(first: 101) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await sg.query(`{ stations(after: "garbage") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('stationsNear', () => {
    const sanlitun = { lat: 39.9334, lng: 116.4545 };

    it('returns stations within the radius, nearest first, with distances in metres', async () => {
      const near = dataOf(await sg.query(NEAR, { near: sanlitun, r: 3000 })).stationsNear;
      expect(near[0]).toMatchObject({ distanceMeters: 0, station: { name: '三里屯暖心驿站' } });
      const distances = near.map((n: any) => n.distanceMeters);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(distances.every((d: number) => d <= 3000)).toBe(true);
      expect(near.map((n: any) => n.station.name)).toContain('国贸党群服务中心'); // about 2.8 km away
      expect(near.map((n: any) => n.station.name)).not.toContain('中关村暖心驿站');
    });

    it('combines filters: a microwave within 5 km, open all night', async () => {
      const near = dataOf(await sg.query(NEAR, { near: sanlitun, r: 5000, filter: { amenities: ['MICROWAVE'], open24h: true } })).stationsNear;
      expect(near.map((n: any) => n.station.name)).toEqual(['三里屯暖心驿站']);
    });

    it('takes BD-09 input and finds the same place', async () => {
      const bd = convert(sanlitun, 'GCJ02', 'BD09');
      const near = dataOf(await sg.query(NEAR, { near: { ...bd, crs: 'BD09' }, r: 100 })).stationsNear;
      expect(near.map((n: any) => n.station.name)).toEqual(['三里屯暖心驿站']);
    });

    it('refuses a radius above the maximum and coordinates off the globe', async () => {
      expect(errorCodes(await sg.query(NEAR, { near: sanlitun, r: 20001 }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await sg.query(NEAR, { near: sanlitun, r: 0 }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await sg.query(NEAR, { near: { lat: -91, lng: 116 } }))).toEqual(['BAD_USER_INPUT']);
    });

    it('leaves out suspended and closed stations unless asked for them', async () => {
      const repo = sg.db.manager;
      const id = nameId('demo:station:cy-sanlitun');
      await repo.query(`UPDATE stations SET status = 'SUSPENDED' WHERE id = ?`, [id]);
      try {
        expect(dataOf(await sg.query(NEAR, { near: sanlitun, r: 50 })).stationsNear).toEqual([]);
        expect(dataOf(await sg.query(NEAR, { near: sanlitun, r: 50, filter: { status: 'SUSPENDED' } })).stationsNear).toHaveLength(1);
      } finally {
        await repo.query(`UPDATE stations SET status = 'ACTIVE' WHERE id = ?`, [id]);
      }
    });
  });

  describe('entities and batching', () => {
    it('resolves Station and District references for other subgraphs', async () => {
      const reps = [
        { __typename: 'Station', id: nameId('demo:station:cy-wangjing') },
        { __typename: 'District', code: '110108' },
        { __typename: 'Station', id: '00000000-0000-0000-0000-000000000000' },
      ];
      const res = dataOf(await sg.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { name } ... on District { name } } }`, { r: reps }));
      expect(res._entities).toEqual([{ name: '望京骑手之家' }, { name: '海淀区' }, null]);
    });

    it('runs the same number of SQL statements for 3 or 14 stations with their amenities and districts', async () => {
      const ids = dataOf(await sg.query(`{ stations(first: 100) { edges { node { id } } } }`)).stations.edges.map((e: any) => e.node.id);
      const count = async (n: number) => {
        const reps = ids.slice(0, n).map((id: string) => ({ __typename: 'Station', id }));
        const before = sg.db.statements;
        dataOf(await sg.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { name amenities district { name } } } }`, { r: reps }));
        return sg.db.statements - before;
      };
      expect(ids.length).toBeGreaterThanOrEqual(14);
      expect(await count(14)).toBe(await count(3));
    });
  });
});
