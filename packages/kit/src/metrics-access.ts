import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Env } from './config';

/**
 * Who may read /metrics. Outside production anyone may, unless METRICS_TOKEN is set. In
 * production /metrics answers 404 unless METRICS_TOKEN is set, and then only to
 * `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise): request counts, error codes and
 * latencies per service are no business of API callers.
 */
export interface MetricsAccess {
  /** Served at all (404 when not). */
  served: boolean;
  /** When set, the bearer token a scraper must send. */
  token?: string;
}

/** The smallest METRICS_TOKEN accepted: a token a scraper config holds, not a password to remember. */
export const MIN_METRICS_TOKEN_LENGTH = 16;

export function metricsAccess(env = new Env()): MetricsAccess {
  const token = env.str('METRICS_TOKEN');
  if (token !== undefined && token.length < MIN_METRICS_TOKEN_LENGTH) {
    throw new Error(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters`);
  }
  return { served: token !== undefined || !env.production, token };
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether a request may read /metrics: 200 to go on, else the status to answer. */
export function metricsVerdict(access: MetricsAccess, req: IncomingMessage): 200 | 401 | 404 {
  if (!access.served) return 404;
  if (access.token === undefined) return 200;
  const given = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? '').trim())?.[1];
  // Compared as digests: equal lengths for timingSafeEqual, and no early exit on a wrong prefix.
  return given !== undefined && timingSafeEqual(digest(given), digest(access.token)) ? 200 : 401;
}

/** Wraps a /metrics handler in the access check. */
export function guardMetrics(
  access: MetricsAccess,
  serve: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> | void {
  return (req, res) => {
    const verdict = metricsVerdict(access, req);
    if (verdict === 200) return serve(req, res);
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
    if (verdict === 401) headers['www-authenticate'] = 'Bearer realm="metrics"';
    res.writeHead(verdict, headers);
    res.end(JSON.stringify({ error: verdict === 401 ? 'metrics need Authorization: Bearer <METRICS_TOKEN>' : 'not found' }));
  };
}
