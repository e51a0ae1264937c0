import { allRegions, findRegion, isInRegionBox, regionChildren, type Database } from '@nef/kit';
import { generatedIndexesByArea, generatedStationArea, generatedStationId, generatedWorker, NATIONAL, NATIONAL_AREAS, nationalArea } from '@nef/kit/seed';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Community, GatePass, Participation, PointsAccount, Redemption, Report, Reward, VolunteerActivity, VolunteerRole } from '../../src/entities';
import { rebuildRollups, ROLLUP_TABLES } from '../../src/migrations/rollups';
import type { GovernanceMetrics } from '../../src/queries/district-metrics';
import { generate, GENERATED_TABLES, type GenerateOptions } from '../../src/seed/generate';
import { as, service } from '../support';

const SEED = 42;
const WORKERS = 3_000;
const NOW = new Date(Math.floor((Date.now() - 3_600_000) / 1000) * 1000);
const OPTS: GenerateOptions = { scale: 'national', seed: SEED, workers: WORKERS, batchWorkers: 40, now: NOW };
const TABLES = GENERATED_TABLES;
const AREA_CODES = new Set(NATIONAL_AREAS.map((a) => a.code));

async function countOf(db: Database, table: string): Promise<number> {
  const [{ n }] = await db.manager.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(n);
}

async function counts(db: Database): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await countOf(db, t)] as const)));
}

const METRICS = /* GraphQL */ `
  query($r: [_Any!]!, $to: DateTime) {
    _entities(representations: $r) {
      ... on Region {
        code
        governanceMetrics(to: $to) { reports resolved activeVolunteers pointsIssued pointsRedeemed byStatus { key count } }
      }
    }
  }
`;

type Figures = Omit<GovernanceMetrics, 'byCategory' | 'medianHoursToResolve'>;

