/**
 * Scale-out on one machine, as a deployment runs it: HAProxy in front of two gateway replicas
 * and two replicas of each subgraph, a MariaDB primary with a replica (READ_DATABASE_URL), and
 * Redis shared by the gateways. Everything runs in production mode.
 *
 * - All replicas and two migration jobs per service start at the same moment: each database is
 *   migrated exactly once, and the replicas serve once it is.
 * - Under load, any one replica killed (SIGKILL) fails at most the requests in flight at that
 *   moment: none that had ended before it, none started after it; one stopped (SIGTERM, as a rolling update does) fails
 *   none. Writes that failed are retried with their idempotency key and counted once.
 * - A write through one gateway is visible through the other within a second, both for a read
 *   of the primary (a station's name) and for one of the read replica (its district's visits).
 *
 * It prints its figures. It needs haproxy and mariadb-server (Debian packages; `.ci/run`
 * installs them) and Redis (TEST_REDIS_URL); without them it is skipped, except under CI. It
 * runs once per `npm test`, in the SQLite pass: it brings its own MariaDB pair.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { TEST_PRINCIPAL_ENV, scaled, until } from '@nef/kit/testing';
import { HAPROXY, startHaproxy, type Haproxy } from '../support/haproxy';
import { freePorts, mariadbBinaries, startMariaDbPair, type MariaDbPair } from '../support/mariadb-pair';
import { STARTUP_TIMEOUT_MS, launch } from '../support/stack';

const ROOT = path.resolve(__dirname, '../..');
const SERVICES = ['stations', 'union', 'training', 'governance'] as const;
type Service = (typeof SERVICES)[number];
type ProcessName = `${Service}-${'a' | 'b'}` | 'gateway-a' | 'gateway-b';

const redisUrl = process.env.TEST_REDIS_URL;
const missing = [
  ...(fs.existsSync(HAPROXY) ? [] : ['haproxy']),
  ...(mariadbBinaries() ? [] : ['mariadb-server']),
  ...(redisUrl ? [] : ['TEST_REDIS_URL']),
];
// It starts its own MariaDB pair, so one run per `npm test` is enough: the SQLite pass.
const thisPass = !process.env.TEST_DATABASE_URL;

const KEYS = {
  admin: { role: 'admin' },
  partner: { role: 'partner', platform: 'MEITUAN' },
  operator: { role: 'operator', domain: 'stations' },
} as const;
const keyOf = (name: keyof typeof KEYS) => `scale-${name}-key`;
const ACTING = 'mt-10001';
/**
 * How long each load phase lasts, and when in it the replica is stopped: the length of the
 * experiment, not a wait, so not scaled to the machine's load (a busy machine sends fewer
 * requests in it, which the assertions allow).
 */
const LOAD_MS = 5_000;
const KILL_AT_MS = 1_500;

interface Outcome {
  op: string;
  start: number;
  end: number;
  ok: boolean;
  why?: string;
  idempotencyKey?: string;
}

const pct = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

if (missing.length > 0 && thisPass && process.env.CI) {
  test('scale-out test prerequisites', () => {
    throw new Error(`the scale-out test needs ${missing.join(', ')} under CI (.ci/run installs them)`);
  });
}

