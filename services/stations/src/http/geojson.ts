import type { IncomingMessage, ServerResponse } from 'node:http';
import { setImmediate } from 'node:timers/promises';
import { VersionBook, headerValue, isDistrictCode, sendJson, systemClock, type Clock, type Database, type Route } from '@nef/kit';
import type { MerchantOfferRow, StationRow } from '../entities';
import { stationBatches } from '../queries/station-export';
import { applyFilter, stationQuery, type StationFilter } from '../queries/station-filter';
import { AMENITIES, STATION_KINDS, STATION_STATUSES } from '../rules/station-input';

export const GEOJSON_PATH = '/stations.geojson';
/**
 * Rows per read and per write. Each batch is read and serialised without a break (SQLite reads
 * are synchronous), so it bounds how long a GraphQL request waits during an export: measured
 * with 20,000 stations, 1,000 a batch gave a median wait of about 120 ms, 500 about 12 ms.
 */
const BATCH = 500;
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

/**
 * An RFC 7946 Feature: WGS-84, [longitude, latitude], public fields only: every field the
 * import reads, so that importing an export gives the same stations and offers back.
 */
export function stationFeature(s: StationRow, amenities: string[], offers: MerchantOfferRow[] = []) {
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
      streetCode: s.streetCode ?? null,
      amenities,
      open24h: s.open24h,
      openingHours: s.openingHours,
      openingExceptions: s.openingExceptions,
      operator: s.operator,
      capacity: s.capacity,
      contactPhone: s.contactPhone,
      offers: offers.map((o) => ({
        id: o.id,
        title: o.title,
        priceCents: o.priceCents,
        originalPriceCents: o.originalPriceCents,
        startsAt: o.startsAt.toISOString(),
        validUntil: o.validUntil?.toISOString() ?? null,
      })),
    },
  };
}

/** About 1 cm: RFC 7946 advises not to publish more precision than the data has. */
const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/** The data-version namespace every write to the station layer moves (see ../cache.ts). */
const NAMESPACE = 'stations';

/** Whether an If-None-Match header names `etag` (or is `*`). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/**
 * GET /stations.geojson: a FeatureCollection for map platforms. The kit serves routes
 * without the principal check, so this route shows only what anonymous callers may read; the
 * gateway decides who may ask and charges the export to the caller's rate limit by
 * `x-feature-count`, which is known before the first feature is sent.
 *
 * The ETag is the station layer's data version (every write to it moves the version, in this
 * process or another, read fresh on each request: one small row): a map platform that sends
 * If-None-Match gets 304 without a station row read.
 *
 * Rows are read in id-ordered batches and streamed: one batch is held in memory, the socket's
 * backpressure is respected, and each batch yields to the event loop, so GraphQL requests keep
 * being answered during a national export (SQLite reads are synchronous: without the yield an
 * export held the process for its whole length).
 */
export function geojsonRoute(db: Database, clock: Clock = systemClock): Route {
  return exportRoute(db, clock, async () => ({
    contentType: 'application/geo+json; charset=utf-8',
    open: () => '{"type":"FeatureCollection","features":[',
    item: (b) => stationFeature(b.station, b.amenities, b.offers),
    close: ']}',
  }));
}

/** How one export writes its stations: what comes first, each station, what comes last. */
export interface ExportFormat {
  contentType: string;
  /** The text before the first station; `count` stations follow. */
  open(count: number, now: Date): string;
  /** One station as a JSON value. */
  item(b: ExportedStation, now: Date): unknown;
  close: string;
}

export type ExportedStation = { station: StationRow; amenities: string[]; offers: MerchantOfferRow[] };

/**
 * A streamed export of the public station layer (GeoJSON, HSDS): the same filter parameters,
 * ETag, feature count and streaming for every format; see `geojsonRoute`.
 */
export function exportRoute(db: Database, clock: Clock, makeFormat: () => Promise<ExportFormat>): Route {
  const versions = new VersionBook(db, [NAMESPACE]);
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
    const etag = `"stations-${(await versions.current(true)).get(NAMESPACE) ?? 0}"`;
    const headers = { etag, 'cache-control': 'public, max-age=300' };
    if (matchesEtag(headerValue(req, 'if-none-match'), etag)) {
      res.writeHead(304, headers);
      return void res.end();
    }
    const now = clock();
    const format = await makeFormat();
    const count = await applyFilter(stationQuery(db), filter).getCount();
    res.writeHead(200, { ...headers, 'content-type': format.contentType, 'x-feature-count': String(count) });
    if (req.method === 'HEAD') return void res.end();
    let closed = false;
    res.once('close', () => (closed = true));
    await write(res, format.open(count, now));
    let first = true;
    for await (const batch of stationBatches(db, filter, BATCH, now)) {
      if (closed) return;
      const chunk = batch.map((b) => JSON.stringify(format.item(b, now))).join(',');
      await write(res, first ? chunk : `,${chunk}`);
      first = false;
      await setImmediate();
    }
    res.end(format.close);
  };
}

/** Writes, then waits for the socket to drain when its buffer is full (or the caller has gone). */
async function write(res: ServerResponse, chunk: string): Promise<void> {
  if (res.write(chunk) || res.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}
