import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import mysql from 'mysql2/promise';
import { Env } from './config';
import { resolveDatabaseTarget, type DatabaseTarget } from './db/url';
import { createLogger } from './logger';
import { Metrics } from './metrics';
import { ANONYMOUS, PRINCIPAL_HEADER, signPrincipal, type Principal } from './principal';
import { buildSubgraph, openServiceDatabase, type Subgraph, type SubgraphModule } from './subgraph';
import type { Clock } from './time';
import { scaled } from './test-wait-scale.cjs';

export { scaled, testWaitScale } from './test-wait-scale.cjs';

/**
 * Test support. The suite runs once on SQLite and once on MySQL when TEST_DATABASE_URL is
 * set (the test runner sets it from TEST_MYSQL_URL); every test server gets a database of its
 * own, dropped when it stops, so test files can run in parallel.
 */

export const TEST_SECRET = 'test-internal-secret-0123456789abcdef';

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

/** Builds a subgraph on a fresh database and listens on a free loopback port; `clock` replaces the system clock (see `manualClock`). */
export async function startTestSubgraph<L>(mod: SubgraphModule<L>, opts: { seedDemo?: boolean; clock?: Clock } = {}): Promise<TestSubgraph> {
  const { target, drop } = testDatabaseTarget(mod.name);
  const log = createLogger(mod.name);
  const metrics = new Metrics(mod.name);
  const db = await openServiceDatabase(mod as SubgraphModule<unknown>, target, log, metrics);
  if (opts.seedDemo && mod.seedDemo) await mod.seedDemo(db, log);
  const subgraph = await buildSubgraph(mod, { db, secret: TEST_SECRET, log, metrics, clock: opts.clock });
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
      postGraphQL(url, query, variables, { [PRINCIPAL_HEADER]: signPrincipal(principal, TEST_SECRET) }),
  };
}

export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T> & { status: number }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
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
