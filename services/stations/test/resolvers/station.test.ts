import { convert, distanceMeters, isShiftedRegion, nameId, toWgs84 } from '@nef/kit';
import { seededRandom } from '@nef/kit/seed';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { StationEntity } from '../../src/entities';
import { service } from '../../src/server';
import { RECORD_VISIT, VISIT_COUNT, admin, stationId, stationInput, workerId } from '../support';

describe('map datums', () => {
  const rand = seededRandom(2026);
  // 2,000 random points over mainland China's extent, kept where the datums apply.
  const inside = Array.from({ length: 2000 }, () => ({ lat: 18 + rand() * 35, lng: 74 + rand() * 60 })).filter(isShiftedRegion);

  it('round-trips GCJ-02 -> WGS-84 -> GCJ-02 within 0.5 m everywhere inside China', () => {
    expect(inside.length).toBeGreaterThan(500);
    let worst = 0;
    for (const gcj of inside) {
      const back = convert(convert(gcj, 'GCJ02', 'WGS84'), 'WGS84', 'GCJ02');
      worst = Math.max(worst, distanceMeters(gcj, back));
    }
    expect(worst).toBeLessThan(0.5);
  });

  it('round-trips BD-09 -> WGS-84 -> BD-09 within 0.5 m', () => {
    for (const bd of inside.slice(0, 300)) {
      const back = convert(convert(bd, 'BD09', 'WGS84'), 'WGS84', 'BD09');
      expect(distanceMeters(bd, back)).toBeLessThan(0.5);
    }
  });

  it('shifts points inside China by the published offsets (hundreds of metres)', () => {
    const tiananmenWgs = { lat: 39.9087, lng: 116.3975 };
    const gcj = convert(tiananmenWgs, 'WGS84', 'GCJ02');
    expect(distanceMeters(tiananmenWgs, gcj)).toBeGreaterThan(100);
    expect(distanceMeters(tiananmenWgs, gcj)).toBeLessThan(1000);
    const bd = convert(tiananmenWgs, 'WGS84', 'BD09');
    expect(distanceMeters(gcj, bd)).toBeGreaterThan(100);
  });

  it.each([
    ['London', 51.5072, -0.1276],
    ['New York', 40.7128, -74.006],
    ['Tokyo', 35.6762, 139.6503],
    ['Seoul', 37.5665, 126.978],
    ['Pyongyang', 39.0392, 125.7625],
    ['Hanoi', 21.0278, 105.8342],
    ['Bangkok', 13.7563, 100.5018],
    ['Singapore', 1.3521, 103.8198],
    ['Delhi', 28.6139, 77.209],
    ['Kathmandu', 27.7172, 85.324],
    ['Ulaanbaatar', 47.8864, 106.9057],
    ['Vladivostok', 43.1155, 131.8855],
    ['Taipei', 25.033, 121.5654],
    ['Sydney', -33.8688, 151.2093],
  ])('leaves %s unshifted in every datum', (_city, lat, lng) => {
    for (const from of ['WGS84', 'GCJ02', 'BD09'] as const) {
      for (const to of ['WGS84', 'GCJ02', 'BD09'] as const) {
        expect(convert({ lat, lng }, from, to)).toEqual({ lat, lng });
      }
    }
  });

  it('treats border cities on the Chinese side as inside', () => {
    for (const p of [
      { lat: 40.1244, lng: 124.3924 }, // Dandong
      { lat: 21.5318, lng: 109.1192 }, // Beihai
      { lat: 43.8256, lng: 87.6168 }, // Urumqi
      { lat: 29.652, lng: 91.1721 }, // Lhasa
      { lat: 18.2528, lng: 109.5119 }, // Sanya
      { lat: 47.3543, lng: 123.918 }, // Qiqihar
    ]) {
      expect(isShiftedRegion(p)).toBe(true);
    }
  });

  it('refuses latitudes and longitudes off the globe with BAD_USER_INPUT naming the field', () => {
    expect(() => toWgs84({ lat: 90.0001, lng: 116 })).toThrow(/location.lat/);
    expect(() => toWgs84({ lat: 39, lng: -180.5 })).toThrow(/location.lng/);
  });

  describe('through the API', () => {
    let sg: TestSubgraph;
    beforeAll(async () => {
      sg = await startTestSubgraph(service);
    });
    afterAll(() => sg.stop());
    const CREATE = `mutation($input: CreateStationInput!) { createStation(input: $input) {
      gcj: location { lat lng } wgs: location(crs: WGS84) { lat lng } bd: location(crs: BD09) { lat lng } } }`;

    it('stores what a GCJ-02, BD-09 or WGS-84 caller sent and answers in any of them', async () => {
      const wgs = { lat: 39.9087, lng: 116.3975 };
      const asGcj = convert(wgs, 'WGS84', 'GCJ02');
      const asBd = convert(wgs, 'WGS84', 'BD09');
      for (const location of [{ ...asGcj }, { ...asGcj, crs: 'GCJ02' }, { ...asBd, crs: 'BD09' }, { ...wgs, crs: 'WGS84' }]) {
        const s = dataOf(await sg.query(CREATE, { input: stationInput({ location }) }, admin)).createStation;
        expect(distanceMeters(s.wgs, wgs)).toBeLessThan(0.5);
        expect(distanceMeters(s.gcj, asGcj)).toBeLessThan(0.5);
        expect(distanceMeters(s.bd, asBd)).toBeLessThan(0.5);
      }
    });

    it('refuses a point outside the station\'s district (Seoul for a Beijing district) and writes nothing', async () => {
      const seoul = { lat: 37.5665, lng: 126.978 };
      const before = await sg.db.manager.count(StationEntity);
      const res = await sg.query(CREATE, { input: stationInput({ location: { ...seoul, crs: 'WGS84' } }) }, admin);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions?.field).toBe('location');
      expect(await sg.db.manager.count(StationEntity)).toBe(before);
    });

    it('refuses out-of-range coordinates in createStation and stationsNear', async () => {
      for (const location of [{ lat: 91, lng: 116 }, { lat: -90.5, lng: 116 }, { lat: 39, lng: 180.01 }, { lat: 39, lng: -181 }]) {
        expect(errorCodes(await sg.query(CREATE, { input: stationInput({ location }) }, admin))).toEqual(['BAD_USER_INPUT']);
        expect(errorCodes(await sg.query(`query($n: GeoPointInput!) { stationsNear(near: $n) { distanceMeters } }`, { n: location }))).toEqual(['BAD_USER_INPUT']);
      }
    });
  });
});

