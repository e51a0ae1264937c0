import type http from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import { GraphQLError } from 'graphql';
import { headerValue, sendJson, type Logger, type Principal, type Route } from '@nef/kit';

/**
 * What an export costs the caller's rate limit: one point per this many features. A GraphQL
 * page costs a point per object; a feature is one flat object with no resolver behind it, so
 * ten of them cost a point (120,000 stations: 12,000 points, a fifth of a key's minute).
 */
export const FEATURES_PER_POINT = 10;

/** How long the stations service may take to start its answer (the body then streams for as long as it needs). */
const HEADERS_TIMEOUT_MS = 30_000;

export interface StationsGeojsonOptions {
  /** The stations service's /stations.geojson, without a query string. */
  upstream: () => string;
  /** The caller's principal from its API key (anonymous without one); throws a coded GraphQLError to refuse. */
  authenticate: (req: http.IncomingMessage) => Promise<Principal>;
  /** Production: anonymous callers are refused. */
  requireKey: boolean;
  /** Charges the caller's rate limit; throws RATE_LIMITED to refuse. */
  charge: (principal: Principal, req: http.IncomingMessage, cost: number) => Promise<{ remaining: number } | undefined>;
  log: Logger;
}

/**
 * GET /stations.geojson at the gateway: the public station layer for map platforms, built by the
 * stations service and passed through as it streams (neither process holds the export).
 *
 * - In production the caller needs an API key (any role): an export of a national data set is
 *   a hundred megabytes, not something to hand to anyone at all. Elsewhere anonymous callers
 *   may ask, within the anonymous rate limit.
 * - It is charged by its size: the stations service says how many features it will send
 *   (`x-feature-count`) before sending any; a caller over its limit gets 429 and the export
 *   is cancelled.
 * - Conditional requests: If-None-Match is passed on, and the station layer's data version is
 *   the ETag, so an unchanged layer answers 304 for one point.
 */
export function stationsGeojsonRoute(opts: StationsGeojsonOptions): Route {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    let principal: Principal;
    try {
      principal = await opts.authenticate(req);
      if (opts.requireKey && !principal.keyId) {
        throw new GraphQLError('the station layer export needs an API key: send Authorization: Bearer <API key>', {
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }
    } catch (err) {
      if (!(err instanceof GraphQLError) || err.extensions.code === undefined) throw err;
      return refuse(res, 401, err);
    }

    const search = new URL(req.url ?? '/', 'http://localhost').search;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(new Error('the stations service did not answer in time')), HEADERS_TIMEOUT_MS);
    let upstream: Response;
    try {
      const ifNoneMatch = headerValue(req, 'if-none-match');
      upstream = await fetch(`${opts.upstream()}${search}`, {
        method: req.method,
        headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {},
        signal: abort.signal,
      });
    } finally {
      clearTimeout(timer);
    }

    const cost = exportCost(upstream, req.method === 'GET');
    let remaining: number | undefined;
    try {
      remaining = (await opts.charge(principal, req, cost))?.remaining;
    } catch (err) {
      abort.abort();
      await upstream.body?.cancel().catch(() => undefined);
      if (!(err instanceof GraphQLError) || err.extensions.code === undefined) throw err;
      const retryAfter = err.extensions.retryAfterSeconds;
      if (typeof retryAfter === 'number') res.setHeader('retry-after', String(retryAfter));
      return refuse(res, 429, err);
    }

    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'cache-control', 'etag', 'x-feature-count']) {
      const value = upstream.headers.get(name);
      if (value) headers[name] = value;
    }
    if (remaining !== undefined) headers['ratelimit-remaining'] = String(Math.floor(remaining));
    res.writeHead(upstream.status, headers);
    if (!upstream.body || req.method === 'HEAD') {
      await upstream.body?.cancel().catch(() => undefined);
      res.end();
      return;
    }
    try {
      await pipeline(Readable.fromWeb(upstream.body as ReadableStream<Uint8Array>), res);
    } catch (err) {
      // The caller went away, or the stations service did: the answer is cut short either way.
      opts.log.info({ err: (err as Error).message }, 'station layer export ended early');
      abort.abort();
      res.destroy();
    }
  };
}

/** What an export whose size the stations service did not say costs (a version that sends no `x-feature-count`). */
export const UNCOUNTED_EXPORT_COST = 10_000;

/** A HEAD, a 304 or a refusal sends no features: one point. */
function exportCost(upstream: Response, sendsBody: boolean): number {
  if (upstream.status !== 200 || !sendsBody) return 1;
  const features = Number(upstream.headers.get('x-feature-count') ?? NaN);
  if (!Number.isInteger(features) || features < 0) return UNCOUNTED_EXPORT_COST;
  return Math.max(1, Math.ceil(features / FEATURES_PER_POINT));
}

function refuse(res: http.ServerResponse, status: number, err: GraphQLError): void {
  const { http: _http, ...extensions } = err.extensions as Record<string, unknown>;
  sendJson(res, status, { errors: [{ message: err.message, extensions }] });
}
