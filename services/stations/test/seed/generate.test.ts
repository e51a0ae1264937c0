import { generatedStationArea, generatedStationId, seededRandom } from '@nef/kit/seed';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { StationAmenityEntity, StationEntity, StationVisitDayEntity } from '../../src/entities';
import { CHAOYANG_BOX, generate } from '../../src/seed/generate';
import { service } from '../../src/server';
import { admin } from '../support';

/** Everything generated, in a comparable form. */
async function snapshot(sg: TestSubgraph) {
  const stations = await sg.db.manager.find(StationEntity, { order: { id: 'ASC' } });
  const amenities = await sg.db.manager.find(StationAmenityEntity, { order: { stationId: 'ASC', amenity: 'ASC' } });
  const days = await sg.db.manager.find(StationVisitDayEntity, { order: { stationId: 'ASC', day: 'ASC' } });
  return {
    stations: stations.map(({ createdAt: _c, updatedAt: _u, ...s }) => s),
    amenities,
    days,
  };
}

describe('the scale data generator', () => {
  const now = new Date('2026-11-22T12:00:00+08:00');
  let a: TestSubgraph;
  let b: TestSubgraph;
  beforeAll(async () => {
    [a, b] = await Promise.all([startTestSubgraph(service), startTestSubgraph(service)]);
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
  });

  it('draws the same numbers from the same seed', () => {
    const r1 = seededRandom(42);
    const r2 = seededRandom(42);
    const r3 = seededRandom(43);
    const x = Array.from({ length: 5 }, r1);
    expect(Array.from({ length: 5 }, r2)).toEqual(x);
    expect(Array.from({ length: 5 }, r3)).not.toEqual(x);
  });

  it('writes the same city data set into two databases from the same seed, inside the Chaoyang box, with daily visit counts', async () => {
    const progress: string[] = [];
    const opts = { scale: 'city' as const, seed: 42, stations: 120, visitDays: 20, batchSize: 50, now };
    await generate(a.db, { ...opts, progress: (l) => progress.push(l) });
    await generate(b.db, opts);
    const [sa, sb] = await Promise.all([snapshot(a), snapshot(b)]);
    expect(sa).toEqual(sb);
    expect(sa.stations).toHaveLength(120);
    expect(progress).toHaveLength(3);
    expect(sa.stations.every((s) => s.lat >= CHAOYANG_BOX.minLat && s.lat <= CHAOYANG_BOX.maxLat && s.districtCode === '110105')).toBe(true);
    expect(new Set(sa.days.map((d) => d.day)).size).toBe(20);
    expect(sa.days.every((d) => d.day < '2026-11-22' && d.day >= '2026-11-02')).toBe(true);
    // The rollup feeds the metrics.
    const m = dataOf(await a.query(`{ district(code: "110105") { stationMetrics { stations visits } } }`, {}, admin)).district.stationMetrics;
    expect(m.stations).toBe(120);
    expect(m.visits).toBe(sa.days.reduce((s, d) => s + d.count, 0));
  });

  it('does nothing when run again with the same seed, and adds a different set for another seed', async () => {
    expect((await generate(a.db, { scale: 'city', seed: 42, stations: 120, visitDays: 20, batchSize: 50, now })).stations).toBe(0);
    expect((await generate(a.db, { scale: 'city', seed: 7, stations: 10, visitDays: 0, now })).stations).toBe(10);
    expect(await a.db.manager.existsBy(StationEntity, { id: generatedStationId('city', 7, 9) })).toBe(true);
  });

  it('spreads a national set over China’s cities, adding their districts to the catalogue, findable by stationsNear', async () => {
    await generate(b.db, { scale: 'national', seed: 1, stations: 3000, now });
    const districts = dataOf(await b.query(`{ districts { code city } }`)).districts;
    expect(districts.map((d: any) => d.city)).toEqual(expect.arrayContaining(['上海市', '广州市', '成都市']));
    const near = dataOf(
      await b.query(`{ stationsNear(near: { lat: 31.23, lng: 121.47 }, radiusMeters: 20000, first: 5) { distanceMeters station { district { code } } } }`),
    ).stationsNear;
    expect(near.length).toBeGreaterThan(0);
    expect(near[0].station.district.code).toBe('310101');
    // Station i stands where the kit says it does: the other services place courses and rewards by it.
    const rows = await b.db.manager.find(StationEntity, { select: { id: true, districtCode: true, streetCode: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (let i = 0; i < 3000; i += 7) {
      const row = byId.get(generatedStationId('national', 1, i))!;
      expect(row.districtCode).toBe(generatedStationArea(1, i).code);
      expect(row.streetCode!.slice(0, 6)).toBe(row.districtCode);
    }
    // The nation's station count is its provinces' sum, down to the streets.
    const { region } = dataOf(await b.query(`{ region(code: "100000") { stationMetrics { stations } children(first: 100) { edges { node { stationMetrics { stations } } } } } }`, {}, admin));
    const sum = (r: any) => r.children.edges.reduce((s: number, e: any) => s + e.node.stationMetrics.stations, 0);
    // This database also holds the earlier tests' stations.
    expect(region.stationMetrics.stations).toBe(await b.db.manager.countBy(StationEntity, { status: 'ACTIVE' }));
    expect(region.children.edges.filter((e: any) => e.node.stationMetrics.stations > 0).length).toBeGreaterThanOrEqual(25);
    expect(sum(region)).toBe(region.stationMetrics.stations);
    const sh = dataOf(await b.query(`{ region(code: "310101") { stationMetrics { stations } children(first: 100) { edges { node { stationMetrics { stations } } } } } }`, {}, admin)).region;
    expect(sh.stationMetrics.stations).toBeGreaterThan(0);
    expect(sum(sh)).toBe(sh.stationMetrics.stations);
  });
});
