import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Metrics } from './metrics';
import { guardMetrics, metricsAccess, type MetricsAccess } from './metrics-access';
import { ErrorCode, unavailableMessage } from './errors';
import { isUnavailableError } from './db/failures';
import { RETRY_AFTER_SECONDS, graphQLStatus, refusalStatus, type GraphQLBody } from './http-status';
import { nameOperation, tracingEnabled, withServerSpan, type Span } from './tracing';

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpHandlerOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /**
   * Builds the request's context; an AppError thrown here is answered without running the
   * operation. `rawBody` reads the body byte for byte (undefined when over `maxBodyBytes`), once:
   * the operation then runs from the same bytes (subgraphs check the principal's body hash).
   */
  context: (req: IncomingMessage, log: Logger, rawBody: () => Promise<Buffer | undefined>) => Promise<C>;
  /**
   * Whether this process can serve, for /readyz: throws when it cannot (database unreachable);
   * may return details for the answer, and `status: 'unavailable'` answers 503 with them.
   * Must answer quickly: probes time out (the gateway's after 2 s, `npm start`'s after 5 s).
   */
  ready: () => Promise<void | Readiness>;
  metrics: Metrics;
  log: Logger;
  routes?: Record<string, Route>;
  maxBodyBytes?: number;
  /** Runs when a body is refused unread (too large, nested too deep), so the refusal is charged (the gateway's rate limit). */
  refusedBody?: (context: C) => Promise<unknown>;
  /** Who may read /metrics (this process's route or one given in `routes`); by default from NODE_ENV and METRICS_TOKEN. */
  metricsAccess?: MetricsAccess;
  /**
   * Looks at the operation sent (from the JSON body or GET's query string) before Apollo Server
   * parses it: a GraphQLError returned refuses the request with its code and status (the
   * gateway's trusted documents: an operation the caller's key may not send).
   */
  screen?: (context: C, request: GraphQLParams) => GraphQLError | undefined;
}

/** The parts of a GraphQL request as sent, unchecked. */
export interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

