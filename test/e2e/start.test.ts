import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { scaled, until } from '@nef/kit/testing';

/**
 * `npm start` (scripts/start.mjs) as users run it: the banner, a subgraph restarted after it
 * is killed, a port taken, and SIGTERM draining a request in flight. On SQLite files in a
 * temporary folder, or on fresh MySQL databases when TEST_DATABASE_URL is set.
 */

const ROOT = path.resolve(__dirname, '../..');
const SUBGRAPHS = ['stations', 'union', 'training', 'governance'] as const;
type Name = (typeof SUBGRAPHS)[number] | 'gateway';

/** Distinct free loopback ports, found by binding port 0 (all at once, so the kernel gives different ones). */
async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise<net.Server>((resolve) => {
      const s = net.createServer();
      s.listen(0, '127.0.0.1', () => resolve(s));
    })),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** Binds a port the way a stray program would (dropping whatever connects); resolves undefined while it is still taken. */
function hold(port: number): Promise<net.Server | undefined> {
  return new Promise((resolve) => {
    const s = net.createServer((socket) => socket.destroy());
    s.once('error', () => resolve(undefined));
    s.listen(port, '127.0.0.1', () => resolve(s));
  });
}

const closeServer = (s: net.Server) => new Promise((r) => s.close(r));

/** Resolves with the error code of a new connection to the port, or 'connected'. */
function connectOutcome(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
}

interface Run {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function runStart(env: Record<string, string>): Run {
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, output: () => output, exited };
}

async function graphql(port: number, query: string): Promise<{ status: number; body: any }> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer demo-admin' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: res.status, body: await res.json() };
}

const STATIONS_QUERY = '{ stations(first: 1) { totalCount } }';
const COURSES_QUERY = '{ courses(first: 1) { totalCount } }';

