import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { API_IMPORT_MAX_BYTES } from '../../src/commands/import-stations';
import { StationEntity } from '../../src/entities';
import { service } from '../../src/server';
import { admin, anonymous, chaoyangOperator, dashboard, meituanForWang, unionOperator } from '../support';

const IMPORT = `mutation($format: StationFileFormat!, $content: String!, $dryRun: Boolean, $crs: CoordinateSystem) {
  importStations(format: $format, content: $content, dryRun: $dryRun, crs: $crs) { written created updated unchanged problems { where reason } } }`;
const HEADER = 'name,kind,address,district_code,lat,lng,amenities,open_24h,opening_hours,operator';
const CSV = [
  HEADER,
  '朝外驿站,WARM_STATION,朝阳区朝外大街1号,110105,39.92,116.44,MICROWAVE;WIFI,false,1-7 08:00-20:00,朝外街道',
  '团结湖骑手之家,RIDER_HOME,朝阳区团结湖路2号,110105,39.93,116.47,,true,,团结湖街道',
].join('\n');

describe('importStations through the API', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());
  const run = (content: string, p: Principal = chaoyangOperator, vars: Record<string, unknown> = {}) => sg.query(IMPORT, { format: 'CSV', content, ...vars }, p);
  const count = () => sg.db.manager.count(StationEntity);

  it('checks without writing on a dry run, then writes; the same CSV without ids again changes nothing', async () => {
    const before = await count();
    expect(dataOf(await run(CSV, chaoyangOperator, { dryRun: true })).importStations).toMatchObject({ written: false, created: 2 });
    expect(await count()).toBe(before);
    expect(dataOf(await run(CSV)).importStations).toMatchObject({ written: true, created: 2, updated: 0, unchanged: 0, problems: [] });
    expect(await count()).toBe(before + 2);
    const stored = await sg.db.manager.find(StationEntity, { order: { id: 'ASC' } });
    expect(dataOf(await run(CSV)).importStations).toMatchObject({ written: true, created: 0, updated: 0, unchanged: 2 });
    expect(await sg.db.manager.find(StationEntity, { order: { id: 'ASC' } })).toEqual(stored);
    // A changed row without an id updates the station with the same district, name and address.
    const changed = CSV.replace('朝外街道', '朝外街道办事处');
    expect(dataOf(await run(changed)).importStations).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    expect(await count()).toBe(before + 2);
    expect((await sg.db.manager.findOneByOrFail(StationEntity, { name: '朝外驿站' })).operator).toBe('朝外街道办事处');
  });

  it('writes nothing when one row is bad or outside the operator’s districts, and says which', async () => {
    const before = await count();
    const csv = [HEADER, '好站甲,WARM_STATION,朝阳区某路3号,110105,39.9,116.4,,true,,运营方', '海淀站,WARM_STATION,海淀区某路1号,110108,39.98,116.31,,true,,运营方', '坏站,CAFE,朝阳区某路4号,110105,39.9,116.4,,true,,运营方'].join('\n');
    const r = dataOf(await run(csv)).importStations;
    expect(r.written).toBe(false);
    expect(r.problems.map((p: any) => p.where)).toEqual(['line 3', 'line 4']);
    expect(r.problems[0].reason).toMatch(/110108 is not among the districts your key manages/);
    expect(await count()).toBe(before);
    // An admin may write anywhere; the bad kind is still refused.
    expect(dataOf(await run(csv, admin)).importStations.problems.map((p: any) => p.where)).toEqual(['line 4']);
    expect(await count()).toBe(before);
  });

  it('is for admins and stations operators only', async () => {
    for (const p of [anonymous, meituanForWang, dashboard, unionOperator]) expect(errorCodes(await run(CSV, p))).toEqual(['FORBIDDEN']);
  });

  it('refuses a file over the size cap or empty, naming content', async () => {
    const big = `${HEADER}\n${'x'.repeat(API_IMPORT_MAX_BYTES)}`;
    for (const content of [big, '  ']) {
      const res = await run(content);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe('content');
    }
    const unreadable = dataOf(await sg.query(IMPORT, { format: 'GEOJSON', content: '{not json' }, admin)).importStations;
    expect(unreadable).toMatchObject({ written: false, problems: [{ where: 'file' }] });
  });

  it('adds the stations of a file imported by two callers at once only once', async () => {
    const csv = [HEADER, '并发甲站,WARM_STATION,朝阳区并发路1号,110105,39.9,116.4,,true,,运营方', '并发乙站,WARM_STATION,朝阳区并发路2号,110105,39.9,116.4,,true,,运营方'].join('\n');
    const before = await count();
    const results = await Promise.all([run(csv), run(csv, admin), run(csv)]);
    for (const res of results) {
      if (errorCodes(res).length) expect(errorCodes(res)).toEqual(['CONFLICT']);
      else expect(res.data!.importStations.written).toBe(true);
    }
    expect(results.some((res) => res.data?.importStations?.created === 2)).toBe(true);
    expect(await count()).toBe(before + 2);
  });
});
