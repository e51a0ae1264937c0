import type http from 'node:http';
import { GraphQLError } from 'graphql';
import { headerValue, sendJson, unavailableMessage, type Logger, type Principal, type Route } from '@nef/kit';

/** How long the service may take to answer. */
const TIMEOUT_MS = 15_000;

export interface PublicPassthroughOptions {
  /** The service that answers (named when it cannot). */
  service: 'stations' | 'union' | 'training' | 'governance';
  /** The service's route, without a query string. */
  upstream: () => string;
  /** The caller's principal from its API key (anonymous without one); throws a coded GraphQLError to refuse. */
  authenticate: (req: http.IncomingMessage) => Promise<Principal>;
  /** Charges the caller's rate limit; throws RATE_LIMITED to refuse. */
  charge: (principal: Principal, req: http.IncomingMessage, cost: number) => Promise<{ remaining: number } | undefined>;
  log: Logger;
}

/**
 * A small public GET route of a service, passed through the gateway: a hazard report's photo
 * (`/report-photo?id=`, governance; metadata already cut out, at most 700 kB) or a certificate
 * check (`/certificate?number=`, training; the link a certificate's QR code carries). Public
 * like what they show, so an image tag or a phone's camera needs no key; each answer costs the
 * caller one point of its rate limit. Answers are small, so each is passed on whole, with its
 * status, type, caching headers and ETag (If-None-Match is passed on).
 */
export function publicPassthroughRoute(opts: PublicPassthroughOptions): Route {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    let remaining: number | undefined;
    try {
      const principal = await opts.authenticate(req);
      remaining = (await opts.charge(principal, req, 1))?.remaining;
    } catch (err) {
      if (!(err instanceof GraphQLError) || err.extensions.code === undefined) throw err;
      const retryAfter = err.extensions.retryAfterSeconds;
      if (typeof retryAfter === 'number') res.setHeader('retry-after', String(retryAfter));
      const { http: _http, ...extensions } = err.extensions as Record<string, unknown>;
      return sendJson(res, err.extensions.code === 'RATE_LIMITED' ? 429 : 401, { errors: [{ message: err.message, extensions }] });
    }
    const search = new URL(req.url ?? '/', 'http://localhost').search;
    const ifNoneMatch = headerValue(req, 'if-none-match');
    let upstream: Response;
    try {
      upstream = await fetch(`${opts.upstream()}${search}`, {
        method: req.method,
        headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {},
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      opts.log.warn({ err: (err as Error).message, service: opts.service, path: new URL(opts.upstream()).pathname }, 'public route: the service did not answer');
      res.setHeader('retry-after', '5');
      return sendJson(res, 503, {
        errors: [{ message: unavailableMessage(opts.service), extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, service: opts.service } }],
      });
    }
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'content-length', 'cache-control', 'etag', 'x-content-type-options', 'content-security-policy']) {
      const value = upstream.headers.get(name);
      if (value) headers[name] = value;
    }
    if (remaining !== undefined) headers['ratelimit-remaining'] = String(Math.floor(remaining));
    const body = req.method === 'HEAD' ? undefined : Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, headers);
    res.end(body);
  };
}
