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
 * Converts between map datums with the published GCJ-02 / BD-09 formulas (gcoord). Points
 * outside China are not shifted, as the formulas prescribe.
 */
export function convert(p: LatLng, from: Crs, to: Crs): LatLng {
  if (from === to) return { lat: p.lat, lng: p.lng };
  const [lng, lat] = gcoord.transform([p.lng, p.lat], SYSTEMS[from], SYSTEMS[to]) as [number, number];
  return { lat, lng };
}

/** A validated input point in WGS-84, the datum everything is stored in. */
export function toWgs84(input: LatLng & { crs?: Crs | null }, field = 'location'): LatLng {
  validatePoint(input, field);
  return convert(input, input.crs ?? 'GCJ02', 'WGS84');
}

const EARTH_RADIUS_M = 6_371_008.8;
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