describe('Station as other subgraphs and riders read it', () => {
  let sg: TestSubgraph;
  const wang = workerId('wang-qiang');
  const wangjing = stationId('cy-wangjing');
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());
  const count = async (id: string, from?: string, to?: string) => dataOf(await sg.query(VISIT_COUNT, { id, from, to })).station.visitCount as number;

  it('resolves Station and District references for other subgraphs', async () => {
    const reps = [
      { __typename: 'Station', id: nameId('demo:station:cy-wangjing') },
      { __typename: 'District', code: '110108' },
      { __typename: 'Station', id: '00000000-0000-0000-0000-000000000000' },
    ];
    const res = dataOf(await sg.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { name } ... on District { name } } }`, { r: reps }));
    expect(res._entities).toEqual([{ name: '望京骑手之家' }, { name: '海淀区' }, null]);
  });

  it('gives anyone the counts, and no field of Station leads to who visited', async () => {
    expect(await count(wangjing)).toBeGreaterThan(0);
    const fields = dataOf(await sg.query(`{ __type(name: "Station") { fields { name type { name ofType { name ofType { name ofType { name } } } } } } }`)).__type.fields;
    const typeNames = JSON.stringify(fields);
    expect(typeNames).not.toContain('StationVisit');
    expect(typeNames).not.toContain('"Worker"');
  });

  it('counts per Asia/Shanghai day; a to at local midnight leaves that day out', async () => {
    const s = stationId('xc-xidan');
    const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    const at = (time: string) => new Date(`${day}T${time}+08:00`).toISOString();
    for (const [i, time] of ['00:00:00', '12:00:00', '23:59:59'].entries()) {
      dataOf(await sg.query(RECORD_VISIT, { s, w: wang, at: at(time), k: `day-${i}` }, admin));
    }
    expect(await count(s, at('00:00:00'), at('23:59:59'))).toBe(3);
    expect(await count(s, at('10:00:00'), at('11:00:00'))).toBe(3);
    const nextMidnight = new Date(Date.parse(at('00:00:00')) + 86_400_000).toISOString();
    expect(await count(s, at('00:00:00'), nextMidnight)).toBe(3);
    expect(await count(s, nextMidnight)).toBe(0);
    expect(await count(s, undefined, at('00:00:00'))).toBe(0);
    expect(errorCodes(await sg.query(VISIT_COUNT, { id: s, from: nextMidnight, to: at('00:00:00') }))).toEqual(['BAD_USER_INPUT']);
  });
});
