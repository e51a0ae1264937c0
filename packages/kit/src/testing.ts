import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import mysql from 'mysql2/promise';
import { Env } from './config';
import { resolveDatabaseTarget, type DatabaseTarget } from './db/url';
import { createLogger } from './logger';
import { Metrics } from './metrics';
import { ANONYMOUS, PRINCIPAL_HEADER, signPrincipal, verifyPrincipal, type Principal, type TrustedKeys } from './principal';
import { jwksOf, keyPairFromSeed, type PrincipalKeyPair } from './principal-keys';
import type { PeerStationStatus } from './peer-stations';
import { buildSubgraph, openServiceDatabase, type Subgraph, type SubgraphModule } from './subgraph';
import type { Clock } from './time';
import { PRIVACY_PATHS, type PrivacyAction } from './privacy';
import { scaled } from './test-wait-scale.cjs';

export { scaled, testWaitScale } from './test-wait-scale.cjs';

/**
 * Test support. The suite runs once on SQLite and once on MySQL when TEST_DATABASE_URL is
 * set (the test runner sets it from TEST_MYSQL_URL); every test server gets a database of its
 * own, dropped when it stops, so test files can run in parallel.
 */

/**
 * The key pair test gateways sign principals with (kid `test`): derived from a seed written
 * here, so it is no secret, and not the development key, so production-mode test stacks
 * accept it.
 */
export const TEST_PRINCIPAL_KEYS = keyPairFromSeed('nef test principal key', 'test');
export const TEST_TRUSTED_KEYS: TrustedKeys = new Map([[TEST_PRINCIPAL_KEYS.signer.kid, TEST_PRINCIPAL_KEYS.publicKey]]);

/** The settings that give processes the test keys: the private one to the gateway, the public one to subgraphs. */
export const TEST_PRINCIPAL_ENV = {
  gateway: {
    PRINCIPAL_SIGNING_KEY: TEST_PRINCIPAL_KEYS.signer.key.export({ format: 'pem', type: 'pkcs8' }).toString(),
    PRINCIPAL_KEY_ID: TEST_PRINCIPAL_KEYS.signer.kid,
  },
  subgraphs: { PRINCIPAL_PUBLIC_KEYS: jwksOf([{ kid: TEST_PRINCIPAL_KEYS.signer.kid, publicKey: TEST_PRINCIPAL_KEYS.publicKey }]) },
} as const;

/** The principal header a test gateway would send to subgraph `audience` with `body`. */
export function testPrincipalHeaders(principal: Principal, audience: string, body: string, now?: number): Record<string, string> {
  return { [PRINCIPAL_HEADER]: signPrincipal(principal, TEST_PRINCIPAL_KEYS.signer, { audience, body, now }) };
}

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [k: string]: unknown } }[];
  extensions?: Record<string, unknown>;
}

export interface TestSubgraph extends Subgraph {
  url: string;
  target: DatabaseTarget;
  /** Sends an operation over HTTP with a signed principal (anonymous by default). */
  query<T = any>(query: string, variables?: Record<string, unknown>, principal?: Principal): Promise<GraphQLResponse<T>>;
  /** Calls one of the `/privacy/*` routes for `workerId`, signed as the gateway would for `principal`. */
  privacy<T = any>(action: PrivacyAction, workerId: string, principal: Principal): Promise<{ status: number; body: T }>;
}

