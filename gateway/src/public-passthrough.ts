import type http from 'node:http';
import { GraphQLError } from 'graphql';
import { headerValue, sendJson, unavailableMessage, type Logger, type Principal, type Route } from '@nef/kit';
import { varyWith } from './i18n';

/** How long the service may take to answer. */
const TIMEOUT_MS = 15_000;

/** The caller's headers the service sees: a conditional request, and what form and language it wants. */
const FORWARDED_REQUEST_HEADERS = ['if-none-match', 'accept', 'accept-language'] as const;

/** The service's headers the caller gets back. */
const RETURNED_RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-language',
  'cache-control',
  'etag',
  'vary',
  'x-content-type-options',
  'content-security-policy',
  'referrer-policy',
] as const;

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
  /**
   * Request headers the service's answer depends on, said in `Vary` on every answer it gives
   * (added to the service's own `Vary`), so a cache in front of the gateway keeps one copy per
   * value: `Accept, Accept-Language` for the certificate check.
   */
  vary?: string;
}

/**
 * A small public GET route of a service, passed through the gateway: a hazard report's photo
 * (`/report-photo?id=`, governance; metadata already cut out, at most 700 kB) or a certificate
 * check (`/certificate?number=`, training; the link a certificate's QR code carries). Public
 * like what they show, so an image tag or a phone's camera needs no key; each answer costs the
 * caller one point of its rate limit. Answers are small, so each is passed on whole, with its
 * status, type, language, caching headers, ETag and Vary. If-None-Match is passed on, and so
 * are Accept and Accept-Language: the certificate check answers a browser a page in its
 * language and an API client JSON (`Vary: Accept, Accept-Language`, passed back).
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
    const forwarded: Record<string, string> = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = headerValue(req, name);
      if (value) forwarded[name] = value;
    }
    let upstream: Response;
    try {
      upstream = await fetch(`${opts.upstream()}${search}`, {
        method: req.method,
        headers: forwarded,
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
    for (const name of RETURNED_RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) headers[name] = value;
    }
    for (const name of opts.vary?.split(',') ?? []) if (name.trim()) headers.vary = varyWith(headers.vary, name.trim());
    if (remaining !== undefined) headers['ratelimit-remaining'] = String(Math.floor(remaining));
    const body = req.method === 'HEAD' ? undefined : Buffer.from(await upstream.arrayBuffer());
    res.writeHead(upstream.status, headers);
    res.end(body);
  };
}
