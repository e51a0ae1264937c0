import { badUserInput, boundingBox, requireIntInRange, requireText, toWgs84, type Crs, type LatLng } from '@nef/kit/rules';

/** Longest text to search for, and the widest circle. */
export const MAX_SEARCH_TEXT_CHARS = 100;
export const MAX_SEARCH_RADIUS_M = 50_000;

type PointInput = LatLng & { crs?: Crs | null };

export interface ReportSearchInput {
  text?: string | null;
  within?: { southWest: PointInput; northEast: PointInput } | null;
  near?: { center: PointInput; radiusMeters: number } | null;
}

/** A search, checked and in WGS-84 (the datum reports are stored in). */
export interface ReportSearch {
  /** A LIKE pattern over the lower-cased description, with `!` as the escape character. */
  textPattern: string | null;
  box: { minLat: number; maxLat: number; minLng: number; maxLng: number } | null;
  circle: { center: LatLng; radius: number } | null;
}

/** `%`, `_` and the escape character itself match only themselves. */
export const likePattern = (text: string) => `%${text.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;

/**
 * Checks the text and area conditions of a report search (BAD_USER_INPUT naming the field): text
 * 1 to 100 characters; a box whose south-west corner is south and west of its north-east one; a
 * circle of 1 m to 50 km. Points may come in any datum and are compared in WGS-84.
 */
export function checkReportSearch(input: ReportSearchInput, field = 'filter'): ReportSearch {
  const textPattern = input.text != null ? likePattern(requireText(`${field}.text`, input.text, { max: MAX_SEARCH_TEXT_CHARS })) : null;
  let box: ReportSearch['box'] = null;
  if (input.within != null) {
    const sw = toWgs84(input.within.southWest, `${field}.within.southWest`);
    const ne = toWgs84(input.within.northEast, `${field}.within.northEast`);
    if (sw.lat > ne.lat) throw badUserInput(`${field}.within.southWest must be south of northEast`, { field: `${field}.within.southWest.lat` });
    if (sw.lng > ne.lng) throw badUserInput(`${field}.within.southWest must be west of northEast`, { field: `${field}.within.southWest.lng` });
    box = { minLat: sw.lat, maxLat: ne.lat, minLng: sw.lng, maxLng: ne.lng };
  }
  let circle: ReportSearch['circle'] = null;
  if (input.near != null) {
    const center = toWgs84(input.near.center, `${field}.near.center`);
    circle = { center, radius: requireIntInRange(`${field}.near.radiusMeters`, input.near.radiusMeters, 1, MAX_SEARCH_RADIUS_M) };
  }
  return { textPattern, box, circle };
}

/** Metres per degree of latitude, on the sphere the kit measures distances on. */
const M_PER_DEG = (6_371_008.8 * Math.PI) / 180;

/**
 * `within the circle` in SQL over reports' lat and lng, in plain arithmetic both engines share:
 * the bounding box first (an index range), then the distance on the plane tangent at the
 * centre, which differs from the great-circle distance by under 0.5% within 50 km.
 * Parameters are prefixed `near`.
 */
export function nearSql(circle: { center: LatLng; radius: number }): { sql: string; params: Record<string, number> } {
  const b = boundingBox(circle.center, circle.radius);
  const kx = Math.cos((circle.center.lat * Math.PI) / 180);
  return {
    sql:
      'lat BETWEEN :nearMinLat AND :nearMaxLat AND lng BETWEEN :nearMinLng AND :nearMaxLng AND ' +
      '((lat - :nearLat) * (lat - :nearLat) + (lng - :nearLng) * (lng - :nearLng) * :nearKx2) <= :nearR2',
    params: {
      nearMinLat: b.minLat,
      nearMaxLat: b.maxLat,
      nearMinLng: b.minLng,
      nearMaxLng: b.maxLng,
      nearLat: circle.center.lat,
      nearLng: circle.center.lng,
      nearKx2: kx * kx,
      nearR2: (circle.radius / M_PER_DEG) ** 2,
    },
  };
}

/** The same test in JavaScript, for checking the SQL against. */
export function isNear(p: LatLng, circle: { center: LatLng; radius: number }): boolean {
  const kx = Math.cos((circle.center.lat * Math.PI) / 180);
  const dy = p.lat - circle.center.lat;
  const dx = (p.lng - circle.center.lng) * kx;
  return dy * dy + dx * dx <= (circle.radius / M_PER_DEG) ** 2;
}
