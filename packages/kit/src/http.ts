import http, { type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Metrics } from './metrics';

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HttpHandlerOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** Builds the request's context; an AppError thrown here is answered without running the operation. */
  context: (req: IncomingMessage, log: Logger) => Promise<C>;
  /** Throws when the service cannot serve (database unreachable). */
  ready: () => Promise<void>;
  metrics: Metrics;
  log: Logger;
  routes?: Record<string, Route>;
  maxBodyBytes?: number;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * Serves Apollo Server on node:http, beside `/healthz` (alive), `/readyz` (database
 * reachable), `/metrics` (Prometheus) and any extra routes.
 */
export function createHttpHandler<C extends BaseContext>(opts: HttpHandlerOptions<C>): RequestListener {
  const maxBody = opts.maxBodyBytes ?? 1_000_000;
  const routes: Record<string, Route> = {
    '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok' }),
    '/readyz': async (_req, res) => {
      try {
        await opts.ready();
        sendJson(res, 200, { status: 'ready' });
      } catch (err) {
        opts.log.warn({ err }, 'not ready');
        sendJson(res, 503, { status: 'unavailable' });
      }
    },
    '/metrics': async (_req, res) => {
      res.writeHead(200, { 'content-type': opts.metrics.registry.contentType });
      res.end(await opts.metrics.registry.metrics());
    },
    ...opts.routes,
  };

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = headerValue(req, 'x-request-id') ?? randomUUID();
    const log = opts.log.child({ requestId });
    res.setHeader('x-request-id', requestId);
    const route = url.pathname === GRAPHQL_PATH ? undefined : routes[url.pathname];
    const work = route
      ? Promise.resolve(route(req, res))
      : url.pathname === GRAPHQL_PATH
        ? serveGraphQL(req, res, url, log)
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

  async function serveGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, log: Logger) {
    let context: C;
    try {
      context = await opts.context(req, log);
    } catch (err) {
      if (!(err instanceof GraphQLError)) throw err;
      const code = String(err.extensions.code ?? 'INTERNAL_SERVER_ERROR');
      opts.metrics.countRefused(code);
      const status =
        (err.extensions.http as { status?: number } | undefined)?.status ?? (code === 'FORBIDDEN' ? 403 : code === 'UNAUTHENTICATED' ? 401 : 400);
      sendJson(res, status, { errors: [{ message: err.message, extensions: { code } }] });
      return;
    }
    const body = await readBody(req, maxBody);
    if (body === TOO_LARGE) {
      sendJson(res, 413, { errors: [{ message: `request body larger than ${maxBody} bytes`, extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    let parsed: unknown;
    if (body.length > 0 && isJson(req)) {
      try {
        parsed = JSON.parse(body);
      } catch {
        sendJson(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
    } else {
      parsed = body.length > 0 ? body : undefined;
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
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }
}

const TOO_LARGE = Symbol('too large');

async function readBody(req: IncomingMessage, limit: number): Promise<string | typeof TOO_LARGE> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return TOO_LARGE;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isJson(req: IncomingMessage): boolean {
  return /^application\/(graphql-response\+)?json\b/i.test(req.headers['content-type'] ?? '');
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export interface Listening {
  /** The bound URL of /graphql. */
  url: string;
  /**
   * Closes the server at once: every connection is dropped, idle or not, so a request still in
   * flight is cut (its client cannot tell whether it committed). Draining first is not done here.
   */
  close(): Promise<void>;
}

/** Serves a handler on a port (0 picks a free one) and host; resolves once bound. */
export function listenHttp(handler: RequestListener, port: number, host: string): Promise<Listening> {
  const server = http.createServer(handler);
  // Longer than common load balancers' idle timeout, so they close idle connections first.
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const bound = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}${GRAPHQL_PATH}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
