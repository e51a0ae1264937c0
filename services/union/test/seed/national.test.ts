import { allRegions, DAY_MS, manualClock, regionChildren } from '@nef/kit';
import { areaStreetCodes, generatedWorker, NATIONAL_AREA_WEIGHT_SUM, NATIONAL_AREAS, nationalArea } from '@nef/kit/seed';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { MembershipEntity } from '../../src/entities';
import { unionMetricsFromRows, type UnionMetrics } from '../../src/queries/metrics';
import { consultationsByArea, generate, GENERATED_BRANCHES, type GenerateOptions } from '../../src/seed/generate';
import { service } from '../../src/server';
import { PROVINCE_LETTERS } from '../../src/rules/membership-numbers';
import { phones } from '../../src/settings';
import { snapshot } from '../support/snapshot';
import { admin } from '../support';
import { REGION_UNION_METRICS, sumUnionMetrics } from '../support/region-metrics';

/**
 * The union's share of the national data set, scaled down to 3,000 workers: where its rows
 * land, that it resumes and adds nothing the second time, that it shares a registry with the
 * city data set, and that Region.unionMetrics adds up from the streets to the nation.
 */

const now = new Date('2026-11-22T12:00:00+08:00');
const clock = manualClock(now);
const WORKERS = 3000;
const opts: GenerateOptions = { scale: 'national', seed: 42, workers: WORKERS, consultations: 60, batchSize: 1000, now, cipher: phones };




