import { convert, distanceMeters, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin, CREATE as CREATE_ID, daily, stationInput as anyStationInput } from '../support';

const chaoyangOperator: Principal = { role: 'operator', keyId: 'op', domain: 'stations', districts: ['110105'] };
const unionOperator: Principal = { role: 'operator', keyId: 'uop', domain: 'union' };
const partner: Principal = { role: 'partner', keyId: 'mt', platform: 'MEITUAN' };

const CREATE = `mutation($input: CreateStationInput!) { createStation(input: $input) { id name status open24h amenities district { code name } location { lat lng } } }`;

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

describe('createStation', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());

  describe('who and what', () => {
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

  it('counts characters, not UTF-16 units: a name of 100 🚲 is stored whole, 101 are refused', async () => {
    const name = '🚲'.repeat(100);
    expect(dataOf(await sg.query(CREATE, { input: stationInput({ name }) }, admin)).createStation.name).toBe(name);
    const res = await sg.query(CREATE, { input: stationInput({ name: `${name}🚲` }) }, admin);
    expect((res.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'name']]);
  });

  /** List inputs are capped with a clear BAD_USER_INPUT. */
  describe('bounded list inputs', () => {
    const stations: string[] = [];
    const badField = (res: GraphQLResponse) => (res.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field]);
    beforeAll(async () => {
      for (let i = 0; i < 4; i++) stations.push(dataOf(await sg.query(CREATE_ID, { input: anyStationInput({ name: `限量驿站 ${i}` }) }, admin)).createStation.id);
    });
    const UPDATE = `mutation($id: ID!, $input: UpdateStationInput!) { updateStation(id: $id, input: $input) { id } }`;
    const exception = (i: number) => ({ validFrom: `2027-01-${String((i % 28) + 1).padStart(2, '0')}`, validTo: '2027-01-28', closed: true });

    it('caps openingHours at 28 periods', async () => {
      const periods = [...daily('06:00', '08:00'), ...daily('09:00', '11:00'), ...daily('12:00', '14:00'), ...daily('15:00', '17:00')];
      expect(periods).toHaveLength(28);
      dataOf(await sg.query(CREATE_ID, { input: anyStationInput({ openingHours: periods }) }, admin));
      const res = await sg.query(CREATE_ID, { input: anyStationInput({ openingHours: [...periods, { weekday: 1, opens: '18:00', closes: '19:00' }] }) }, admin);
      expect(badField(res)).toEqual([['BAD_USER_INPUT', 'openingHours']]);
      expect(res.errors![0]!.message).toMatch(/at most 28/);
      expect(badField(await sg.query(UPDATE, { id: stations[1], input: { openingHours: [...periods, ...periods] } }, admin))).toEqual([
        ['BAD_USER_INPUT', 'openingHours'],
      ]);
    });

    it('caps openingExceptions at 100', async () => {
      const hundred = Array.from({ length: 100 }, (_, i) => exception(i));
      dataOf(await sg.query(UPDATE, { id: stations[2], input: { openingExceptions: hundred } }, admin));
      const res = await sg.query(UPDATE, { id: stations[2], input: { openingExceptions: [...hundred, exception(100)] } }, admin);
      expect(badField(res)).toEqual([['BAD_USER_INPUT', 'openingExceptions']]);
      expect(res.errors![0]!.message).toMatch(/at most 100/);
    });

    it('caps amenities at the 16 there are', async () => {
      const sixteen = Array.from({ length: 16 }, () => 'MICROWAVE');
      dataOf(await sg.query(CREATE_ID, { input: anyStationInput({ amenities: sixteen }) }, admin));
      const res = await sg.query(CREATE_ID, { input: anyStationInput({ amenities: [...sixteen, 'WIFI'] }) }, admin);
      expect(badField(res)).toEqual([['BAD_USER_INPUT', 'amenities']]);
      expect(res.errors![0]!.message).toMatch(/at most 16/);
      expect(badField(await sg.query(UPDATE, { id: stations[3], input: { amenities: [...sixteen, 'WIFI'] } }, admin))).toEqual([
        ['BAD_USER_INPUT', 'amenities'],
      ]);
    });
  });
});
