import { newId } from '@nef/kit';
import { startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Report, type ReportRow } from '../../src/entities';
import { DUPLICATE_RADIUS_M, duplicateSearchArea, duplicateSearchSql, isPossibleDuplicate } from '../../src/rules/possible-duplicates';
import { OPEN_STATUSES } from '../../src/rules/vocabulary';
import { service } from '../support';

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

describe('the duplicate search in SQL', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
  });
  afterAll(() => sg?.stop());

  it('finds every report the rule calls a possible duplicate', async () => {
    const at = (over: Partial<ReportRow>): ReportRow => ({
      id: newId(), reporterId: newId(), reporterPlatform: null, idempotencyKey: null, category: 'FIRE_HAZARD', description: '隐患',
      lat: 22.5431, lng: 114.0579, districtCode: '440304', photoUrls: '[]', status: 'SUBMITTED', duplicateOf: null,
      submittedAt: new Date('2026-11-20T00:00:00Z'), reviewedAt: null, resolvedAt: null, resolutionNote: null, reviewNote: null,
      externalRef: null, pointsAwarded: 0, ...over,
    });
    const origin = at({});
    const t = origin.submittedAt.getTime();
    const rows = [
      origin,
      at({ lat: origin.lat + metresNorth(45) }),
      at({ lat: origin.lat + metresNorth(55) }),
      at({ lng: origin.lng + 0.0005 }),
      at({ lat: origin.lat + metresNorth(30), lng: origin.lng + 0.0004 }),
      at({ submittedAt: new Date(t + 71 * HOUR), status: 'DISPATCHED' }),
      at({ submittedAt: new Date(t - 72 * HOUR) }),
      at({ submittedAt: new Date(t + 73 * HOUR) }),
      at({ category: 'SANITATION' }),
      at({ status: 'RESOLVED' }),
    ];
    await sg.db.transaction((em) => em.insert(Report, rows));
    const { sql, params } = duplicateSearchSql(origin, 0);
    const found = await sg.db.manager
      .createQueryBuilder(Report, 'r')
      .where('r.status IN (:...open)', { open: OPEN_STATUSES })
      .andWhere(sql, params)
      .getMany();
    const foundIds = new Set(found.map((r) => r.id));
    const expected = rows.filter((c) => isPossibleDuplicate(origin, c));
    expect(expected).toHaveLength(3);
    for (const c of expected) expect(foundIds.has(c.id)).toBe(true);
    expect(found.filter((c) => isPossibleDuplicate(origin, c)).map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
  });
});
