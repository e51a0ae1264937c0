import { regionChildren, regionPath } from '@nef/kit';
import { areaStreetCodes, generatedStationArea, generatedStationId, generatedWorker, NATIONAL, NATIONAL_AREAS, nationalArea, type GeneratedWorker } from '@nef/kit/seed';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import type { TrainingMetrics } from '../../src/queries/metrics';
import { generate, type GenerateOptions, type GenerateResult } from '../../src/seed/generate';
import { service } from '../../src/server';
import { settings } from '../../src/settings';
import { cityDashboard } from '../support';
import { groupBy, plainMetrics, rowsOf, SEED, violations, type Rows } from '../support/generated-rows';
import { sumTrainingMetrics } from '../support/region-metrics';

const WORKERS = 3_000;
const NATION = '100000';
const REGIONS = `query($r: [_Any!]!) {
  _entities(representations: $r) { ... on Region { code trainingMetrics { courses enrollments completions certificates byCategory { key count } } } }
}`;


const province = (code: string) => regionPath(code).at(-1)!.code;

describe('the national data generator, written to the database', () => {
  // The present, so that the region figures (up to the request's clock) see every generated row.
  const now = new Date();
  const opts: GenerateOptions = {
    scale: 'national',
    seed: SEED,
    workers: WORKERS,
    // A national total, shared among the areas by their workers (at 3,000 workers the city's ratio gives none).
    cityWideCourses: 12,
    now,
    subsidyCapCents: settings.subsidyCapCents,
    requestThreshold: settings.courseRequestThreshold,
  };
  const workers = new Map<string, GeneratedWorker>();
  for (let i = 0; i < WORKERS; i++) {
    const w = generatedWorker(SEED, i, 'national');
    workers.set(w.id, w);
  }
  let sg: TestSubgraph;
  let first: GenerateResult;
  let rows: Rows;
  const planned: string[] = [];
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
    first = await generate(sg.db, { ...opts, planned: (n) => planned.push(n.area!.code) });
    rows = await rowsOf(sg);
  });
  afterAll(async () => {
    await sg.stop();
  });

  it('writes what it reports, area by area, by every rule of the service', () => {
    expect(planned).toEqual(NATIONAL_AREAS.map((a) => a.code));
    expect(first).toEqual({
      courses: rows.courses.length,
      sessions: rows.sessions.length,
      enrollments: rows.enrollments.length,
      attendances: rows.attendances.length,
      requests: rows.requests.length,
      votes: rows.votes.length,
    });
    // At least one district course per area, about 6 per 1,000 workers where there are many.
    expect(rows.courses.filter((c) => c.districtCode !== null).length).toBeGreaterThanOrEqual(NATIONAL_AREAS.length);
    expect(rows.enrollments.length).toBeGreaterThan(WORKERS * 0.2);
    expect(rows.votes.length).toBeGreaterThan(WORKERS * 0.03);
    expect(rows.courses.filter((c) => c.districtCode === null)).toHaveLength(12);
    expect(violations(rows, WORKERS, now, 'national')).toEqual([]);
  });

  it('puts every row in its area: districts, streets, stations, learners and providers', () => {
    const courses = new Map(rows.courses.map((c) => [c.id, c]));
    const stationArea = new Map(Array.from({ length: NATIONAL.stations }, (_, k) => [generatedStationId('national', SEED, k), generatedStationArea(SEED, k).code]));
    const learnersOf = groupBy(rows.enrollments, (e) => e.courseId);
    for (const c of rows.courses) {
      const learners = (learnersOf.get(c.id) ?? []).map((e) => workers.get(e.workerId)!);
      if (c.districtCode !== null) {
        const area = nationalArea(c.districtCode)!;
        expect(area).toBeDefined();
        expect(areaStreetCodes(area)).toContain(c.streetCode);
        expect(c.provider).toMatch(new RegExp(`^(${area.name.replace(/[区县市]$/u, '')}|${area.city.replace(/市$/u, '')})`, 'u'));
        // Learners are the area's own workers.
        expect(learners.filter((w) => w.districtCode !== area.code)).toEqual([]);
      } else {
        // A city-wide course: online, run by one area's city for that area's workers.
        expect([c.mode, c.streetCode]).toEqual(['ONLINE', null]);
        const areas = new Set(learners.map((w) => w.districtCode));
        expect(areas.size).toBe(1);
        for (const code of areas) expect(c.provider.startsWith(nationalArea(code)!.city.replace(/市$/u, ''))).toBe(true);
      }
    }
    for (const s of rows.sessions) {
      if (s.stationId === null) continue;
      // In person: at a national station standing in the course's district.
      expect(stationArea.get(s.stationId)).toBe(courses.get(s.courseId)!.districtCode);
    }
    const requests = new Map(rows.requests.map((r) => [r.id, r]));
    for (const r of rows.requests) expect(nationalArea(r.districtCode)).toBeDefined();
    for (const v of rows.votes) expect(workers.get(v.workerId)!.districtCode).toBe(requests.get(v.requestId)!.districtCode);

    // Spread over the country as the workers are.
    const provincesOf = (codes: (string | null)[]) => new Set(codes.filter((c): c is string => c !== null).map((c) => c.slice(0, 2)));
    expect(provincesOf(rows.enrollments.map((e) => courses.get(e.courseId)!.districtCode)).size).toBeGreaterThanOrEqual(20);
    expect(provincesOf(rows.courses.map((c) => c.districtCode)).size).toBe(31);
    expect(provincesOf(rows.requests.map((r) => r.districtCode)).size).toBeGreaterThanOrEqual(20);
    // No Chaoyang names outside Chaoyang (the city plan's providers are all 朝阳区 and 北京).
    expect(rows.courses.filter((c) => c.districtCode !== null && c.districtCode !== '110105' && /朝阳|北京/u.test(c.provider))).toEqual([]);
  });

  it('adds nothing when run again, and resumes an interrupted run', async () => {
    const again = await generate(sg.db, opts);
    expect(again).toEqual({ courses: 0, sessions: 0, enrollments: 0, attendances: 0, requests: 0, votes: 0 });
    expect(await rowsOf(sg)).toEqual(rows);

    const other = await startTestSubgraph(service);
    try {
      // Interrupted in the third area, after two batches of its courses.
      const interrupt = (p: { what: string; area?: { code: string }; done: number }) => {
        if (p.what === 'courses' && p.area?.code === NATIONAL_AREAS[2]!.code) throw new Error('interrupted');
      };
      await expect(generate(other.db, { ...opts, batchSize: 2, progress: interrupt })).rejects.toThrow('interrupted');
      const resumed = await generate(other.db, { ...opts, batchSize: 2 });
      expect(resumed.courses).toBeLessThan(rows.courses.length);
      expect(await rowsOf(other)).toEqual(rows);
    } finally {
      await other.stop();
    }
  });

  it('answers region figures that add up from streets to the nation, and the nation counts every district course', async () => {
    const provinces = [...new Set(NATIONAL_AREAS.map((a) => province(a.code)))];
    expect(provinces).toHaveLength(31);
    const citiesOf = new Map(provinces.map((p) => [p, regionChildren(p).map((r) => r.code)]));
    const biggest = NATIONAL_AREAS.reduce((a, b) => (b.weight > a.weight ? b : a));
    const streets = regionChildren(biggest.code).map((r) => r.code);
    const codes = [NATION, ...provinces, ...[...citiesOf.values()].flat(), ...NATIONAL_AREAS.map((a) => a.code), ...streets];
    const got = dataOf(await sg.query(REGIONS, { r: codes.map((code) => ({ __typename: 'Region', code })) }, cityDashboard))._entities as {
      code: string;
      trainingMetrics: TrainingMetrics;
    }[];
    const figures = new Map(got.map((r) => [r.code, r.trainingMetrics]));

    const nation = figures.get(NATION)!;
    expect(nation).toEqual(sumTrainingMetrics(provinces.map((p) => figures.get(p)!)));
    for (const [p, cities] of citiesOf) expect(figures.get(p)).toEqual(sumTrainingMetrics(cities.map((c) => figures.get(c)!)));
    // Each area's county counts its own rows; every district course names a street, so its streets add up to it.
    const everything = { from: null, to: null };
    for (const a of NATIONAL_AREAS) expect(figures.get(a.code)).toEqual(plainMetrics(rows, a.code, everything));
    expect(figures.get(biggest.code)).toEqual(sumTrainingMetrics(streets.map((s) => figures.get(s)!)));

    // The nation's figures are the rows written (city-wide courses name no district and count in no region).
    const district = new Set(rows.courses.filter((c) => c.districtCode !== null).map((c) => c.id));
    const seats = rows.enrollments.filter((e) => district.has(e.courseId) && (e.status === 'ENROLLED' || e.status === 'COMPLETED'));
    const completions = rows.enrollments.filter((e) => district.has(e.courseId) && e.status === 'COMPLETED');
    expect(nation).toMatchObject({
      courses: rows.courses.filter((c) => c.districtCode !== null && c.status !== 'CANCELLED').length,
      enrollments: seats.length,
      completions: completions.length,
      certificates: completions.filter((e) => e.certificateNo).length,
    });
    expect(nation.enrollments).toBeGreaterThan(0);
    expect(nation.completions).toBeGreaterThan(0);
  });

  it('shares a database with the city data set without a clash of ids', async () => {
    // Without course requests: both data sets ask for classes in 110105, and the service keeps one
    // open round per topic and district, so the city's open rounds would meet the nation's there.
    const city = await generate(sg.db, { ...opts, scale: 'city', workers: 300, courses: 3, cityWideCourses: 1, requestVotes: 0 });
    expect(city.courses).toBe(4);
    const both = await rowsOf(sg);
    expect(both.courses).toHaveLength(rows.courses.length + 4);
    expect(both.enrollments).toHaveLength(rows.enrollments.length + city.enrollments);
    expect(both.attendances).toHaveLength(rows.attendances.length + city.attendances);
  });

  it('names the scales it knows when asked for another', async () => {
    await expect(generate(sg.db, { ...opts, scale: 'province' as never })).rejects.toThrow('scale must be city or national, got "province"');
  });
});