describe('the union national data generator', () => {
  let sg: TestSubgraph;
  let data: Awaited<ReturnType<typeof snapshot>>;
  const progress: string[] = [];

  /** Region.unionMetrics of these regions, in order, as an unlimited key reads them. */
  async function metrics(codes: string[], from: Date | null = null, to: Date | null = null): Promise<UnionMetrics[]> {
    const r = codes.map((code) => ({ __typename: 'Region', code }));
    return dataOf(await sg.query(REGION_UNION_METRICS, { r, from, to }, admin))._entities.map((e: { unionMetrics: UnionMetrics }) => e.unionMetrics);
  }

  beforeAll(async () => {
    sg = await startTestSubgraph(service, { clock });
    await generate(sg.db, { ...opts, progress: (line) => progress.push(line) });
    data = await snapshot(sg);
  });
  afterAll(() => sg.stop());

  it('spreads the workers over the provinces, each in an area’s county and one of its streets', () => {
    expect(data.workers).toHaveLength(WORKERS);
    const provinces = new Set(data.workers.map((w) => w.districtCode.slice(0, 2)));
    expect(provinces.size).toBeGreaterThanOrEqual(20);
    expect(new Set(data.workers.map((w) => w.districtCode)).size).toBe(NATIONAL_AREAS.length);
    for (const w of data.workers) {
      const area = nationalArea(w.districtCode);
      expect(area).toBeDefined();
      expect(areaStreetCodes(area!)).toContain(w.streetCode);
      expect(w.phone).toMatch(/^18\d{9}$/);
    }
    // The kit's national workers, as every service sees them.
    const byId = new Map(data.workers.map((w) => [w.id, w]));
    for (const i of [0, 1, 1234, WORKERS - 1]) {
      const g = generatedWorker(42, i, 'national');
      expect(byId.get(g.id)).toMatchObject({ name: g.name, occupation: g.occupation, districtCode: g.districtCode, streetCode: g.streetCode, phone: g.phone });
    }
    expect(progress.filter((l) => /^union national seed 42: workers \d+\/3000 /.test(l))).toHaveLength(3);
    expect(progress[progress.length - 1]).toMatch(/^union national seed 42: done: platforms \+5, union_branches \+37, workers \+3000/);
  });

  it('gives every area its county union, which its members join and which holds its consultations', () => {
    expect(data.branches).toHaveLength(NATIONAL_AREAS.length);
    const branches = new Map(data.branches.map((b) => [b.id, b]));
    for (const b of data.branches) expect(b).toMatchObject({ level: 'DISTRICT', name: expect.stringMatching(new RegExp(`${nationalArea(b.districtCode!)!.name}总工会$`)) });
    // Names tell the two 和平区 (天津, 沈阳) and the two 城关区 (兰州, 拉萨) apart.
    expect(new Set(data.branches.map((b) => b.name)).size).toBe(NATIONAL_AREAS.length);
    expect(data.branches.map((b) => b.name)).toEqual(expect.arrayContaining(['天津市和平区总工会', '沈阳市和平区总工会', '朝阳区总工会']));
    const workers = new Map(data.workers.map((w) => [w.id, w]));
    expect(data.memberships.length).toBeGreaterThan(WORKERS * 0.5);
    expect(data.memberships.length).toBeLessThan(WORKERS * 0.66);
    for (const m of data.memberships) expect(branches.get(m.branchId)!.districtCode).toBe(workers.get(m.workerId)!.districtCode);
    // Member numbers carry the letters of the member's province: GD in 天河区, SH in 黄浦区...
    for (const m of data.memberships) expect(m.memberNo.slice(0, 2)).toBe(PROVINCE_LETTERS[workers.get(m.workerId)!.districtCode.slice(0, 2)]);
    expect(new Set(data.memberships.map((m) => m.memberNo.slice(0, 2))).size).toBeGreaterThanOrEqual(20);
    // Withdrawals name the worker's own city, never Beijing's for a worker elsewhere.
    for (const e of data.events.filter((x) => x.reason?.startsWith('离开'))) {
      const m = data.memberships.find((x) => x.id === e.membershipId)!;
      expect(e.reason).toBe(`离开${nationalArea(workers.get(m.workerId)!.districtCode)!.city.replace(/市$/, '')}`);
    }
    expect(data.consultations).toHaveLength(60);
    for (const c of data.consultations) {
      const branch = branches.get(c.branchId)!;
      expect(c.title.startsWith(`${branch.name}与`)).toBe(true);
    }
    expect(new Set(data.consultations.map((c) => branches.get(c.branchId)!.districtCode!.slice(0, 2))).size).toBeGreaterThan(10);
    expect(data.cases.length).toBeGreaterThan(WORKERS * 0.005);
    expect(data.cases.length).toBeLessThan(WORKERS * 0.02);
  });

  it('shares consultations among the areas in proportion to their workers, 24 per 100,000', () => {
    const shares = consultationsByArea(42, 1_000_000, 240);
    expect(shares.reduce((n, s) => n + s.count, 0)).toBe(240);
    // A million workers follow the areas' weights closely, and so, to within one, do their consultations.
    for (const { area, count } of shares) expect(Math.abs(count - (240 * area.weight) / NATIONAL_AREA_WEIGHT_SUM)).toBeLessThan(1.5);
    expect(consultationsByArea(42, 0, 10).reduce((n, s) => n + s.count, 0)).toBe(10);
  });

  it('answers Region.unionMetrics that add up from the streets to the nation and equal the rows', async () => {
    const provinces = allRegions(false).filter((r) => r.level === 'PROVINCE').map((r) => r.code);
    expect(provinces).toHaveLength(31);
    const periods: [Date | null, Date | null][] = [
      [null, null],
      [new Date(now.getTime() - 30 * DAY_MS - 5 * 3_600_000), now],
    ];
    for (const [from, to] of periods) {
      const [nation, ...byProvince] = await metrics(['100000', ...provinces], from, to);
      expect(nation).toEqual(sumUnionMetrics(byProvince));
      expect(nation).toEqual(await unionMetricsFromRows(sg.db, '100000', from, to));
      expect(nation!.members).toBeGreaterThan(0);
    }
    const [nation] = await metrics(['100000']);
    expect(nation!.members).toBe(data.memberships.filter((m) => m.status === 'ACTIVE').length);
    expect(nation!.joined).toBe(data.memberships.length);
    expect(nation!.openCases).toBe(data.cases.filter((c) => c.status === 'OPEN' || c.status === 'IN_PROGRESS').length);

    // Every province with workers is the sum of its cities; each city of an area's, of its counties.
    for (const province of new Set(data.workers.map((w) => `${w.districtCode.slice(0, 2)}0000`))) {
      const cities = regionChildren(province).map((r) => r.code);
      const [whole, ...parts] = await metrics([province, ...cities]);
      expect(whole!.members).toBeGreaterThan(0);
      expect(whole).toEqual(sumUnionMetrics(parts));
    }
    for (const area of NATIONAL_AREAS.filter((a) => ['310101', '440305', '540102'].includes(a.code))) {
      const city = `${area.code.slice(0, 4)}00`;
      const counties = regionChildren(city).map((r) => r.code);
      const [whole, ...parts] = await metrics([city, ...counties]);
      expect(whole).toEqual(sumUnionMetrics(parts));
      // Every national worker names a street, so the county's streets add up to the whole county.
      const streets = areaStreetCodes(area);
      const [county, ...byStreet] = await metrics([area.code, ...streets]);
      expect(county!.members).toBeGreaterThan(0);
      expect(county).toEqual(sumUnionMetrics(byStreet));
      const busiest = streets[byStreet.reduce((best, m, i) => (m.members > byStreet[best]!.members ? i : best), 0)]!;
      expect((await metrics([busiest]))[0]).toEqual(await unionMetricsFromRows(sg.db, busiest, null, null));
    }
  });

  it('writes nothing the second time, and an interrupted run finishes where it stopped', async () => {
    const again = await generate(sg.db, opts);
    expect(Object.values(again.written).every((n) => n === 0)).toBe(true);
    const c = await startTestSubgraph(service);
    try {
      // The first 1,300 workers and no consultations, as a run stopped part-way would leave them.
      await generate(c.db, { ...opts, workers: 1300, consultations: 0 });
      const rest = await generate(c.db, opts);
      expect(rest.written.workers).toBe(WORKERS - 1300);
      expect(rest.written.consultations).toBe(60);
      expect(await snapshot(c)).toEqual(data);
    } finally {
      await c.stop();
    }
  });

  it('shares a registry with the city data set: no id, phone or number in common, Chaoyang’s union used by both', async () => {
    const city = await generate(sg.db, { seed: 42, workers: 300, consultations: 3, now, cipher: phones });
    expect(city.written.workers).toBe(300);
    // 朝阳区总工会 is the national run's; the city adds its six street unions.
    expect(city.written.union_branches).toBe(GENERATED_BRANCHES.length - 1);
    const memberships = await sg.db.manager.find(MembershipEntity);
    expect(memberships).toHaveLength(data.memberships.length + city.written.memberships!);
    const [nation, beijing, chaoyang] = await metrics(['100000', '110000', '110105']);
    expect(nation).toEqual(await unionMetricsFromRows(sg.db, '100000', null, null));
    expect(beijing).toEqual(chaoyang);
    expect(chaoyang).toEqual(await unionMetricsFromRows(sg.db, '110105', null, null));
  });
});