describe('the national data set generator', () => {
  let sg: TestSubgraph;
  let first: Awaited<ReturnType<typeof generate>>;
  /** Everything up to a moment after the data set. */
  const to = new Date(NOW.getTime() + 1000).toISOString();
  async function figures(codes: string[]): Promise<Map<string, Figures>> {
    const out = new Map<string, Figures>();
    for (let i = 0; i < codes.length; i += 100) {
      const r = codes.slice(i, i + 100).map((code) => ({ __typename: 'Region', code }));
      for (const e of dataOf(await sg.query(METRICS, { r, to }, as.admin))._entities) out.set(e.code, e.governanceMetrics);
    }
    return out;
  }
  const total = (list: Figures[]) => {
    const sum = { reports: 0, resolved: 0, activeVolunteers: 0, pointsIssued: 0, pointsRedeemed: 0 };
    for (const m of list) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += m[k];
    return sum;
  };
  const plain = ({ reports, resolved, activeVolunteers, pointsIssued, pointsRedeemed }: Figures) => ({ reports, resolved, activeVolunteers, pointsIssued, pointsRedeemed });

  beforeAll(async () => {
    sg = await startTestSubgraph(service);
    first = await generate(sg.db, OPTS);
  });
  afterAll(() => sg?.stop());

  it('writes every table, as planned, in proportion to the workers', async () => {
    const n = await counts(sg.db);
    expect(n).toEqual(first.planned);
    expect(first.written).toEqual(first.planned);
    // About 1.5 reports a worker, as in the city data set.
    expect(n.reports).toBeGreaterThan(WORKERS * 1.2);
    expect(n.reports).toBeLessThan(WORKERS * 1.9);
    for (const t of TABLES) expect(n[t]).toBeGreaterThan(0);
  });

  it('spreads the rows over the provinces, each in a national area, reports on its streets and in its region', async () => {
    const reports = await sg.db.manager.find(Report);
    const provinces = new Set(reports.map((r) => r.districtCode.slice(0, 2)));
    expect(provinces.size).toBeGreaterThanOrEqual(20);
    const workers = new Map(Array.from({ length: WORKERS }, (_, i) => generatedWorker(SEED, i, 'national')).map((w) => [w.id, w]));
    let own = 0;
    for (const r of reports) {
      expect(AREA_CODES.has(r.districtCode)).toBe(true);
      expect(r.streetCode).toMatch(/^\d{9}$/);
      expect(findRegion(r.streetCode!)?.parentCode).toBe(r.districtCode);
      expect(isInRegionBox({ lat: r.lat, lng: r.lng }, r.districtCode)).toBe(true);
      const reporter = workers.get(r.reporterId)!;
      expect(reporter.districtCode).toBe(r.districtCode);
      if (reporter.streetCode === r.streetCode) own++;
    }
    // Most reports are on the reporter's own street.
    expect(own).toBeGreaterThan(reports.length / 2);
    for (const c of await sg.db.manager.find(Community)) expect(AREA_CODES.has(c.districtCode)).toBe(true);
    for (const a of await sg.db.manager.find(VolunteerActivity)) expect(AREA_CODES.has(a.districtCode)).toBe(true);
    const redemptions = await sg.db.manager.find(Redemption);
    expect(new Set(redemptions.filter((x) => x.districtCode).map((x) => x.districtCode!.slice(0, 2))).size).toBeGreaterThanOrEqual(20);
    for (const x of redemptions) if (x.districtCode) expect(AREA_CODES.has(x.districtCode)).toBe(true);
  });

  it('keeps every area to itself: names, stations, communities and workers of the area', async () => {
    const communities = new Map((await sg.db.manager.find(Community)).map((c) => [c.id, c]));
    const activities = await sg.db.manager.find(VolunteerActivity);
    const workerDistrict = new Map(Array.from({ length: WORKERS }, (_, i) => generatedWorker(SEED, i, 'national')).map((w) => [w.id, w.districtCode]));
    const stations = generatedIndexesByArea(SEED, Math.round((NATIONAL.stations * WORKERS) / NATIONAL.workers), generatedStationArea);
    const stationArea = new Map([...stations].flatMap(([code, list]) => list.map((i) => [generatedStationId('national', SEED, i), code] as const)));
    // Community names come from the area's own streets.
    for (const c of communities.values()) {
      const stems = regionChildren(c.districtCode).map((s) => s.name.slice(0, 2));
      expect(stems.some((s) => c.name.startsWith(s))).toBe(true);
    }
    for (const a of activities) {
      if (a.communityId) expect(communities.get(a.communityId)!.districtCode).toBe(a.districtCode);
      else expect(a.title.startsWith(nationalArea(a.districtCode)!.name)).toBe(true);
    }
    const rewards = await sg.db.manager.find(Reward);
    expect(rewards.some((r) => r.stationId)).toBe(true);
    for (const r of rewards) if (r.stationId && r.districtCode) expect(stationArea.get(r.stationId)).toBe(r.districtCode);
    const activityDistrict = new Map(activities.map((a) => [a.id, a.districtCode]));
    for (const p of await sg.db.manager.find(Participation)) expect(workerDistrict.get(p.workerId)).toBe(activityDistrict.get(p.activityId));
    for (const r of await sg.db.manager.find(VolunteerRole)) expect(workerDistrict.get(r.workerId)).toBe(communities.get(r.communityId)!.districtCode);
    for (const p of await sg.db.manager.find(GatePass)) expect(workerDistrict.get(p.workerId)).toBe(communities.get(p.communityId)!.districtCode);
    for (const a of await sg.db.manager.find(PointsAccount)) expect(workerDistrict.has(a.workerId)).toBe(true);
  });

  it('writes nothing when run again, and the rollups a rebuild from the rows gives', async () => {
    const before = await counts(sg.db);
    const again = await generate(sg.db, { ...OPTS, now: undefined });
    expect(again.now).toEqual(NOW);
    expect(Object.values(again.written).every((n) => n === 0)).toBe(true);
    expect(await counts(sg.db)).toEqual(before);
    const snapshot = async () => {
      const out: Record<string, unknown[]> = {};
      for (const t of ROLLUP_TABLES) {
        const rows = (await sg.db.manager.query(`SELECT * FROM ${t}`)) as Record<string, unknown>[];
        out[t] = rows.map((r) => JSON.stringify(Object.keys(r).sort().map((k) => [k, String(r[k])]))).sort();
      }
      return out;
    };
    const written = await snapshot();
    await sg.db.transaction((em) => rebuildRollups(em));
    expect(await snapshot()).toEqual(written);
  });

  it('continues an interrupted run to the same rows, and sits beside the city data set in one database', async () => {
    const b = await startTestSubgraph(service);
    try {
      let batches = 0;
      const interrupt: GenerateOptions['progress'] = (what) => {
        if (what === 'workers' && ++batches === 30) throw new Error('interrupted');
      };
      await expect(generate(b.db, { ...OPTS, progress: interrupt })).rejects.toThrow('interrupted');
      expect(await countOf(b.db, 'reports')).toBeLessThan(await countOf(sg.db, 'reports'));
      const resumed = await generate(b.db, { ...OPTS, now: undefined });
      expect(resumed.now).toEqual(NOW);
      expect(resumed.written.reports).toBeGreaterThan(0);
      const ids = async (db: Database) => ((await db.manager.query('SELECT id FROM reports ORDER BY id')) as { id: string }[]).map((r) => r.id);
      expect(await ids(b.db)).toEqual(await ids(sg.db));
      expect(await counts(b.db)).toEqual(await counts(sg.db));
      // The city data set for the same seed finds nothing of its own and adds all of its rows.
      const national = await counts(b.db);
      const city = await generate(b.db, { seed: SEED, workers: 200, communities: 3, rewards: 3, activities: 10, roles: 10, now: NOW });
      const both = await counts(b.db);
      for (const t of TABLES) expect(both[t]).toBe(national[t]! + city.planned[t]!);
      await expect(generate(b.db, { ...OPTS, scale: 'county' as never })).rejects.toThrow(/city or national/);
    } finally {
      await b.stop();
    }
  });

  it('answers region metrics that add up: the nation is its provinces and its rows, a province its cities, a county its streets', async () => {
    const provinceCodes = allRegions(false).filter((r) => r.level === 'PROVINCE').map((r) => r.code);
    expect(provinceCodes).toHaveLength(31);
    const [nation] = [...(await figures(['100000'])).values()];
    const byProvince = await figures(provinceCodes);
    expect(total([...byProvince.values()])).toEqual(plain(nation!));
    const reports = await countOf(sg.db, 'reports');
    expect(nation!.reports).toBe(reports);
    expect(nation!.byStatus.reduce((s, c) => s + c.count, 0)).toBe(reports);
    const [{ points }] = await sg.db.manager.query('SELECT SUM(points_awarded) AS points FROM reports');
    const [{ activity }] = await sg.db.manager.query('SELECT COALESCE(SUM(points_awarded), 0) AS activity FROM volunteer_participations');
    expect(nation!.pointsIssued).toBe(Number(points) + Number(activity));
    const [{ redeemed }] = await sg.db.manager.query(
      "SELECT COALESCE(SUM(points_spent), 0) AS redeemed FROM redemptions WHERE district_code IS NOT NULL AND status <> 'CANCELLED'",
    );
    expect(nation!.pointsRedeemed).toBe(Number(redeemed));
    // Provinces with more than one area, and the municipalities.
    for (const province of ['440000', '320000', '370000', '330000', '110000', '500000']) {
      const cities = regionChildren(province).map((c) => c.code);
      const parts = await figures(cities);
      expect(total([...parts.values()])).toEqual(plain(byProvince.get(province) ?? (await figures([province])).get(province)!));
      expect(byProvince.get(province)?.reports ?? 0).toBeGreaterThan(0);
    }
    // Every report names a street, so a county's reports are its streets'.
    for (const area of ['310101', '440305', '540102']) {
      const county = (await figures([area])).get(area)!;
      const streets = await figures(regionChildren(area).map((s) => s.code));
      const sum = total([...streets.values()]);
      expect(sum.reports).toBe(county.reports);
      expect(sum.resolved).toBe(county.resolved);
      expect(county.reports).toBeGreaterThan(0);
    }
  });
});
