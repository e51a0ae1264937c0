import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { TEST_PRINCIPAL_ENV, scaled } from '@nef/kit/testing';

/**
 * The production build (`npm run build`) as the Docker image runs it: every entry point is
 * compiled JavaScript started with plain node (no tsx, no TypeScript loaded), the four
 * subgraphs migrate their databases with the compiled `migrate` step, and a query through the
 * compiled gateway reaches all four. On SQLite files in a temporary folder, or on fresh MySQL
 * databases when TEST_DATABASE_URL is set.
 */

const ROOT = path.resolve(__dirname, '../..');
const SUBGRAPHS = ['stations', 'union', 'training', 'governance'] as const;
const mysqlUrl = process.env.TEST_DATABASE_URL;
/** How the image starts each process: the export condition that points @nef/kit at its dist/. */
const NODE_ARGS = ['--conditions=nef-compiled', '--enable-source-maps'];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-build-'));
const prefix = `build_${randomBytes(3).toString('hex')}_`;
const children: ChildProcess[] = [];
const outputs = new Map<string, string>();
let env: Record<string, string>;
let gatewayUrl: string;

/** Starts a compiled entry point and resolves with the URL it logs once listening. */
function launch(name: string, entry: string, extraEnv: Record<string, string>): Promise<string> {
  expect(entry.endsWith('.js')).toBe(true);
  const child = spawn(process.execPath, [...NODE_ARGS, entry], { cwd: ROOT, env: { ...env, ...extraEnv, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  outputs.set(name, '');
  const keep = (c: Buffer) => outputs.set(name, outputs.get(name)! + c.toString());
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${outputs.get(name)}`)), scaled(60_000));
    child.stdout!.on('data', () => {
      const m = /"url":"(http:[^"]+)\/graphql"[^\n]*listening/.exec(outputs.get(name)!);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${outputs.get(name)}`));
    });
  });
}

beforeAll(async () => {
  const inherited = { ...(process.env as Record<string, string>) };
  delete inherited.JEST_WORKER_ID;
  delete inherited.NODE_OPTIONS;
  env = {
    ...inherited,
    DATA_DIR: dataDir,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'info',
    NODE_ENV: 'test',
    ...(mysqlUrl ? { DATABASE_URL: mysqlUrl, DB_PREFIX: prefix } : {}),
  };
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.stderr).toBe('');
  expect(build.status).toBe(0);
  const migrate = spawnSync(process.execPath, ['scripts/migrate.mjs', '--compiled'], { cwd: ROOT, env: { ...env, LOG_LEVEL: 'warn' }, encoding: 'utf8' });
  expect(migrate.status).toBe(0);
  for (const name of SUBGRAPHS) expect(migrate.stdout).toContain(`${name}: applied`);

  const urls = await Promise.all(
    SUBGRAPHS.map((name) => launch(name, path.join('services', name, 'dist', 'main.js'), TEST_PRINCIPAL_ENV.subgraphs)),
  );
  const gatewayEnv: Record<string, string> = { ...TEST_PRINCIPAL_ENV.gateway };
  SUBGRAPHS.forEach((name, i) => (gatewayEnv[`${name.toUpperCase()}_URL`] = `${urls[i]}/graphql`));
  gatewayUrl = await launch('gateway', path.join('gateway', 'dist', 'main.js'), gatewayEnv);
}, scaled(120_000));

afterAll(async () => {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGTERM');
        }),
    ),
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (mysqlUrl) {
    const u = new URL(mysqlUrl);
    const conn = await mysql.createConnection({ host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username || 'root'), password: decodeURIComponent(u.password) });
    for (const name of SUBGRAPHS) await conn.query(`DROP DATABASE IF EXISTS \`${prefix}${name}\``);
    await conn.end();
  }
}, scaled(30_000));

test('the compiled processes load no TypeScript', () => {
  for (const name of [...SUBGRAPHS, 'gateway']) {
    const pid = children[[...SUBGRAPHS, 'gateway'].indexOf(name)]!.pid!;
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    expect(args.some((a) => a.endsWith('.ts') || a.includes('tsx'))).toBe(false);
  }
  for (const [name, output] of outputs) expect({ name, tsx: /tsx|\.ts:\d/.test(output) }).toEqual({ name, tsx: false });
});

test('each compiled process answers /readyz', async () => {
  const statuses = await Promise.all(
    [gatewayUrl, ...children.slice(0, 4).map((_c, i) => /(http:\/\/[^/]+)/.exec(outputs.get(SUBGRAPHS[i])!)![1])].map(async (base) => (await fetch(`${base}/readyz`)).status),
  );
  expect(statuses).toEqual([200, 200, 200, 200, 200]);
});

test('a query through the compiled gateway reaches the four compiled subgraphs', async () => {
  const query = `query($code: ID!) { district(code: $code) { name
    stationMetrics { stations } unionMetrics { members } trainingMetrics { courses } governanceMetrics { reports } } }`;
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer demo-chaoyang-dashboard' },
    body: JSON.stringify({ query, variables: { code: '110105' } }),
  });
  const body = (await res.json()) as { data?: { district: any }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  const d = body.data!.district;
  expect(d.name).toBe('朝阳区');
  expect([d.stationMetrics.stations, d.unionMetrics.members, d.trainingMetrics.courses, d.governanceMetrics.reports].every((n: number) => n > 0)).toBe(true);
});

test('the compiled gateway serves the playground bundle built by npm run build', async () => {
  const page = await (await fetch(`${gatewayUrl}/`, { headers: { accept: 'text/html' } })).text();
  expect(outputs.get('gateway')).toMatch(/UI bundles loaded from cache/);
  expect(page).toMatch(/<script[^>]+src="[^"]*playground-[A-Z0-9]+\.js"/);
});