(missing.length === 0 && thisPass ? describe : describe.skip)('scale-out: HAProxy, two replicas of everything, MariaDB primary and replica, Redis', () => {
  let dir: string;
  let pair: MariaDbPair;
  let haproxy: Haproxy;
  const children: ChildProcess[] = [];
  const byName = new Map<string, ChildProcess>();
  const outputs = new Map<string, string>();
  const ports = {} as Record<ProcessName, number>;
  const fronts = {} as Record<Service | 'gateway', number>;
  let env: Record<string, string>;
  const migrators: { service: Service; output: string; code: number | null }[] = [];
  let startedInMs = 0;
  const figures: string[] = [];

  const entryOf = (name: ProcessName) =>
    name.startsWith('gateway') ? path.join('gateway', 'src', 'main.ts') : path.join('services', name.slice(0, -2), 'src', 'main.ts');
  const envOf = (name: ProcessName): Record<string, string> => {
    if (!name.startsWith('gateway')) return { ...TEST_PRINCIPAL_ENV.subgraphs, ...env, PORT: String(ports[name]) };
    const g: Record<string, string> = { ...TEST_PRINCIPAL_ENV.gateway, ...env, PORT: String(ports[name]), GATEWAY_WORKERS: '1' };
    for (const s of SERVICES) g[`${s.toUpperCase()}_URL`] = `http://127.0.0.1:${fronts[s]}/graphql`;
    return g;
  };
  const start = (name: ProcessName) => launch(children, byName, outputs, name, entryOf(name), envOf(name));
  const stopProcess = (name: ProcessName, signal: 'SIGTERM' | 'SIGKILL') =>
    new Promise<void>((resolve) => {
      const c = byName.get(name)!;
      if (c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.kill(signal);
    });
  const migrate = (service: Service) =>
    new Promise<void>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join('services', service, 'src', 'cli', 'migrate.ts')], {
        cwd: ROOT,
        env: { ...TEST_PRINCIPAL_ENV.subgraphs, ...env, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const record = { service, output: '', code: null as number | null };
      migrators.push(record);
      child.stdout!.on('data', (c: Buffer) => (record.output += c.toString()));
      child.stderr!.on('data', (c: Buffer) => (record.output += c.toString()));
      child.once('exit', (code) => {
        record.code = code;
        resolve();
      });
    });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-scale-'));
    pair = await startMariaDbPair(path.join(dir, 'db'));
    const names: ProcessName[] = ['gateway-a', 'gateway-b', ...SERVICES.flatMap((s) => [`${s}-a`, `${s}-b`] as ProcessName[])];
    const all = await freePorts(names.length + 5);
    names.forEach((n, i) => (ports[n] = all[i]!));
    (['gateway', ...SERVICES] as const).forEach((f, i) => (fronts[f] = all[names.length + i]!));
    haproxy = await startHaproxy(dir, (['gateway', ...SERVICES] as const).map((f) => ({
      name: f,
      port: fronts[f],
      servers: (['a', 'b'] as const).map((r) => ({ name: r, port: ports[`${f}-${r}` as ProcessName] })),
    })));
    const keysFile = path.join(dir, 'keys.json');
    const hash = (k: string) => createHash('sha256').update(k).digest('hex');
    fs.writeFileSync(keysFile, JSON.stringify(Object.entries(KEYS).map(([name, k]) => ({ id: `scale-${name}`, sha256: hash(keyOf(name as keyof typeof KEYS)), freeForm: true, ...k }))));
    const tag = randomBytes(3).toString('hex');
    const inherited = { ...(process.env as Record<string, string>) };
    for (const name of ['API_KEYS_FILE', 'JEST_WORKER_ID', 'TEST_DATABASE_URL', 'PRINCIPAL_SIGNING_KEY', 'PRINCIPAL_KEY_ID', 'PRINCIPAL_PUBLIC_KEYS']) delete inherited[name];
    env = {
      ...inherited,
      NODE_ENV: 'production',
      DATABASE_URL: pair.primaryUrl,
      READ_DATABASE_URL: pair.replicaUrl,
      DB_PREFIX: `scale_${tag}_`,
      DATA_DIR: dir,
      DEMO_DATA: 'true',
      PHONE_ENCRYPTION_KEY: 'cd'.repeat(32),
      SMS_SENDER: 'outbox',
      API_KEYS_FILE: keysFile,
      REDIS_URL: redisUrl!,
      RATE_LIMIT_PREFIX: `nef:test:${tag}:ratelimit:`,
      DATA_VERSIONS_PREFIX: `nef:test:${tag}:versions:`,
      RATE_LIMIT_PER_MINUTE: '1000000',
      MIGRATION_RECHECK_MS: '200',
      DRAIN_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'info',
    };
    // Everything at once, as a deployment of a new version with two migration jobs racing.
    const started = performance.now();
    await Promise.all([...SERVICES.flatMap((s) => [migrate(s), migrate(s)]), ...names.map((n) => start(n))]);
    await haproxy.allUp(scaled(120_000));
    startedInMs = performance.now() - started;
  }, STARTUP_TIMEOUT_MS * 3);

  afterAll(async () => {
    await Promise.all(children.map((c) => new Promise<void>((resolve) => {
      if (c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
      setTimeout(() => c.kill('SIGKILL'), 15_000).unref();
    })));
    await haproxy?.stop();
    await pair?.stop();
    // Each process's log, for reading after a failure.
    const out = path.join(ROOT, 'test-output', 'scale-out');
    fs.mkdirSync(out, { recursive: true });
    for (const [name, text] of outputs) fs.writeFileSync(path.join(out, `${name}.log`), text);
    migrators.forEach((m, i) => fs.writeFileSync(path.join(out, `migrate-${m.service}-${i}.log`), m.output));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (figures.length > 0) console.log(['scale-out figures (HAProxy, 2 gateways, 2 replicas per subgraph, MariaDB primary + replica, Redis):', ...figures].join('\n  '));
  }, scaled(60_000));

  const post = async (url: string, key: keyof typeof KEYS, query: string, variables: Record<string, unknown> = {}, acting?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${keyOf(key)}` };
    if (acting) headers['x-acting-worker'] = acting;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const text = await res.text();
    let body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      body = { errors: [{ message: `not JSON (${res.status}): ${text.slice(0, 200)}` }] };
    }
    return { status: res.status, body };
  };
  const front = () => `http://127.0.0.1:${fronts.gateway}/graphql`;
  const direct = (g: 'a' | 'b') => `http://127.0.0.1:${ports[`gateway-${g}`]}/graphql`;
  const must = async (url: string, key: keyof typeof KEYS, query: string, variables: Record<string, unknown> = {}, acting?: string) => {
    const r = await post(url, key, query, variables, acting);
    if (r.status !== 200 || r.body.errors) throw new Error(`${r.status} ${JSON.stringify(r.body.errors)}`);
    return r.body.data;
  };

  const BENEFITS = `query($near: GeoPointInput!) {
    actingWorker { id name isUnionMember membership { status } enrollments(first: 5) { id status } subsidyAvailableCents pointsBalance reports(first: 5) { id status } }
    stationsNear(near: $near, radiusMeters: 3000, first: 5) { distanceMeters station { id name isOpen } }
  }`;
  const NEAR = `query($near: GeoPointInput!) { stationsNear(near: $near, radiusMeters: 5000, first: 10) { distanceMeters station { id name amenities } } }`;
  const VISIT = `mutation($s: ID!, $k: String!) { recordVisit(stationId: $s, idempotencyKey: $k) { id } }`;
  const near = { lat: 39.9219, lng: 116.4436 };
  let stationId: string;

  /**
   * Sends a mix through HAProxy with `concurrency` callers for `ms`: the partner's benefits
   * (all four subgraphs), a public nearby search (stations), and a check-in (a write with an
   * idempotency key). `during` runs once, `at` ms in, while requests are in flight.
   */
  async function load(ms: number, concurrency: number, during?: { at: number; run: () => Promise<void> }) {
    const outcomes: Outcome[] = [];
    let inFlight = 0;
    let inFlightAtEvent = -1;
    let eventAt = Infinity;
    const t0 = performance.now();
    let n = 0;
    const caller = async () => {
      while (performance.now() - t0 < ms) {
        const i = n++;
        const kind = i % 3;
        const start = performance.now();
        inFlight += 1;
        const key = `scale-${randomBytes(6).toString('hex')}`;
        let outcome: Outcome;
        try {
          const r =
            kind === 0 ? await post(front(), 'partner', BENEFITS, { near }, ACTING)
            : kind === 1 ? await post(front(), 'admin', NEAR, { near })
            : await post(front(), 'partner', VISIT, { s: stationId, k: key }, ACTING);
          const ok = r.status === 200 && !r.body.errors && r.body.data != null;
          outcome = { op: ['benefits', 'stationsNear', 'recordVisit'][kind]!, start, end: performance.now(), ok };
          if (!ok) outcome.why = `${r.status} ${(r.body.errors ?? []).map((e) => e.extensions?.code ?? e.message).join(',')}`;
        } catch (err) {
          outcome = { op: ['benefits', 'stationsNear', 'recordVisit'][kind]!, start, end: performance.now(), ok: false, why: (err as Error).message };
        }
        if (kind === 2) outcome.idempotencyKey = key;
        inFlight -= 1;
        outcomes.push(outcome);
      }
    };
    const event = during
      ? (async () => {
          while (performance.now() - t0 < during.at) await new Promise((r) => setTimeout(r, 5));
          inFlightAtEvent = inFlight;
          eventAt = performance.now();
          await during.run();
        })()
      : Promise.resolve();
    await Promise.all([...Array.from({ length: concurrency }, caller), event]);
    return { outcomes, inFlightAtEvent, eventAt, seconds: (performance.now() - t0) / 1000 };
  }

  const visitKeys = new Set<string>();
  const keepVisits = (outcomes: Outcome[]) => outcomes.filter((o) => o.ok && o.idempotencyKey).forEach((o) => visitKeys.add(o.idempotencyKey!));
  /** Retries the failed check-ins with their own idempotency keys, as a client does: each counted once. */
  const retryFailedVisits = async (outcomes: Outcome[]) => {
    for (const o of outcomes.filter((x) => !x.ok && x.idempotencyKey)) {
      await must(front(), 'partner', VISIT, { s: stationId, k: o.idempotencyKey }, ACTING);
      visitKeys.add(o.idempotencyKey!);
    }
  };

  it('migrates each database exactly once when every replica and two migration jobs per service start together', async () => {
    figures.push(`start: 10 processes and 8 migration jobs at once, every replica UP in HAProxy after ${(startedInMs / 1000).toFixed(1)} s`);
    expect(migrators).toHaveLength(8);
    for (const m of migrators) expect({ service: m.service, code: m.code }).toEqual({ service: m.service, code: 0 });
    const conn = await mysql.createConnection({ uri: pair.primaryUrl });
    try {
      for (const service of SERVICES) {
        const outs = migrators.filter((m) => m.service === service).map((m) => m.output);
        // One job applied the migrations; the other waited on the lock and found none pending.
        expect(outs.filter((o) => /: applied /.test(o))).toHaveLength(1);
        expect(outs.filter((o) => /: up to date/.test(o))).toHaveLength(1);
        const [rows] = (await conn.query(`SELECT name, COUNT(*) AS n FROM \`${env.DB_PREFIX}${service}\`.migrations GROUP BY name`)) as unknown as [{ name: string; n: number }[]];
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.filter((r) => Number(r.n) !== 1)).toEqual([]);
      }
    } finally {
      await conn.end();
    }
    // The replicas that started before the schema was there said why they were not ready.
    const waited = SERVICES.flatMap((s) => [`${s}-a`, `${s}-b`]).filter((n) => /database schema not migrated/.test(outputs.get(n) ?? ''));
    figures.push(`migration: each database migrated by exactly one of its two jobs; ${waited.length} of 8 replicas waited, not ready, for the schema`);
  });

  it('serves through either gateway, and the read replica has the primary\'s data', async () => {
    const data = await must(front(), 'admin', `{ stations(first: 1) { edges { node { id name } } } }`);
    stationId = data.stations.edges[0].node.id;
    for (const g of ['a', 'b'] as const) {
      const d = await must(direct(g), 'partner', BENEFITS, { near }, ACTING);
      expect(d.actingWorker.id).toBeTruthy();
      expect(d.stationsNear.length).toBeGreaterThan(0);
    }
    expect(await pair.replicaLag()).not.toBeNull();
  });

  const victims: ProcessName[] = ['gateway-a', 'stations-a', 'union-b', 'training-a', 'governance-b'];
  for (const victim of victims) {
    it(`killing ${victim} under load fails only requests in flight at the kill (none ended before it, none sent after), and it comes back`, async () => {
      let exitedAt = Infinity;
      let run: Awaited<ReturnType<typeof load>>;
      try {
        run = await load(LOAD_MS, 6, {
          at: KILL_AT_MS,
          run: async () => {
            await stopProcess(victim, 'SIGKILL');
            exitedAt = performance.now();
          },
        });
      } finally {
        // Back before anything is asserted, so that one failure does not leave the next test a replica short.
        await start(victim);
        await haproxy.allUp();
      }
      const failed = run.outcomes.filter((o) => !o.ok);
      // Requests sent once the replica was gone find the other one: HAProxy retries a refused
      // connection elsewhere, then stops sending to the replica when its checks fail.
      const afterKill = failed.filter((o) => o.start > exitedAt);
      // A failure that had ended before the kill has nothing to do with it: none is allowed.
      const beforeKill = failed.filter((o) => o.end < run.eventAt);
      keepVisits(run.outcomes);
      await retryFailedVisits(run.outcomes);
      figures.push(
        `kill -9 ${victim}: ${run.outcomes.length} requests in ${run.seconds.toFixed(1)} s (${(run.outcomes.length / run.seconds).toFixed(0)}/s), ` +
          `${run.inFlightAtEvent} in flight at the kill, ${failed.length} failed${failed.length ? ` (${[...new Set(failed.map((f) => f.why))].join('; ')})` : ''}, ${afterKill.length} of those sent after it was gone, ${beforeKill.length} ended before it`,
      );
      expect(afterKill).toEqual([]);
      expect(beforeKill).toEqual([]);
      expect(failed.length).toBeLessThanOrEqual(run.inFlightAtEvent);
    }, scaled(120_000));
  }

  for (const victim of ['gateway-b', 'union-a'] as ProcessName[]) {
    it(`stopping ${victim} as a rolling update does (SIGTERM, drain) fails no request`, async () => {
      let run: Awaited<ReturnType<typeof load>>;
      try {
        run = await load(LOAD_MS, 6, { at: KILL_AT_MS, run: () => stopProcess(victim, 'SIGTERM') });
      } finally {
        await start(victim);
        await haproxy.allUp();
      }
      const failed = run.outcomes.filter((o) => !o.ok);
      keepVisits(run.outcomes);
      await retryFailedVisits(run.outcomes);
      figures.push(`SIGTERM ${victim}: ${run.outcomes.length} requests, ${run.inFlightAtEvent} in flight, ${failed.length} failed${failed.length ? ` (${[...new Set(failed.map((f) => f.why))].join('; ')})` : ''}`);
      expect(failed).toEqual([]);
    }, scaled(120_000));
  }

  it('a write through one gateway is visible through the other within a second (primary and read replica)', async () => {
    const named: number[] = [];
    const counted: number[] = [];
    const { station } = await must(direct('b'), 'admin', `query($id: ID!) { station(id: $id) { district { code } } }`, { id: stationId });
    // The station's district's visit figure: a dashboard figure, read from the replica (READ_DATABASE_URL).
    const districtVisits = async () =>
      (await must(direct('b'), 'admin', `query($c: ID!) { district(code: $c) { stationMetrics { visits } } }`, { c: station.district.code })).district.stationMetrics.visits as number;
    for (let round = 0; round < 10; round++) {
      const visitsBefore = await districtVisits();
      // The primary: the name, as the other gateway answers it (kept answers included).
      const name = `驿站 scale ${round} ${randomBytes(2).toString('hex')}`;
      await must(direct('a'), 'operator', `mutation($id: ID!, $n: String!) { updateStation(id: $id, input: { name: $n }) { id } }`, { id: stationId, n: name });
      let t = performance.now();
      await until(async () => (await must(direct('b'), 'admin', `query($id: ID!) { station(id: $id) { name } }`, { id: stationId })).station.name === name, 10_000, () => `gateway b never showed ${name}`);
      named.push(performance.now() - t);
      // The read replica: a check-in through gateway a, then its district's figure through gateway b,
      // which reads the replica (kept answers included: the figure's max-age is an hour).
      const key = `scale-${randomBytes(6).toString('hex')}`;
      await must(direct('a'), 'partner', VISIT, { s: stationId, k: key }, ACTING);
      visitKeys.add(key);
      t = performance.now();
      await until(async () => (await districtVisits()) > visitsBefore, 10_000, () => 'gateway b never counted the visit in its district figure');
      counted.push(performance.now() - t);
    }
    figures.push(`visibility through the other gateway: primary read p50 ${pct(named, 50).toFixed(0)} ms, max ${Math.max(...named).toFixed(0)} ms; replica read (district visits) p50 ${pct(counted, 50).toFixed(0)} ms, max ${Math.max(...counted).toFixed(0)} ms (10 writes each)`);
    expect(Math.max(...named)).toBeLessThan(1_000);
    expect(Math.max(...counted)).toBeLessThan(1_000);
  }, scaled(120_000));

  it('counts every check-in once: those that failed mid-kill and were retried with their key too', async () => {
    const conn = await mysql.createConnection({ uri: pair.primaryUrl });
    try {
      const [rows] = (await conn.query(`SELECT COUNT(*) AS n FROM \`${env.DB_PREFIX}stations\`.station_visits WHERE idempotency_key LIKE 'scale-%'`)) as unknown as [{ n: number }[]];
      expect(Number(rows[0]!.n)).toBe(visitKeys.size);
      figures.push(`writes: ${visitKeys.size} check-ins with idempotency keys, each stored once after the kills and retries`);
    } finally {
      await conn.end();
    }
  });
});
