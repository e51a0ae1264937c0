import { DUPLICATE_RADIUS_M, duplicateSearchArea, isPossibleDuplicate } from '../src/domain/duplicates';

const HOUR = 3600 * 1000;
const report = { id: 'a', category: 'FIRE_HAZARD' as const, lat: 39.9087, lng: 116.4605, submittedAt: new Date('2026-11-20T00:00:00Z') };
const metresNorth = (m: number) => m / 111_195;
const candidate = (over: Partial<typeof report & { status: string }> = {}) =>
  ({ ...report, id: 'b', status: 'SUBMITTED', ...over }) as Parameters<typeof isPossibleDuplicate>[1];

describe('duplicate detection rule', () => {
  it('matches an open report of the same category within 50 m and 72 h either side', () => {
    expect(isPossibleDuplicate(report, candidate({ lat: report.lat + metresNorth(45) }))).toBe(true);
    expect(isPossibleDuplicate(report, candidate({ submittedAt: new Date(report.submittedAt.getTime() + 71 * HOUR) }))).toBe(true);
    expect(isPossibleDuplicate(report, candidate({ submittedAt: new Date(report.submittedAt.getTime() - 71 * HOUR), status: 'DISPATCHED' }))).toBe(true);
  });

  it('does not match itself, another category, a closed report, or one too far in space or time', () => {
    expect(isPossibleDuplicate(report, candidate({ id: 'a' }))).toBe(false);
    expect(isPossibleDuplicate(report, candidate({ category: 'SANITATION' as never }))).toBe(false);
    for (const status of ['RESOLVED', 'REJECTED', 'DUPLICATE']) expect(isPossibleDuplicate(report, candidate({ status }))).toBe(false);
    expect(isPossibleDuplicate(report, candidate({ lat: report.lat + metresNorth(55) }))).toBe(false);
    expect(isPossibleDuplicate(report, candidate({ submittedAt: new Date(report.submittedAt.getTime() + 73 * HOUR) }))).toBe(false);
  });

  it('searches a box that holds the whole 50 m circle', () => {
    const box = duplicateSearchArea(report);
    expect(box.maxLat - report.lat).toBeGreaterThanOrEqual(metresNorth(DUPLICATE_RADIUS_M) * 0.999);
    // Longitude degrees are shorter at 40°N, so the box is wider in longitude than in latitude.
    expect(box.maxLng - report.lng).toBeGreaterThan(box.maxLat - report.lat);
    expect(box.to.getTime() - box.from.getTime()).toBe(144 * HOUR);
  });
});
