import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { DistrictEntity, StationEntity } from '../../src/entities';
import { service } from '../../src/server';
import { admin, chaoyangOperator, stationId, stationInput } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const CREATE = `mutation($input: CreateStationInput!) { createStation(input: $input) { id streetCode district { code name city } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateStationInput!) { updateStation(id: $id, input: $input) { id streetCode } }`;
const STATIONS = `query($d: ID) { stations(filter: { district: $d }) { totalCount } }`;
const DISTRICT = `query($c: ID!) { district(code: $c) { code name city } }`;

/** The error's code and the field it names, or null when the call succeeded. */
function refusal(res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  const e = res.errors?.[0];
  return e ? { code: e.extensions?.code, field: e.extensions?.field } : null;
}

// 惠阳区淡水街道, Huizhou (GCJ-02): a county the demo data has no station in.
const DANSHUI = { lat: 22.795, lng: 114.462, crs: 'GCJ02' };
const SHENZHEN = { lat: 22.5431, lng: 114.0579, crs: 'GCJ02' };
const CHAOYANG = { lat: 39.9219, lng: 116.4885, crs: 'GCJ02' };

describe('region codes and locations a client sends to the stations service', () => {
  it('adds a station in a county without a district row: the row comes from the catalogue', async () => {
    expect(await sg.db.manager.existsBy(DistrictEntity, { code: '441303' })).toBe(false);
    // Before any station there, the district still answers from the catalogue.
    expect(dataOf(await sg.query(DISTRICT, { c: '441303' })).district).toEqual({ code: '441303', name: '惠阳区', city: '惠州市' });
    const input = stationInput({ name: '淡水骑手之家', kind: 'RIDER_HOME', districtCode: '441303', streetCode: '441303001', location: DANSHUI });
    const s = dataOf(await sg.query(CREATE, { input }, admin)).createStation;
    expect(s).toMatchObject({ streetCode: '441303001', district: { code: '441303', name: '惠阳区', city: '惠州市' } });
    expect(await sg.db.manager.findOneByOrFail(StationEntity, { id: s.id })).toMatchObject({ districtCode: '441303', streetCode: '441303001' });
    expect(await sg.db.manager.findOneByOrFail(DistrictEntity, { code: '441303' })).toMatchObject({ name: '惠阳区', city: '惠州市' });
    expect(dataOf(await sg.query(STATIONS, { d: '441303' })).stations.totalCount).toBe(1);
  });

  it('refuses unknown or wrong-level codes, a street of another county and a point outside the district, writing nothing', async () => {
    const before = await sg.db.manager.count(StationEntity);
    const cases: [Record<string, unknown>, string][] = [
      [{ districtCode: '999999' }, 'districtCode'],
      [{ districtCode: '441300', location: DANSHUI }, 'districtCode'], // 惠州市, a city
      [{ districtCode: '110105015' }, 'districtCode'],
      [{ districtCode: '110105', location: CHAOYANG, streetCode: '441302103' }, 'streetCode'], // 三栋镇 is not in 朝阳区
      [{ districtCode: '110105', location: CHAOYANG, streetCode: '110105' }, 'streetCode'],
      [{ districtCode: '110105', location: SHENZHEN }, 'location'], // Chaoyang at Shenzhen's coordinates
      [{ districtCode: '110105', location: { lat: 0, lng: 0, crs: 'WGS84' } }, 'location'],
    ];
    for (const [over, field] of cases) {
      expect(refusal(await sg.query(CREATE, { input: stationInput(over) }, admin))).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(await sg.db.manager.count(StationEntity)).toBe(before);
  });

  it('checks an update: the street must be in the station’s district, the new point inside it; null clears the street', async () => {
    const id = stationId('cy-sanlitun');
    const row = await sg.db.manager.findOneByOrFail(StationEntity, { id });
    expect(row.streetCode).toBe('110105004'); // the demo stations name their streets
    expect(refusal(await sg.query(UPDATE, { id, input: { streetCode: '110108011' } }, chaoyangOperator))).toEqual({ code: 'BAD_USER_INPUT', field: 'streetCode' });
    expect(refusal(await sg.query(UPDATE, { id, input: { location: SHENZHEN } }, chaoyangOperator))).toEqual({ code: 'BAD_USER_INPUT', field: 'location' });
    expect(await sg.db.manager.findOneByOrFail(StationEntity, { id })).toMatchObject({ streetCode: '110105004', lat: row.lat, lng: row.lng });
    expect(dataOf(await sg.query(UPDATE, { id, input: { streetCode: '110105015' } }, chaoyangOperator)).updateStation.streetCode).toBe('110105015');
    expect(dataOf(await sg.query(UPDATE, { id, input: { streetCode: null } }, chaoyangOperator)).updateStation.streetCode).toBeNull();
  });

  it('reads by district: malformed is refused, a valid code with nothing answers empty or null', async () => {
    expect(refusal(await sg.query(STATIONS, { d: 'chaoyang' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.district' });
    expect(refusal(await sg.query(DISTRICT, { c: '11010' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(dataOf(await sg.query(STATIONS, { d: '320681' })).stations.totalCount).toBe(0); // 启东市: no station yet
    expect(dataOf(await sg.query(DISTRICT, { c: '999999' })).district).toBeNull();
    expect(dataOf(await sg.query(DISTRICT, { c: '441300' })).district).toBeNull(); // a city is not a District
  });

  it('imports with the same checks: a Huizhou row with its street is added, each bad row is reported, nothing is written while one is bad', async () => {
    const IMPORT = `mutation($content: String!) { importStations(format: CSV, content: $content) { written created problems { where reason } } }`;
    const header = 'name,kind,address,district_code,street_code,lat,lng,open_24h,operator';
    const good = '秋长暖心驿站,WARM_STATION,惠阳区秋长街道秋宝路1号,441303,441303002,22.82,114.42,true,秋长街道总工会';
    const before = await sg.db.manager.count(StationEntity);
    const bad = [
      header,
      good,
      '深圳坐标驿站,WARM_STATION,朝阳区某路1号,110105,,22.5431,114.0579,true,运营方',
      '错街道驿站,WARM_STATION,朝阳区某路2号,110105,441302103,39.92,116.48,true,运营方',
      '城市驿站,WARM_STATION,惠州市某路3号,441300,,22.795,114.462,true,运营方',
    ].join('\n');
    const refused = dataOf(await sg.query(IMPORT, { content: bad }, admin)).importStations;
    expect(refused.written).toBe(false);
    expect(refused.problems.map((p: { where: string }) => p.where)).toEqual(['line 3', 'line 4', 'line 5']);
    expect(refused.problems[0].reason).toMatch(/location .* is not in 朝阳区/);
    expect(refused.problems[1].reason).toMatch(/streetCode 441302103 \(三栋镇\) is not in 朝阳区/);
    expect(refused.problems[2].reason).toMatch(/districtCode must be a county code/);
    expect(await sg.db.manager.count(StationEntity)).toBe(before);
    expect(dataOf(await sg.query(IMPORT, { content: [header, good].join('\n') }, admin)).importStations).toMatchObject({ written: true, created: 1 });
    expect(await sg.db.manager.findOneByOrFail(StationEntity, { name: '秋长暖心驿站' })).toMatchObject({ districtCode: '441303', streetCode: '441303002' });
  });
});
