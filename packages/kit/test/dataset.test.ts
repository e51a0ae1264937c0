import {
  CITY,
  NATIONAL_AREAS,
  areaStreetCodes,
  drawPointInArea,
  generatedIndexesByArea,
  generatedStationArea,
  generatedWorker,
  generatedWorkerArea,
  seededRandom,
  shareByArea,
} from '../src/seed';
import { findRegion, isInRegionBox, isWithin } from '../src/regions';

describe('the generated data sets', () => {
  it('covers every one of the 31 provinces with national areas that are counties of the catalogue, each with streets', () => {
    const provinces = new Set(NATIONAL_AREAS.map((a) => a.code.slice(0, 2)));
    expect(provinces.size).toBe(31);
    for (const a of NATIONAL_AREAS) {
      expect(findRegion(a.code)?.level).toBe('COUNTY');
      expect(areaStreetCodes(a).length).toBeGreaterThan(0);
      expect(areaStreetCodes(a).every((s) => isWithin(s, a.code))).toBe(true);
    }
  });

  it('gives a national worker a district and a street of her area, and never a city worker’s id, phone or account', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const n = generatedWorker(42, i, 'national');
      const c = generatedWorker(42, i);
      expect(n.districtCode).toBe(generatedWorkerArea(42, i).code);
      expect(isWithin(n.streetCode!, n.districtCode)).toBe(true);
      expect(c.districtCode).toBe(CITY.districtCode);
      expect(c.streetCode).toBeNull();
      for (const v of [n.id, n.phone, ...n.accounts.map((a) => a.externalId), c.id, c.phone, ...c.accounts.map((a) => a.externalId)]) {
        expect(seen.has(v)).toBe(false);
        seen.add(v);
      }
      // The same worker in every service and run.
      expect(generatedWorker(42, i, 'national')).toEqual(n);
    }
  });

  it('spreads workers and stations over the areas in proportion to their weights', () => {
    const total = 40_000;
    const workers = generatedIndexesByArea(7, total, generatedWorkerArea);
    const stations = generatedIndexesByArea(7, total, generatedStationArea);
    const weightSum = NATIONAL_AREAS.reduce((s, a) => s + a.weight, 0);
    for (const a of NATIONAL_AREAS) {
      const expected = (total * a.weight) / weightSum;
      // Binomial spread: within five standard deviations.
      const tolerance = 5 * Math.sqrt(expected);
      expect(Math.abs(workers.get(a.code)!.length - expected)).toBeLessThan(tolerance);
      expect(Math.abs(stations.get(a.code)!.length - expected)).toBeLessThan(tolerance);
    }
    expect([...workers.values()].reduce((s, l) => s + l.length, 0)).toBe(total);
    expect(workers.get('110105')!.slice(0, 3).every((i) => generatedWorkerArea(7, i).code === '110105')).toBe(true);
  });

  it('splits a count over the areas exactly, in proportion', () => {
    for (const total of [0, 1, 37, 1000, 123_457]) {
      const shares = shareByArea(total);
      expect([...shares.values()].reduce((s, n) => s + n, 0)).toBe(total);
    }
    const shares = shareByArea(1000);
    expect([...shareByArea(10, [{ code: '110105', weight: 0 }, { code: '310101', weight: 0 }]).values()]).toEqual([0, 0]);
    // Shanghai (weight 20) gets more than Lhasa (weight 1).
    expect(shares.get('310101')!).toBeGreaterThan(shares.get('540102')! * 10);
  });

  it('draws points inside the area’s region', () => {
    const rand = seededRandom(3);
    for (const a of NATIONAL_AREAS) {
      for (let k = 0; k < 20; k++) expect(isInRegionBox(drawPointInArea(rand, a), a.code)).toBe(true);
    }
  });
});
