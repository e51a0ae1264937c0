import { convert, distanceMeters } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { importStations, type ImportOptions } from '../../src/commands/import-stations';
import { StationEntity } from '../../src/entities';
import { service } from '../../src/server';

const HEADER = 'name,kind,address,district_code,subdistrict,lat,lng,crs,amenities,open_24h,opening_hours,opening_exceptions,capacity,operator,contact_phone';

describe('the station import', () => {
  let sg: TestSubgraph;
  let lines: string[];
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
  });
  afterAll(() => sg.stop());
  beforeEach(() => {
    lines = [];
  });
  const opts = (o: Partial<ImportOptions> = {}): ImportOptions => ({ skipInvalid: false, dryRun: false, crs: 'GCJ02', batchSize: 2, out: (l) => lines.push(l), ...o });
  const stationCount = () => sg.db.manager.count(StationEntity);
  const byName = async (search: string) =>
    dataOf(await sg.query(`query($q: String) { stations(filter: { search: $q }, first: 10) { edges { node { id name kind open24h amenities
      openingHours { weekday opens closes } openingExceptions { validFrom validTo closed opens closes } location(crs: WGS84) { lat lng } district { code } } } } }`, { q: search })).stations.edges.map((e: any) => e.node);

  it('imports a clean CSV in batches, converting each row’s datum', async () => {
    const bdPoint = convert({ lat: 39.91, lng: 116.45 }, 'WGS84', 'BD09');
    const csv = [
      HEADER,
      '导入甲站,WARM_STATION,朝阳区导入路1号,110105,建外街道,39.9087,116.4605,,MICROWAVE;DRINKING_WATER,false,1-5 09:00-21:00; 6-7 10:00-18:00,2027-02-16..2027-02-17 closed,20,建外街道,010-65051234',
      `导入乙站,RIDER_HOME,"朝阳区导入路2号, 东门",110105,,${bdPoint.lat},${bdPoint.lng},BD09,EBIKE_CHARGING|TOILET,true,,,,望京街道,`,
      '导入丙站,DRIVER_HOME,丰台区导入路3号,110106,,39.86,116.31,WGS84,,yes,,,8,丰台区总工会,',
    ].join('\n');
    const before = await stationCount();
    const r = await importStations(sg.db, 'stations.csv', csv, opts());
    expect(r).toMatchObject({ imported: 3, written: true, problems: [] });
    expect(await stationCount()).toBe(before + 3);
    expect(lines).toContain('written 2/3');
    const [a] = await byName('导入甲站');
    expect(a.openingHours).toHaveLength(7);
    expect(a.openingExceptions).toEqual([{ validFrom: '2027-02-16', validTo: '2027-02-17', closed: true, opens: null, closes: null }]);
    expect(a.amenities.sort()).toEqual(['DRINKING_WATER', 'MICROWAVE']);
    const [b] = await byName('导入乙站');
    expect(b.open24h).toBe(true);
    expect(distanceMeters(b.location, { lat: 39.91, lng: 116.45 })).toBeLessThan(0.5);
    const [c] = await byName('导入丙站');
    expect(c.location).toEqual({ lat: 39.86, lng: 116.31 });
  });

  it('reports every bad row with its line and reason, and imports nothing', async () => {
    const csv = [
      HEADER,
      '好站,WARM_STATION,地址1,110105,,39.9,116.4,,MICROWAVE,false,1-7 08:00-20:00,,,运营方,',
      '坏类型,CAFE,地址2,110105,,39.9,116.4,,,false,1-7 08:00-20:00,,,运营方,',
      '坏纬度,WARM_STATION,地址3,110105,,95,116.4,,,false,1-7 08:00-20:00,,,运营方,',
      '',
      '坏区县,WARM_STATION,地址4,999999,,39.9,116.4,,,false,1-7 08:00-20:00,,,运营方,',
      '没时间,WARM_STATION,地址5,110105,,39.9,116.4,,,false,,,,运营方,',
      '坏设施,WARM_STATION,地址6,110105,,39.9,116.4,,SAUNA,false,1-7 08:00-20:00,,,运营方,',
      '坏时间,WARM_STATION,地址7,110105,,39.9,116.4,,,false,每天 8点-20点,,,运营方,',
      '坏经度,WARM_STATION,地址8,110105,,39.9,east,,,false,1-7 08:00-20:00,,,运营方,',
    ].join('\n');
    const before = await stationCount();
    const r = await importStations(sg.db, 'bad.csv', csv, opts());
    expect(r.written).toBe(false);
    expect(await stationCount()).toBe(before);
    expect(r.problems.map((p) => p.where)).toEqual(['line 3', 'line 4', 'line 6', 'line 7', 'line 8', 'line 9', 'line 10']);
    const reason = (where: string) => r.problems.find((p) => p.where === where)!.reason;
    expect(reason('line 3')).toMatch(/kind must be one of/);
    expect(reason('line 4')).toMatch(/lat must be between -90 and 90/);
    expect(reason('line 6')).toMatch(/districtCode must be a code of the national administrative catalogue.*999999/);
    expect(reason('line 7')).toMatch(/openingHours are required/);
    expect(reason('line 8')).toMatch(/amenities\[0\] must be one of/);
    expect(reason('line 9')).toMatch(/opening_hours "每天 8点-20点"/);
    expect(reason('line 10')).toMatch(/lng must be a number/);
    expect(lines.some((l) => /^bad\.csv: line 3: kind must be one of/.test(l))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/7 bad row\(s\): nothing imported/);
  });

  it('imports only the good rows with skipInvalid, and nothing on a dry run', async () => {
    const csv = [HEADER, '跳过甲,WARM_STATION,地址,110105,,39.9,116.4,,,true,,,,运营方,', '跳过乙,NOPE,地址,110105,,39.9,116.4,,,true,,,,运营方,'].join('\n');
    const before = await stationCount();
    expect(await importStations(sg.db, 'a.csv', csv, opts({ dryRun: true, skipInvalid: true }))).toMatchObject({ created: 1, written: false });
    expect(await stationCount()).toBe(before);
    const r = await importStations(sg.db, 'a.csv', csv, opts({ skipInvalid: true }));
    expect(r).toMatchObject({ imported: 1, written: true });
    expect(r.problems.map((p) => p.where)).toEqual(['line 3']);
    expect(await stationCount()).toBe(before + 1);
  });

  it('refuses a CSV with missing or unknown columns before reading rows', async () => {
    const r = await importStations(sg.db, 'x.csv', 'name,kind,lat\n站,WARM_STATION,39', opts());
    expect(r.problems[0]!.where).toBe('line 1');
    expect(r.problems[0]!.reason).toMatch(/missing columns: address, district_code, lng, operator/);
  });

  it('imports GeoJSON (WGS-84, [lng, lat]), reports bad features by index, and leaves unchanged stations alone', async () => {
    const id = '0190f3a2-0000-7000-8000-000000000001';
    const feature = (props: Record<string, unknown>, coordinates: unknown = [116.31, 39.98]) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: props });
    const good = { id, name: 'GeoJSON站', kind: 'UNION_POST', address: '海淀区某路1号', district: '110108', amenities: ['WIFI'], open24h: false, openingHours: '1-5 09:00-18:00', operator: '海淀区总工会' };
    const doc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
    const bad = await importStations(sg.db, 'x.geojson', doc([feature(good), feature({ ...good, id: undefined, name: '' }), feature(good, [116.31])]), opts());
    expect(bad.problems.map((p) => p.where)).toEqual(['feature 1', 'feature 2']);
    expect(bad.written).toBe(false);
    const ok = await importStations(sg.db, 'x.geojson', doc([feature(good)]), opts());
    expect(ok.imported).toBe(1);
    const [s] = await byName('GeoJSON站');
    expect(s).toMatchObject({ id, kind: 'UNION_POST', district: { code: '110108' }, location: { lat: 39.98, lng: 116.31 } });
    const again = await importStations(sg.db, 'x.geojson', doc([feature(good)]), opts());
    expect(again).toMatchObject({ imported: 0, unchanged: 1, written: true });
    const changed = await importStations(sg.db, 'x.geojson', doc([feature({ ...good, name: 'GeoJSON站（新址）' })]), opts());
    expect(changed).toMatchObject({ created: 0, updated: 1 });
    expect((await byName('GeoJSON站（新址）'))[0].id).toBe(id);
  });

  it('round-trips the service’s own GeoJSON export', async () => {
    const base = sg.url.replace(/\/graphql$/, '');
    const exported = await (await fetch(`${base}/stations.geojson`)).text();
    const r = await importStations(sg.db, 'export.geojson', exported, opts());
    expect(r.problems).toEqual([]);
    expect(r.unchanged).toBe(JSON.parse(exported).features.length);
    expect(r.imported).toBe(0);
  });
});
