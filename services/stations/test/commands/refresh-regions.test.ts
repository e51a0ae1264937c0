import { allRegions, type Region } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { refreshRegions } from '../../src/commands/refresh-regions';
import { RegionEntity, StationEntity } from '../../src/entities';
import { service } from '../../src/server';
import { CREATE, admin, stationInput } from '../support';

describe('refreshRegions (npm run stations:regions-refresh)', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
  });
  afterAll(() => sg.stop());

  it('finds the migrated table current, and a second run changes nothing either', async () => {
    const catalogue = allRegions();
    const first = await refreshRegions(sg.db);
    expect(first).toMatchObject({ inserted: 0, updated: 0, unchanged: catalogue.length, removed: [], keptInUse: [] });
    expect(first.counts).toEqual({ NATION: 0, PROVINCE: 31, CITY: 338, COUNTY: 2975, STREET: 41352 });
    const second = await refreshRegions(sg.db);
    expect(second).toEqual(first);
  });

  it('brings a later edition in: new codes, renamed ones, and gone ones unless in use', async () => {
    dataOf(await sg.query(CREATE, { input: stationInput({ districtCode: '110109' }) }, admin));
    const base = allRegions();
    const edition: Region[] = base
      .filter((r) => r.code !== '110109001' && r.code !== '110109')
      .map((r) => (r.code === '441302103' ? { ...r, name: '三栋街道' } : r));
    edition.push({ code: '441302999', level: 'STREET', name: '测试街道', parentCode: '441302' });

    const r = await refreshRegions(sg.db, edition);
    // 110109 (门头沟区) is gone from this edition but a station and the district catalogue use it: kept.
    expect(r).toMatchObject({ inserted: 1, updated: 1, removed: ['110109001'], keptInUse: ['110109'] });
    const names = (await sg.db.manager.findBy(RegionEntity, {})).reduce((m, row) => m.set(row.code, row.name), new Map<string, string>());
    expect(names.get('441302103')).toBe('三栋街道');
    expect(names.get('441302999')).toBe('测试街道');
    expect(names.has('110109001')).toBe(false);
    expect(names.get('110109')).toBe('门头沟区');
    expect(await sg.db.manager.countBy(StationEntity, { districtCode: '110109' })).toBe(1);

    // The same edition again changes nothing; the installed catalogue restores the rest.
    expect(await refreshRegions(sg.db, edition)).toMatchObject({ inserted: 0, updated: 0, removed: [], keptInUse: ['110109'] });
    const back = await refreshRegions(sg.db);
    expect(back).toMatchObject({ inserted: 1, updated: 1, removed: ['441302999'], keptInUse: [] });
    const streets = dataOf(await sg.query(`{ region(code: "441302103") { name parent { name } } }`)).region;
    expect(streets).toEqual({ name: '三栋镇', parent: { name: '惠城区' } });
  });

  it('takes turns when two refreshes run at once: the edition is written once', async () => {
    const edition = [...allRegions(), { code: '441302998', level: 'STREET' as const, name: '并发街道', parentCode: '441302' }];
    const [a, b] = await Promise.all([refreshRegions(sg.db, edition), refreshRegions(sg.db, edition)]);
    expect([a.inserted, b.inserted].sort()).toEqual([0, 1]);
    expect(await sg.db.manager.countBy(RegionEntity, { code: '441302998' })).toBe(1);
    expect((await refreshRegions(sg.db)).removed).toEqual(['441302998']);
  });
});
