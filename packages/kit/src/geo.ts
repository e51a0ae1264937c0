import gcoord from 'gcoord';
import { badUserInput } from './errors';

export type Crs = 'WGS84' | 'GCJ02' | 'BD09';
export interface LatLng {
  lat: number;
  lng: number;
}

const SYSTEMS = { WGS84: gcoord.WGS84, GCJ02: gcoord.GCJ02, BD09: gcoord.BD09 } as const;

/** Checks a point is on Earth: latitude -90..90, longitude -180..180. */
export function validatePoint(p: LatLng, field = 'location'): void {
  if (!Number.isFinite(p.lat) || p.lat < -90 || p.lat > 90) {
    throw badUserInput(`${field}.lat must be between -90 and 90, got ${p.lat}`, { field: `${field}.lat` });
  }
  if (!Number.isFinite(p.lng) || p.lng < -180 || p.lng > 180) {
    throw badUserInput(`${field}.lng must be between -180 and 180, got ${p.lng}`, { field: `${field}.lng` });
  }
}

/**
 * GCJ-02 (and BD-09, which is derived from it) shifts coordinates only inside mainland China.
 * gcoord decides "inside" with one bounding box that also takes in Seoul, Hanoi, Bangkok,
 * Delhi and Singapore, so the kit decides first and asks gcoord only for points inside.
 *
 * The outline is the widely used set of rectangles ([north, west, south, east]) covering the
 * mainland, minus Taiwan and slices of neighbouring countries; Nepal and Bhutan are added to
 * the exclusions so that Kathmandu and Thimphu are not shifted either.
 */
const MAINLAND: readonly (readonly [number, number, number, number])[] = [
  [49.2204, 79.4462, 42.8899, 96.33],
  [54.1415, 109.6872, 39.3742, 135.0002],
  [42.8899, 73.1246, 29.5297, 124.143255],
  [29.5297, 82.9684, 26.7186, 97.0352],
  [29.5297, 97.0253, 20.414096, 124.367395],
  [20.414096, 107.975793, 17.871542, 111.744104],
];
const EXCLUDED: readonly (readonly [number, number, number, number])[] = [
  [25.398623, 119.921265, 21.785006, 122.497559], // Taiwan
  [22.284, 101.8652, 20.0988, 106.665], // northern Laos and Vietnam
  [21.5422, 106.4525, 20.4878, 108.051], // Hanoi to Haiphong
  [55.8175, 109.0323, 50.3257, 119.127], // Russia east of Lake Baikal
  [55.8175, 127.4568, 49.5574, 137.0227], // Russian Far East
  [44.8922, 131.2662, 42.5692, 137.0227], // Vladivostok
  [27.9, 82.9684, 26.7186, 88.2], // Nepal east of Pokhara
  [27.95, 89.2, 26.7186, 92.1], // Bhutan
];

const inside = (p: LatLng, [north, west, south, east]: readonly [number, number, number, number]) =>
  p.lat <= north && p.lat >= south && p.lng >= west && p.lng <= east;

/** Whether the Chinese datums shift this point (it lies in mainland China). */
export function isShiftedRegion(p: LatLng): boolean {
  return MAINLAND.some((r) => inside(p, r)) && !EXCLUDED.some((r) => inside(p, r));
}

/**
 * Converts between map datums with the published GCJ-02 / BD-09 formulas (gcoord). Outside
 * mainland China the three datums are the same, so points there are not shifted.
 */
export function convert(p: LatLng, from: Crs, to: Crs): LatLng {
  if (from === to || !isShiftedRegion(p)) return { lat: p.lat, lng: p.lng };
  const [lng, lat] = gcoord.transform([p.lng, p.lat], SYSTEMS[from], SYSTEMS[to]) as [number, number];
  return { lat, lng };
}

/** A validated input point in WGS-84, the datum everything is stored in. */
export function toWgs84(input: LatLng & { crs?: Crs | null }, field = 'location'): LatLng {
  validatePoint(input, field);
  return convert(input, input.crs ?? 'GCJ02', 'WGS84');
}

/** The mean Earth radius distanceMeters uses; code that computes the same distance step for step takes it from here. */
export const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The lat/lng box that contains every point within `radius` metres of `center`. */
export function boundingBox(center: LatLng, radius: number) {
  const dLat = (radius / EARTH_RADIUS_M) * (180 / Math.PI);
  const cos = Math.cos(rad(center.lat));
  const dLng = cos < 1e-9 ? 180 : Math.min(180, dLat / cos);
  return {
    minLat: center.lat - dLat,
    maxLat: center.lat + dLat,
    minLng: center.lng - dLng,
    maxLng: center.lng + dLng,
  };
}