describe('npm start (scripts/start.mjs)', () => {
  const mysqlUrl = process.env.TEST_DATABASE_URL;
  const prefix = `e2e_start_${randomBytes(3).toString('hex')}_`;
  let dataDir: string;
  let ports: Record<Name, number>;
  let run: Run;

  const baseEnv = (): Record<string, string> => {
    const env = { ...(process.env as Record<string, string>) };
    for (const name of ['API_KEYS_FILE', 'JEST_WORKER_ID', 'DATABASE_URL', 'DB_PREFIX', 'HOST']) delete env[name];
    return { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...(mysqlUrl ? { DATABASE_URL: mysqlUrl, DB_PREFIX: prefix } : {}) };
  };
  const portEnv = (p: Record<Name, number>) => ({
    PORT: String(p.gateway),
    ...Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_PORT`, String(p[name])])),
  });
  const pidOf = (name: Name, text: string, pattern = new RegExp(`${name} pid (\\d+)`)) => Number(pattern.exec(text)?.[1]);

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-start-'));
    const found = await freePorts(5);
    ports = { gateway: found[0]!, stations: found[1]!, union: found[2]!, training: found[3]!, governance: found[4]! };
    run = runStart({ ...baseEnv(), ...portEnv(ports) });
    let exited = false;
    void run.exited.then(() => (exited = true));
    await until(() => exited || run.output().includes('The supergraph is up'), 150_000, () => run.output());
    if (exited) throw new Error(`npm start exited before the banner:\n${run.output()}`);
  }, scaled(180_000));

  afterAll(async () => {
    if (run && run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGTERM');
      const killer = setTimeout(() => run.child.kill('SIGKILL'), scaled(30_000));
      await run.exited;
      clearTimeout(killer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (mysqlUrl) {
      const u = new URL(mysqlUrl);
      const conn = await mysql.createConnection({ host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username || 'root'), password: decodeURIComponent(u.password) });
      try {
        for (const name of SUBGRAPHS) await conn.query(`DROP DATABASE IF EXISTS \`${prefix}${name}\``);
      } finally {
        await conn.end();
      }
    }
  }, scaled(60_000));

  it('prints the banner with every port and process id, and the gateway answers', async () => {
    const banner = run.output();
    expect(banner).toContain(mysqlUrl ? 'MySQL at DATABASE_URL' : `SQLite files in ${dataDir}`);
    expect(banner).toContain(`http://127.0.0.1:${ports.gateway}/graphql`);
    for (const name of SUBGRAPHS) expect(banner).toContain(`${name} :${ports[name]}`);
    for (const name of [...SUBGRAPHS, 'gateway'] as const) expect(pidOf(name, banner)).toBeGreaterThan(0);
    const res = await graphql(ports.gateway, `{ stations(first: 1) { totalCount } courses(first: 1) { totalCount } }`);
    expect(res.status).toBe(200);
    expect(res.body.data.stations.totalCount).toBeGreaterThan(0);
    expect(res.body.data.courses.totalCount).toBeGreaterThan(0);
    const ready = await (await fetch(`http://127.0.0.1:${ports.gateway}/readyz`)).json();
    expect(ready).toEqual({ status: 'ready', subgraphs: { stations: 'ready', union: 'ready', training: 'ready', governance: 'ready' } });
  });

  it('restarts a subgraph killed outright on its own port, retrying while the port is taken, and the gateway answers the others meanwhile', async () => {
    const pid = pidOf('training', run.output());
    const before = run.output().length;
    const since = () => run.output().slice(before);
    process.kill(pid, 'SIGKILL');
    // A stray program takes the port before the supervisor starts training again.
    let squatter: net.Server | undefined;
    await until(async () => (squatter = await hold(ports.training)) !== undefined, 10_000, () => since());
    try {
      await until(() => /\[training\] +was killed \(SIGKILL\); restarting in 0\.5 s/.test(since()), 30_000, () => since());
      await until(() => new RegExp(`\\[training\\] +could not listen: port ${ports.training} on 127\\.0\\.0\\.1 is in use; restarting in`).test(since()), 60_000, () => since());
      expect(since()).toContain(`TRAINING_PORT=${ports.training + 100} npm start`);
      // Training is down; the gateway still answers what the other subgraphs hold.
      const stations = await graphql(ports.gateway, STATIONS_QUERY);
      expect(stations.status).toBe(200);
      expect(stations.body.data.stations.totalCount).toBeGreaterThan(0);
      // Its /readyz says so within its next check, and stays 200: the gateway still serves.
      let readiness: { status?: number; body?: any } = {};
      await until(async () => {
        const res = await fetch(`http://127.0.0.1:${ports.gateway}/readyz`);
        readiness = { status: res.status, body: await res.json() };
        return readiness.body.status === 'degraded';
      }, 10_000, () => JSON.stringify(readiness));
      expect(readiness).toEqual({ status: 200, body: { status: 'degraded', subgraphs: { stations: 'ready', union: 'ready', training: 'unavailable', governance: 'ready' } } });
    } finally {
      await closeServer(squatter!);
    }
    await until(() => /\[training\] +ready again after/.test(since()), 90_000, () => since());
    const newPid = Number(/\[training\] +starting again \(pid (\d+)\)[^]*\[training\] +ready again/.exec(since())?.[1]);
    expect(newPid).toBeGreaterThan(0);
    expect(newPid).not.toBe(pid);
    const courses = await graphql(ports.gateway, COURSES_QUERY);
    expect(courses.status).toBe(200);
    expect(courses.body.data.courses.totalCount).toBeGreaterThan(0);
    // The others were never restarted.
    for (const name of ['stations', 'union', 'governance', 'gateway'] as const) expect(since()).not.toMatch(new RegExp(`\\[${name}\\] +starting again`));
  });

  it('refuses to start when a port is taken: names the port and who needs it, prints no banner, exits non-zero', async () => {
    const other = await freePorts(5);
    const taken = { gateway: other[0]!, stations: other[1]!, union: other[2]!, training: other[3]!, governance: other[4]! };
    const squatter = await hold(taken.union);
    expect(squatter).toBeDefined();
    try {
      const failed = runStart({ ...baseEnv(), ...portEnv(taken) });
      const { code } = await failed.exited;
      expect(code).not.toBe(0);
      expect(failed.output()).toContain(`Port ${taken.union} on 127.0.0.1, which union needs, is already in use`);
      expect(failed.output()).toContain(`UNION_PORT=${taken.union + 100} npm start`);
      expect(failed.output()).not.toContain('The supergraph is up');
    } finally {
      await closeServer(squatter!);
    }
  });

  it('on SIGTERM, finishes a request in flight with 200 (the subgraphs still answer it), refuses new connections, and exits 0', async () => {
    const body = JSON.stringify({ query: '{ stations(first: 1) { totalCount } courses(first: 1) { totalCount } }' });
    const socket = net.connect(ports.gateway, '127.0.0.1');
    let answer = '';
    let continued = false;
    socket.on('data', (c: Buffer) => {
      answer += c.toString();
      if (answer.startsWith('HTTP/1.1 100')) continued = true;
    });
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // With `expect: 100-continue` the gateway says when it has the request: from then on it is in flight.
    socket.write(
      `POST /graphql HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\nauthorization: Bearer demo-admin\r\n` +
        `expect: 100-continue\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    await until(() => continued, 10_000, () => answer);

    run.child.kill('SIGTERM');
    // The gateway drains first: it refuses new connections while this request is still open.
    await until(async () => (await connectOutcome(ports.gateway)) === 'ECONNREFUSED', 30_000);
    socket.write(body);
    await closed;
    const [head, payload] = answer.slice(answer.indexOf('\r\n\r\n') + 4).split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(head).toMatch(/^connection: close$/im);
    const data = JSON.parse(payload!).data;
    expect(data.stations.totalCount).toBeGreaterThan(0);
    expect(data.courses.totalCount).toBeGreaterThan(0);

    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(run.output()).toContain('Stopped.');
    for (const name of SUBGRAPHS) expect(await connectOutcome(ports[name])).toBe('ECONNREFUSED');
  });
});