/** A fresh database target for one test server. */
export function testDatabaseTarget(service: string): { target: DatabaseTarget; drop: () => Promise<void> } {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `t_${service}_${randomBytes(4).toString('hex')}`;
    const target = resolveDatabaseTarget(service, new Env({ DATABASE_URL: url, DB_PREFIX: `${name}_` }));
    return {
      target,
      drop: async () => {
        if (target.engine !== 'mysql') return;
        const conn = await mysql.createConnection({ host: target.host, port: target.port, user: target.user, password: target.password });
        try {
          await conn.query(`DROP DATABASE IF EXISTS \`${target.database}\``);
        } finally {
          await conn.end();
        }
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nef-${service}-`));
  return {
    target: { engine: 'sqlite', file: path.join(dir, `${service}.sqlite`) },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Builds a subgraph on a fresh database, trusting the test key, and listens on a free loopback
 * port; `clock` replaces the system clock (see `manualClock`), `principalClock` the one that
 * judges a principal's expiry.
 */
export async function startTestSubgraph<L>(
  mod: SubgraphModule<L>,
  opts: { seedDemo?: boolean; clock?: Clock; principalClock?: Clock } = {},
): Promise<TestSubgraph> {
  const { target, drop } = testDatabaseTarget(mod.name);
  const log = createLogger(mod.name);
  const metrics = new Metrics(mod.name);
  const db = await openServiceDatabase(mod as SubgraphModule<unknown>, target, log, metrics);
  if (opts.seedDemo && mod.seedDemo) await mod.seedDemo(db, log);
  const subgraph = await buildSubgraph(mod, { db, trustedKeys: TEST_TRUSTED_KEYS, log, metrics, clock: opts.clock, principalClock: opts.principalClock });
  const url = await subgraph.listen(0);
  return {
    ...subgraph,
    url,
    target,
    // At once unless a test asks for a drain: draining would hold every stop for the idle grace.
    async stop(drainTimeoutMs = 0) {
      await subgraph.stop(drainTimeoutMs);
      await drop();
    },
    query: (query, variables, principal = ANONYMOUS) =>
      postGraphQL(url, query, variables, (body) => testPrincipalHeaders(principal, mod.name, body, opts.principalClock?.().getTime())),
    async privacy(action, workerId, principal) {
      const body = JSON.stringify({ workerId });
      const res = await fetch(url.replace(/\/graphql$/, PRIVACY_PATHS[action]), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...testPrincipalHeaders(principal, mod.name, body, opts.principalClock?.().getTime()) },
        body,
      });
      return { status: res.status, body: (await res.json()) as any };
    },
  };
}

export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  /** Extra headers, or a function of the body that makes them (a principal is signed over the body). */
  headers: Record<string, string> | ((body: string) => Record<string, string>) = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const body = JSON.stringify({ query, variables });
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(typeof headers === 'function' ? headers(body) : headers) },
    body,
  });
  return { status: res.status, ...((await res.json()) as GraphQLResponse<T>) };
}

/** The codes of a response's errors, for assertions. */
export function errorCodes(res: GraphQLResponse): string[] {
  return (res.errors ?? []).map((e) => String(e.extensions?.code));
}

/** Returns data, failing with the errors when there are any. */
export function dataOf<T>(res: GraphQLResponse<T>): T {
  if (res.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/** The extensions.code of what `fn` throws, or [] when it does not throw. */
export function errorCodesOf(fn: () => unknown): string[] {
  try {
    fn();
    return [];
  } catch (err) {
    return [err instanceof GraphQLError ? String(err.extensions.code) : 'NOT_A_GRAPHQL_ERROR'];
  }
}

/**
 * Waits until `check` holds, polling; fails after `ms` (scaled to the machine's load, see
 * test-wait-scale.cjs) with `what()`. For conditions another process or timer brings about: a
 * reload, a restart, a refresh, a write seen elsewhere. Never a fixed sleep.
 */
export async function until(check: () => boolean | Promise<boolean>, ms = 15_000, what: () => string = () => ''): Promise<void> {
  const limit = scaled(ms);
  const deadline = Date.now() + limit;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`condition not met in ${limit} ms${what() ? `: ${what()}` : ''}`);
}

/**
 * The stations service's side of the peer read (`/peer/stations`), played by a small server
 * for the tests of a service that asks it: it checks what stations checks (a principal signed
 * by `key`, for stations, for this body, naming an operator of `domain`), answers from
 * `stations`, and records each list of ids asked. The stations service's own tests cover the
 * real route against its data.
 */
export async function startFakeStationsPeer(key: PrincipalKeyPair, domain: string) {
  const stations = new Map<string, { status: PeerStationStatus; districtCode: string }>();
  const asked: string[][] = [];
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const verdict = verifyPrincipal(req.headers[PRINCIPAL_HEADER] as string, new Map([[key.signer.kid, key.publicKey]]), { audience: 'stations', body });
    if (!verdict.ok || verdict.principal.role !== 'operator' || verdict.principal.domain !== domain) {
      res.writeHead(401).end();
      return;
    }
    const ids: string[] = JSON.parse(body.toString()).stationIds;
    asked.push(ids);
    const answer = ids.map((stationId) => {
      const s = stations.get(stationId);
      return s ? { stationId, exists: true, ...s } : { stationId, exists: false, status: null, districtCode: null };
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ stations: answer }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stations,
    /** The id lists asked so far, one per request. */
    asked,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
