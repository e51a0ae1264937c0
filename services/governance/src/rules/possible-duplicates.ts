import { boundingBox, distanceMeters, HOUR_MS } from '@nef/kit/rules';
import type { ReportRow } from '../entities';
import { OPEN_STATUSES } from './vocabulary';

export const DUPLICATE_RADIUS_M = 50;
export const DUPLICATE_WINDOW_MS = 72 * HOUR_MS;

type Located = Pick<ReportRow, 'id' | 'category' | 'lat' | 'lng' | 'submittedAt'>;

/**
 * Where duplicates of a report can be: same category, a lat/lng box around it (served by the
 * category+lat index) and 72 hours either side of its submission. Candidates in the box still
 * need `isPossibleDuplicate`, since the box's corners lie beyond the radius.
 */
export function duplicateSearchArea(report: Located) {
  const t = report.submittedAt.getTime();
  return {
    category: report.category,
    ...boundingBox({ lat: report.lat, lng: report.lng }, DUPLICATE_RADIUS_M),
    from: new Date(t - DUPLICATE_WINDOW_MS),
    to: new Date(t + DUPLICATE_WINDOW_MS),
  };
}

/**
 * `duplicateSearchArea` of the i-th report of a batch in SQL, over the reports table aliased `r`
 * (query-builder property names), with its own named parameters; candidates must also be open
 * (`OPEN_STATUSES`, parameter `open`).
 */
export function duplicateSearchSql(report: Located, i: number): { sql: string; params: Record<string, unknown> } {
  const a = duplicateSearchArea(report);
  return {
    sql:
      `(r.category = :category${i} AND r.lat BETWEEN :minLat${i} AND :maxLat${i}` +
      ` AND r.lng BETWEEN :minLng${i} AND :maxLng${i} AND r.submittedAt BETWEEN :from${i} AND :to${i})`,
    params: {
      [`category${i}`]: a.category,
      [`minLat${i}`]: a.minLat,
      [`maxLat${i}`]: a.maxLat,
      [`minLng${i}`]: a.minLng,
      [`maxLng${i}`]: a.maxLng,
      [`from${i}`]: a.from,
      [`to${i}`]: a.to,
    },
  };
}

/** Another open report of the same category within 50 m and 72 h of this one. */
export function isPossibleDuplicate(report: Located, candidate: Located & Pick<ReportRow, 'status'>): boolean {
  return (
    candidate.id !== report.id &&
    candidate.category === report.category &&
    OPEN_STATUSES.includes(candidate.status) &&
    Math.abs(candidate.submittedAt.getTime() - report.submittedAt.getTime()) <= DUPLICATE_WINDOW_MS &&
    distanceMeters(report, candidate) <= DUPLICATE_RADIUS_M
  );
}
