import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { GraphQLClient } from 'graphql-request';
import { TEST_PRINCIPAL_ENV, scaled, testPrincipalHeaders } from '@nef/kit/testing';
import type { Principal } from '@nef/kit';

/** How long a hook that starts the whole stack may take: two minutes on an idle machine, scaled to this one. */
export const STARTUP_TIMEOUT_MS = scaled(120_000);
/** The same for a hook that also generates a data set. */
export const DATASET_TIMEOUT_MS = scaled(600_000);

const ROOT = path.resolve(__dirname, '../..');
const SERVICES = ['stations', 'union', 'training', 'governance'] as const;

/**
 * Headers for a request straight to a stack's subgraph, as its gateway would sign them (the
 * stack runs on the test key pair): for subgraph `audience` and exactly `body`.
 */
export function gatewaySigned(principal: Principal, audience: (typeof SERVICES)[number], body: string): Record<string, string> {
  return { 'content-type': 'application/json', ...testPrincipalHeaders(principal, audience, body) };
}

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: Record<(typeof SERVICES)[number], string>;
  /** A client of the gateway with an API key and, for partners, an acting worker. */
  client(key?: string, actingWorker?: string): GraphQLClient;
  /** Stops one process of the stack, as if it had been taken down (SIGTERM), or crashed (SIGKILL). */
  kill(name: (typeof SERVICES)[number] | 'gateway', signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /**
   * Starts a stopped subgraph again on the port it had, with the same settings and database
   * (`extraEnv` on top, e.g. another set of trusted keys); resolves once it listens. The gateway
   * reaches it again without restarting.
   */
  restart(name: (typeof SERVICES)[number], extraEnv?: Record<string, string>): Promise<void>;
  /**
   * Starts another gateway process over the same subgraphs, with `extraEnv` on top of the
   * stack's gateway settings (another signing key, as in a rolling deploy); resolves once it
   * listens, with its URL and a way to stop it (the stack's stop stops it too).
   */
  startGateway(extraEnv: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }>;
  /** Sends a signal to one process (e.g. SIGHUP to make the gateway reload its keys). */
  signal(name: (typeof SERVICES)[number] | 'gateway', signal: NodeJS.Signals): void;
  /** The process id of one process of the stack (the gateway's primary process, in a cluster). */
  pid(name: (typeof SERVICES)[number] | 'gateway'): number;
  /** Everything one process has written so far (its JSON log lines and any stderr). */
  output(name: (typeof SERVICES)[number] | 'gateway'): string;
  /** The settings every process started with (DATA_DIR, DATABASE_URL, DB_PREFIX...); the principal keys are added per process (the private one to the gateway only). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export { until } from '@nef/kit/testing';

/**
 * Starts the real processes (four subgraphs, then the gateway) on free loopback ports, each
 * on a fresh database: temporary SQLite files, or fresh MySQL databases when TEST_DATABASE_URL
 * is set. Demo data is loaded, as `npm start` does.
 */
export async function startStack(
  extraEnv: Record<string, string> = {},
  opts: {
    /** Runs before any service starts, with the services' settings (e.g. to generate a data set). */
    prepare?: (env: Record<string, string>) => Promise<void>;
    /**
     * Wires the peer reads between services as `npm start` does (fresh key pairs): training asks
     * the union for memberships (the tuition subsidy) and stations whether a station exists,
     * governance asks stations. Stations and the union then start before training and governance.
     */
    peers?: boolean;
  } = {},
): Promise<Stack> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-e2e-'));
  const prefix = `e2e_${randomBytes(3).toString('hex')}_`;
  const mysqlUrl = process.env.TEST_DATABASE_URL;
  const inherited = { ...(process.env as Record<string, string>) };
  delete inherited.API_KEYS_FILE;
  delete inherited.JEST_WORKER_ID;
  for (const name of ['INTERNAL_SECRET', 'INTERNAL_SECRET_PREVIOUS', 'PRINCIPAL_SIGNING_KEY', 'PRINCIPAL_KEY_ID', 'PRINCIPAL_PUBLIC_KEYS']) delete inherited[name];
  const env: Record<string, string> = {
    ...inherited,
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'info',
    NODE_ENV: 'test',
    // Codes to phones go to the local outbox (read by registerWithConsent), production-mode stacks included.
    SMS_SENDER: 'outbox',
    ...(mysqlUrl ? { DATABASE_URL: mysqlUrl, DB_PREFIX: prefix } : {}),
    ...extraEnv,
  };
  /** Each subgraph's peer settings, on top of env (kept for restarts). */
  const peerEnv: Partial<Record<(typeof SERVICES)[number], Record<string, string>>> = {};
  const children: ChildProcess[] = [];
  const byName = new Map<string, ChildProcess>();
  const outputs = new Map<string, string>();
  const terminate = (c: ChildProcess, signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') =>
    new Promise<void>((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.kill(signal);
      setTimeout(() => c.kill('SIGKILL'), scaled(15_000)).unref();
    });
  const stop = async () => {
    await Promise.all(children.map((c) => terminate(c)));
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (mysqlUrl) await dropDatabases(mysqlUrl, prefix);
  };
  try {
    await opts.prepare?.(env);
    // In production a service does not migrate at start (it waits, not ready, for the
    // migration step): run that step first, as a deployment does.
    if (env.NODE_ENV === 'production') await Promise.all(SERVICES.map((name) => migrate(name, env)));
    const start = (name: (typeof SERVICES)[number]) =>
      launch(children, byName, outputs, name, path.join('services', name, 'src', 'main.ts'), { ...TEST_PRINCIPAL_ENV.subgraphs, ...env, ...peerEnv[name], PORT: '0' });
    const urls: Partial<Record<(typeof SERVICES)[number], string>> = {};
    const startAll = async (names: readonly (typeof SERVICES)[number][]) =>
      Object.assign(urls, Object.fromEntries(await Promise.all(names.map(async (name) => [name, await start(name)] as const))));
    if (opts.peers) {
      const training = peerKeyPair('training-peer-test');
      const governance = peerKeyPair('governance-peer-test');
      peerEnv.union = { UNION_PEER_KEYS: jwks(training) };
      peerEnv.stations = { STATIONS_PEER_KEYS: jwks(training, governance) };
      await startAll(['stations', 'union']);
      const origin = (name: 'stations' | 'union') => new URL(urls[name]!).origin;
      peerEnv.training = { UNION_PEER_URL: origin('union'), STATIONS_PEER_URL: origin('stations'), TRAINING_PEER_KEY: training.pem, TRAINING_PEER_KEY_ID: training.kid };
      peerEnv.governance = { STATIONS_PEER_URL: origin('stations'), GOVERNANCE_PEER_KEY: governance.pem, GOVERNANCE_PEER_KEY_ID: governance.kid };
      await startAll(['training', 'governance']);
    } else {
      await startAll(SERVICES);
    }
    const subgraphUrls = urls as Stack['subgraphUrls'];
    const gatewayEnv: Record<string, string> = { ...TEST_PRINCIPAL_ENV.gateway, ...env, PORT: '0' };
    for (const name of SERVICES) gatewayEnv[`${name.toUpperCase()}_URL`] = subgraphUrls[name];
    const gatewayUrl = await launch(children, byName, outputs, 'gateway', path.join('gateway', 'src', 'main.ts'), gatewayEnv);
    return {
      gatewayUrl,
      subgraphUrls,
      client(key, actingWorker) {
        const headers: Record<string, string> = {};
        if (key) headers.authorization = `Bearer ${key}`;
        if (actingWorker) headers['x-acting-worker'] = actingWorker;
        return new GraphQLClient(gatewayUrl, { headers });
      },
      kill: (name, signal) => terminate(byName.get(name)!, signal),
      async restart(name, extraEnv = {}) {
        const old = byName.get(name)!;
        if (old.exitCode === null && old.signalCode === null) throw new Error(`${name} is still running`);
        const port = new URL(subgraphUrls[name]).port;
        await launch(children, byName, outputs, name, path.join('services', name, 'src', 'main.ts'), { ...TEST_PRINCIPAL_ENV.subgraphs, ...env, ...peerEnv[name], ...extraEnv, PORT: port });
      },
      async startGateway(extraEnv) {
        const name = `gateway-${children.length}`;
        const url = await launch(children, byName, outputs, name, path.join('gateway', 'src', 'main.ts'), { ...gatewayEnv, ...extraEnv });
        return { url, stop: () => terminate(byName.get(name)!) };
      },
      env,
      signal: (name, signal) => void byName.get(name)!.kill(signal),
      pid: (name) => byName.get(name)!.pid!,
      output: (name) => outputs.get(name) ?? '',
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** An Ed25519 key pair for a peer reader: its private half (PEM) and the public half as a JWK. */
function peerKeyPair(kid: string) {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const { kty, crv, x } = publicKey.export({ format: 'jwk' });
  return { kid, pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), jwk: { kty, crv, x, kid, alg: 'EdDSA', use: 'sig' } };
}
const jwks = (...keys: { jwk: object }[]) => JSON.stringify({ keys: keys.map((k) => k.jwk) });

/** Runs one service's migration step (`npm run migrate -- <name>`) with the stack's settings. */
function migrate(name: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('services', name, 'src', 'cli', 'migrate.ts')], {
      cwd: ROOT,
      env: { ...TEST_PRINCIPAL_ENV.subgraphs, ...env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} migration exited with ${code}:\n${output.slice(-3000)}`))));
  });
}

/** Spawns one process and resolves with the URL it logs once listening. */
export function launch(
  children: ChildProcess[],
  byName: Map<string, ChildProcess>,
  outputs: Map<string, string>,
  name: string,
  entry: string,
  env: Record<string, string>,
): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  byName.set(name, child);
  let output = '';
  // Kept for the life of the process, so tests can wait for what it logs later.
  const keep = (chunk: Buffer) => outputs.set(name, (outputs.get(name) ?? '') + chunk.toString());
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return new Promise((resolve, reject) => {
    // Start-up takes longer on a loaded machine: the wait scales with it, and a process that
    // exits fails the start at once whatever the wait.
    const waitMs = scaled(60_000);
    const timer = setTimeout(() => reject(new Error(`${name} did not start in ${Math.round(waitMs / 1000)} s:\n${output}`)), waitMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const line of output.split('\n')) {
        if (!line.startsWith('{')) continue;
        try {
          const entry = JSON.parse(line) as { url?: string; msg?: string };
          if (entry.url && /listening/.test(entry.msg ?? '')) {
            clearTimeout(timer);
            resolve(entry.url);
          }
        } catch {
          // a partial line; wait for the rest
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
  });
}

async function dropDatabases(url: string, prefix: string) {
  const u = new URL(url);
  const conn = await mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password),
  });
  try {
    for (const name of SERVICES) await conn.query(`DROP DATABASE IF EXISTS \`${prefix}${name}\``);
  } finally {
    await conn.end();
  }
}

/**
 * Writes a small city data set with the services' own generators (`--scale city`), into the
 * databases `env` names (a SQLite folder, or MySQL databases under a prefix).
 */
export async function generateDataset(
  env: Record<string, string>,
  size: { seed: number; workers: number; stations: number; visitDays: number; courses?: number; rewards?: number },
): Promise<void> {
  for (const name of SERVICES) {
    const args = ['--import', 'tsx', path.join('services', name, 'src', 'cli', 'generate.ts'), '--scale', 'city', '--seed', String(size.seed)];
    if (name === 'stations') args.push('--stations', String(size.stations), '--visit-days', String(size.visitDays));
    else args.push('--workers', String(size.workers));
    // Sessions and rewards are placed at stations that exist.
    if (name === 'training' || name === 'governance') args.push('--stations', String(size.stations));
    if (name === 'training' && size.courses) args.push('--courses', String(size.courses));
    if (name === 'governance' && size.rewards) args.push('--rewards', String(size.rewards));
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${name} generator exited with ${code}:\n${output.slice(-3000)}`))));
    });
  }
}

/** SQL statements each subgraph has run so far, read from its /metrics. */
export async function statementCounts(stack: Stack): Promise<Record<(typeof SERVICES)[number], number>> {
  const counts = await Promise.all(
    SERVICES.map(async (name) => {
      const text = await (await fetch(stack.subgraphUrls[name].replace(/\/graphql$/, '/metrics'))).text();
      const line = text.split('\n').find((l) => l.startsWith('sql_statements_total'));
      return Number(line?.split(' ').pop() ?? NaN);
    }),
  );
  return Object.fromEntries(SERVICES.map((name, i) => [name, counts[i]!])) as Record<(typeof SERVICES)[number], number>;
}

/** The extensions.code of each GraphQL error a graphql-request call threw. */
export async function codesOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
    return [];
  } catch (err) {
    const errors = (err as { response?: { errors?: { extensions?: { code?: string } }[] } }).response?.errors;
    if (!errors) throw err;
    return errors.map((e) => String(e.extensions?.code));
  }
}

/**
 * Registers (or links) a partner's account holder as partners do since consent is asked: the
 * partner asks for a code to the phone (requestWorkerConsent), the code is read from the
 * development SMS outbox (as an admin; on a phone it is what the worker types), and the partner
 * gives it back (confirmWorkerConsent). Resolves to the worker's id.
 */
export async function registerWithConsent(
  stack: Stack,
  partnerKey: string,
  input: { name: string; phone: string; occupation: string; districtCode: string; streetCode?: string; platformExternalId: string },
  scopes?: string[],
): Promise<string> {
  const asked = await stack
    .client(partnerKey)
    .request<{ requestWorkerConsent: { id: string } }>(`mutation($input: RegisterWorkerInput!, $scopes: [ConsentScope!]) { requestWorkerConsent(input: $input, scopes: $scopes) { id } }`, { input, scopes });
  const code = await outboxCode(stack, input.phone);
  const confirmed = await stack
    .client(partnerKey)
    .request<{ confirmWorkerConsent: { id: string } }>(`mutation($c: ID!, $code: String!) { confirmWorkerConsent(challengeId: $c, code: $code) { id } }`, { c: asked.requestWorkerConsent.id, code });
  return confirmed.confirmWorkerConsent.id;
}

/** The code in the newest message the development sender kept for `phone`. */
export async function outboxCode(stack: Stack, phone: string): Promise<string> {
  const { smsOutbox } = await stack.client('demo-admin').request<{ smsOutbox: { text: string }[] }>(`query($p: String!) { smsOutbox(phone: $p, first: 1) { text } }`, { p: phone });
  const code = /验证码(\d{6})/.exec(smsOutbox[0]?.text ?? '')?.[1];
  if (!code) throw new Error(`no code in the SMS outbox for ${phone}`);
  return code;
}