/** What a `ready` check may add to /readyz's answer: 200 unless `status` is `unavailable`. */
export interface Readiness {
  status: 'ready' | 'degraded' | 'unavailable';
  [detail: string]: unknown;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * Serves Apollo Server on node:http, beside `/healthz` (alive), `/readyz` (`ready` holds and
 * the server is not draining: 503 `draining` once `Listening.close` has begun), `/metrics`
 * (Prometheus) and any extra routes.
 */
export function createHttpHandler<C extends BaseContext>(opts: HttpHandlerOptions<C>): RequestListener {
  const maxBody = opts.maxBodyBytes ?? 1_000_000;
  const routes: Record<string, Route> = {
    '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }),
    '/readyz': async (req, res) => {
      res.setHeader('cache-control', 'no-store');
      let readiness: Readiness = { status: 'ready' };
      if (!isDraining(req)) {
        try {
          readiness = (await opts.ready()) ?? readiness;
        } catch (err) {
          opts.log.warn({ err }, 'not ready');
          readiness = { status: 'unavailable' };
        }
      }
      // Checked again after the check: the drain may have begun while it ran.
      if (isDraining(req)) sendJson(res, 503, { status: 'draining' });
      else sendJson(res, readiness.status === 'unavailable' ? 503 : 200, readiness);
    },
    '/metrics': async (_req, res) => {
      res.writeHead(200, { 'content-type': opts.metrics.registry.contentType });
      res.end(await opts.metrics.registry.metrics());
    },
    ...opts.routes,
  };
  routes['/metrics'] = guardMetrics(opts.metricsAccess ?? metricsAccess(), routes['/metrics']!);

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = requestIdOf(req);
    // Everything after this point (context, audit trail, subgraph calls) reads the checked id.
    req.headers['x-request-id'] = requestId;
    const log = opts.log.child({ requestId });
    res.setHeader('x-request-id', requestId);
    const route = url.pathname === GRAPHQL_PATH ? undefined : routes[url.pathname];
    const work = route
      ? Promise.resolve(route(req, res))
      : url.pathname === GRAPHQL_PATH
        ? tracingEnabled()
          ? withServerSpan(req, `${req.method ?? 'GET'} ${GRAPHQL_PATH}`, (span) => serveGraphQL(req, res, url, log, span))
          : serveGraphQL(req, res, url, log)
        : Promise.resolve(sendJson(res, 404, { error: 'not found' }));
    work.catch((err) => {
      // The caller went away mid-request (a closed tab, a load test ending): nothing to answer.
      if ((err as { code?: string }).code === 'ECONNRESET' && req.destroyed) {
        log.info('the caller closed the connection before the answer');
        return;
      }
      log.error({ err }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  };

  async function serveGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, log: Logger, span?: Span) {
    let context: C;
    let reading: Promise<Buffer | typeof TOO_LARGE> | undefined;
    const readRaw = () => (reading ??= readBody(req, maxBody));
    try {
      context = await opts.context(req, log, async () => {
        const raw = await readRaw();
        return raw === TOO_LARGE ? undefined : raw;
      });
    } catch (err) {
      const refusal = refusalOf(err, log);
      if (!refusal) throw err;
      opts.metrics.countRefused(String(refusal.extensions.code));
      if (refusal.status === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      // A body left unread (too large) leaves the connection unusable for another request.
      if (reading && (await reading.catch(() => undefined)) === TOO_LARGE) res.setHeader('connection', 'close');
      sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: refusal.extensions }] });
      return;
    }
    const raw = await readRaw();
    const body = raw === TOO_LARGE ? raw : raw.toString('utf8');
    if (body === TOO_LARGE) {
      await opts.refusedBody?.(context);
      // The rest of the body is never read, so the connection cannot carry another request:
      // say so, or a client reusing it would have its next request reset.
      res.setHeader('connection', 'close');
      sendJson(res, 413, { errors: [{ message: `request body larger than ${maxBody} bytes`, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    let parsed: unknown;
    if (body.length > 0 && isJson(req)) {
      // Checked before parsing: a deeply nested body costs JSON.parse and everything after it
      // far more than its size suggests; this scan stops at the first bracket too many.
      if (jsonDepthExceeds(body, MAX_JSON_DEPTH)) {
        opts.metrics.countRefused('BAD_REQUEST');
        await opts.refusedBody?.(context);
        sendJson(res, 400, { errors: [{ message: `request body nests deeper than ${MAX_JSON_DEPTH} levels`, extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      try {
        parsed = JSON.parse(body);
      } catch {
        sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
    } else {
      parsed = body.length > 0 ? body : undefined;
    }
    const params = graphQLParams(url, parsed);
    if (span) nameOperation(span, params.operationName);
    const screened = opts.screen?.(context, params);
    if (screened) {
      const refusal = refusalOf(screened, log)!;
      opts.metrics.countRefused(String(refusal.extensions.code));
      sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: refusal.extensions }] });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await opts.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body: parsed },
      context: async () => context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      applyStatusPolicy(res, response.body.string);
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }
}

/**
 * The status policy (http-status.ts) applied to a complete answer. Only an answer with errors
 * can change status, so only those are read back.
 */
function applyStatusPolicy(res: ServerResponse, text: string): void {
  if (!text.includes('"errors"')) return;
  let body: GraphQLBody;
  try {
    body = JSON.parse(text) as GraphQLBody;
  } catch {
    return;
  }
  res.statusCode = graphQLStatus(res.statusCode, body);
  if (res.statusCode === 503) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
}

/**
 * A context that refused the request (bad key, forbidden, or a service it needed is down):
 * the answer to send, with its status, or undefined for an unexpected failure.
 */
function refusalOf(err: unknown, log: Logger): { status: number; message: string; extensions: Record<string, unknown> } | undefined {
  // A GraphQLError without a code was not meant for the caller: answered as unexpected.
  if (err instanceof GraphQLError && err.extensions.code !== undefined) {
    const { http, stacktrace: _s, exception: _e, ...extensions } = err.extensions as Record<string, unknown> & { http?: { status?: number } };
    return { status: http?.status ?? refusalStatus(extensions.code), message: err.message, extensions };
  }
  if (isUnavailableError(err)) {
    log.error({ err }, 'a service the request needs is unavailable');
    return { status: 503, message: unavailableMessage(), extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true } };
  }
  return undefined;
}

const TOO_LARGE = Symbol('too large');

/** How deep a JSON body may nest: a GraphQL request with nested input objects in its variables needs a dozen levels. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether JSON text nests objects and arrays deeper than `max`: one pass over the text, brackets
 * inside strings ignored, stopping at the first level too many. It does not check that the text
 * is JSON; JSON.parse does that afterwards, on text known to be shallow.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | typeof TOO_LARGE> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return TOO_LARGE;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function graphQLParams(url: URL, parsed: unknown): GraphQLParams {
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const { query, operationName, extensions } = parsed as GraphQLParams;
    return { query, operationName, extensions };
  }
  if (parsed !== undefined) return {};
  let extensions: unknown;
  try {
    extensions = JSON.parse(url.searchParams.get('extensions') ?? 'null') ?? undefined;
  } catch {
    // Apollo Server refuses malformed extensions itself.
  }
  return { query: url.searchParams.get('query') ?? undefined, operationName: url.searchParams.get('operationName') ?? undefined, extensions };
}

function isJson(req: IncomingMessage): boolean {
  return /^application\/(graphql-response\+)?json\b/i.test(req.headers['content-type'] ?? '');
}

/**
 * A caller's X-Request-Id is kept only when it is 1 to 64 of [A-Za-z0-9._:-] (a UUID, a W3C
 * trace id, a proxy's id all fit; 64 is the audit log's column); anything else is replaced by a
 * fresh UUID rather than refused, so a client's odd id never fails its request, and never
 * reaches a log line or the append-only audit log verbatim.
 */
export const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestIdOf(req: IncomingMessage): string {
  const given = headerValue(req, 'x-request-id');
  return given !== undefined && REQUEST_ID.test(given) ? given : randomUUID();
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** How long `Listening.close` lets requests in flight run by default (DRAIN_TIMEOUT_MS in the processes). */
export const DEFAULT_DRAIN_TIMEOUT_MS = 10_000;

export interface Listening {
  /** The bound URL of /graphql. */
  url: string;
  /**
   * Drains, then closes. At once: new connections are refused, and every answer not yet
   * started says `connection: close` (/readyz answers 503 `draining`). Requests in flight then
   * finish, each closing its connection when answered; keep-alive connections that are idle
   * are closed after a grace of 3 s (a request already on its way, or sent by a balancer that
   * has not yet seen /readyz fail, is answered, not lost).
   * After `timeoutMs` whatever is still open is cut. Resolves once every connection is closed;
   * calling it again returns the same promise.
   */
  close(timeoutMs?: number): Promise<void>;
}

/**
 * How long a connection idle when the drain begins may still send one request: longer than a
 * balancer takes to see /readyz fail and stop choosing this replica (HAProxy as deployed here:
 * two checks 250 ms apart; more on a loaded machine), so that it never sends a request on a
 * connection this side is closing. With 1 s, one request in about 400 was lost that way on a
 * busy 2-core machine (the balancer closes the client's connection when a reused one fails).
 */
const IDLE_GRACE_MS = 3_000;

/** The drain state of the server each request arrived on, for /readyz. */
const drainStateOf = new WeakMap<IncomingMessage, { draining: boolean }>();

function isDraining(req: IncomingMessage): boolean {
  return drainStateOf.get(req)?.draining ?? false;
}

/** Serves a handler on a port (0 picks a free one) and host; resolves once bound. */
export function listenHttp(handler: RequestListener, port: number, host: string): Promise<Listening> {
  const state = { draining: false };
  const inFlight = new Set<ServerResponse>();
  const server = http.createServer((req, res) => {
    drainStateOf.set(req, state);
    inFlight.add(res);
    if (state.draining) res.setHeader('connection', 'close');
    res.once('close', () => inFlight.delete(res));
    handler(req, res);
  });
  // Longer than common load balancers' idle timeout, so they close idle connections first.
  server.keepAliveTimeout = 65_000;
  let closing: Promise<void> | undefined;
  const close = (timeoutMs = DEFAULT_DRAIN_TIMEOUT_MS) =>
    (closing ??= new Promise<void>((done) => {
      state.draining = true;
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      // Idle connections get a short grace rather than being closed at once: under load, many
      // that look idle already carry their next request, sent but not yet read, which closing
      // would lose (measured with 100 clients in a loop: closing at once lost one request per
      // client, a 50 ms grace about half as many, 250 ms or more none). What arrives in the
      // grace is answered with `connection: close`; a connection still idle after it is closed.
      const grace = Math.min(IDLE_GRACE_MS, timeoutMs);
      server.keepAliveTimeout = Math.max(1, grace);
      const closeIdle = setTimeout(() => server.closeIdleConnections(), grace);
      const cut = setTimeout(() => server.closeAllConnections(), timeoutMs);
      // http's close() closes every idle connection itself: kept from doing so for the grace.
      const closeIdleConnections = server.closeIdleConnections;
      server.closeIdleConnections = () => undefined;
      server.close(() => {
        clearTimeout(closeIdle);
        clearTimeout(cut);
        done();
      });
      server.closeIdleConnections = closeIdleConnections;
    }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const bound = (server.address() as AddressInfo).port;
      resolve({ url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}${GRAPHQL_PATH}`, close });
    });
  });
}
