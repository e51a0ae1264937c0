import type { IncomingMessage, ServerResponse } from 'node:http';
import { isDistrictCode, sendJson, type Database, type Route } from '@nef/kit';
import type { StationRow } from '../entities';
import { stationBatches } from '../queries/station-export';
import type { StationFilter } from '../queries/station-filter';
import { AMENITIES, STATION_KINDS, STATION_STATUSES } from '../rules/station-input';

export const GEOJSON_PATH = '/stations.geojson';
const BATCH = 1000;
const PARAMS = ['district', 'kind', 'amenity', 'status'];

class BadParam extends Error {}

/** Values of a repeatable, comma-separable query parameter (kind=A,B or kind=A&kind=B). */
function listParam(url: URL, name: string, allowed: readonly string[]): string[] {
  const values = url.searchParams.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  for (const v of values) {
    if (!allowed.includes(v)) throw new BadParam(`${name} must be one of ${allowed.join(', ')}; got "${v}"`);
  }
  return [...new Set(values)];
}

/**
 * Reads the export's filter from the query string: district (one GB/T 2260 code), kind (any
 * of), amenity (all of), status (default ACTIVE). Unknown parameters are refused, so a typo
 * does not silently return everything.
 */
export function geojsonFilter(url: URL): StationFilter {
  for (const key of url.searchParams.keys()) {
    if (!PARAMS.includes(key)) throw new BadParam(`unknown parameter "${key}"; use ${PARAMS.join(', ')}`);
  }
  const district = url.searchParams.get('district')?.trim() || null;
  if (district && !isDistrictCode(district)) throw new BadParam(`district must be a six-digit GB/T 2260 code, got "${district}"`);
  const statuses = listParam(url, 'status', STATION_STATUSES);
  if (statuses.length > 1) throw new BadParam('status takes one value');
  return {
    district,
    kinds: listParam(url, 'kind', STATION_KINDS),
    amenities: listParam(url, 'amenity', AMENITIES),
    status: statuses[0] ?? 'ACTIVE',
  };
}

/** An RFC 7946 Feature: WGS-84, [longitude, latitude], public fields only. */
export function stationFeature(s: StationRow, amenities: string[]) {
  return {
    type: 'Feature',
    id: s.id,
    geometry: { type: 'Point', coordinates: [round7(s.lng), round7(s.lat)] },
    properties: {
      id: s.id,
      name: s.name,
      kind: s.kind,
      status: s.status,
      address: s.address,
      district: s.districtCode,
      subdistrict: s.subdistrict,
      amenities,
      open24h: s.open24h,
      openingHours: s.openingHours,
      operator: s.operator,
      capacity: s.capacity,
      contactPhone: s.contactPhone,
    },
  };
}

/** About 1 cm: RFC 7946 advises not to publish more precision than the data has. */
const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/**
 * GET /stations.geojson: a FeatureCollection for map platforms. The kit serves routes
 * without the principal check, so this route shows only what anonymous callers may read.
 * Rows are read in id-ordered batches and streamed, so a national export holds one batch
 * in memory at a time.
 */
export function geojsonRoute(db: Database): Route {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      sendJson(res, 405, { error: 'use GET' });
      return;
    }
    let filter: StationFilter;
    try {
      filter = geojsonFilter(new URL(req.url ?? '/', 'http://localhost'));
    } catch (err) {
      if (err instanceof BadParam) return sendJson(res, 400, { error: err.message });
      throw err;
    }
    res.writeHead(200, { 'content-type': 'application/geo+json; charset=utf-8', 'cache-control': 'public, max-age=300' });
    if (req.method === 'HEAD') return void res.end();
    res.write('{"type":"FeatureCollection","features":[');
    let first = true;
    for await (const batch of stationBatches(db, filter, BATCH)) {
      const chunk = batch.map((b) => JSON.stringify(stationFeature(b.station, b.amenities))).join(',');
      res.write(first ? chunk : `,${chunk}`);
      first = false;
    }
    res.end(']}');
  };
}
