import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { TEST_PRINCIPAL_ENV, scaled, until } from '@nef/kit/testing';
import { migrations as governanceMigrations } from '../../services/governance/src/migrations';

/**
 * Migrations as a step of their own (`npm run migrate`): replicas that migrate at once apply
 * each migration exactly once, and a production service on a database that lags its code does
 * not serve until the migration has run. On SQLite files in a temporary folder, or on a fresh
 * MySQL database when TEST_DATABASE_URL is set.
 */

interface SqliteConnection {
  pragma(statement: string): unknown;
  exec(sql: string): unknown;
  prepare(sql: string): { all(): unknown[] };
  close(): void;
}
// The embedded engine the services run on; its own type declarations are not installed.
const Database = createRequire(__filename)('better-sqlite3') as new (file: string, opts?: { readonly?: boolean }) => SqliteConnection;

const ROOT = path.resolve(__dirname, '../..');
const SERVICE = 'governance';
/** The governance service's migrations and the kit's two (audit log, data versions). */
const MIGRATIONS = governanceMigrations.length + 2;
const mysqlUrl = process.env.TEST_DATABASE_URL;

let dataDir: string;
let prefix: string;
let env: Record<string, string>;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-migrate-'));
  prefix = `mig_${randomBytes(3).toString('hex')}_`;
  const inherited = { ...(process.env as Record<string, string>) };
  delete inherited.JEST_WORKER_ID;
  env = {
    ...inherited,
    ...TEST_PRINCIPAL_ENV.subgraphs,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    ...(mysqlUrl ? { DATABASE_URL: mysqlUrl, DB_PREFIX: prefix } : {}),
  };
});

afterEach(async () => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (mysqlUrl) await withMysql((conn) => conn.query(`DROP DATABASE IF EXISTS \`${prefix}${SERVICE}\``));
});

async function withMysql<T>(fn: (conn: mysql.Connection) => Promise<T>): Promise<T> {
  const u = new URL(mysqlUrl!);
  const conn = await mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password),
  });
  try {
    return await fn(conn);
  } finally {
    await conn.end();
  }
}

/** The rows of TypeORM's migrations table: one per migration applied. */
async function appliedMigrations(): Promise<string[]> {
  if (mysqlUrl) {
    const [rows] = await withMysql((conn) => conn.query(`SELECT name FROM \`${prefix}${SERVICE}\`.migrations ORDER BY id`));
    return (rows as { name: string }[]).map((r) => r.name);
  }
  const db = new Database(path.join(dataDir, `${SERVICE}.sqlite`), { readonly: true });
  try {
    return (db.prepare('SELECT name FROM migrations ORDER BY id').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

interface Exit {
  code: number | null;
  output: string;
}

function run(args: string[], extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code) => resolve({ code, output })));
  return { child, exited, output: () => output };
}

const migrate = () => run(['scripts/migrate.mjs', SERVICE]).exited;

/** Whether process `pid` (or a child of it) has `file` open. */
function hasOpen(pid: number, file: string): boolean {
  const pids = [String(pid), ...fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean)];
  return pids.some((p) => {
    try {
      return fs.readdirSync(`/proc/${p}/fd`).some((fd) => fs.readlinkSync(`/proc/${p}/fd/${fd}`) === file);
    } catch {
      return false;
    }
  });
}

test('replicas migrating a fresh database at once apply each migration exactly once', async () => {
  let runs: Exit[];
  if (mysqlUrl) {
    runs = await Promise.all(Array.from({ length: 4 }, () => migrate()));
  } else {
    // Processes start at different speeds: the file's write lock, held until all four have the
    // database open, lines them up so that they really do try to migrate at the same moment.
    const file = path.join(dataDir, `${SERVICE}.sqlite`);
    const gate = new Database(file);
    gate.pragma('journal_mode = WAL');
    gate.exec('BEGIN IMMEDIATE');
    const started = Array.from({ length: 4 }, () => run(['scripts/migrate.mjs', SERVICE]));
    try {
      await until(() => started.every((r) => r.child.pid !== undefined && hasOpen(r.child.pid, file)), 60_000);
    } finally {
      gate.exec('COMMIT');
      gate.close();
    }
    runs = await Promise.all(started.map((r) => r.exited));
  }
  expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
  // One run applied everything; the others waited for the lock and found nothing pending.
  expect(runs.filter((r) => r.output.includes(`${SERVICE}: applied`))).toHaveLength(1);
  expect(runs.filter((r) => r.output.includes(`${SERVICE}: up to date`))).toHaveLength(3);
  const applied = await appliedMigrations();
  expect(applied).toHaveLength(MIGRATIONS);
  expect(new Set(applied).size).toBe(MIGRATIONS);
}, scaled(120_000));

test('a production service on an unmigrated database is not ready and says why, then ready once migrated', async () => {
  const service = run(['--import', 'tsx', path.join('services', SERVICE, 'src', 'main.ts')], {
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'info',
    MIGRATION_RECHECK_MS: '200',
  });
  try {
    let url = '';
    await until(
      () => {
        const m = /"url":"(http:[^"]+)\/graphql"/.exec(service.output());
        url = m?.[1] ?? '';
        return url !== '' || service.child.exitCode !== null;
      },
      60_000,
      service.output,
    );
    expect(url).not.toBe('');
    const readyz = async () => {
      const res = await fetch(`${url}/readyz`);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    expect(await readyz()).toEqual({
      status: 503,
      body: { status: 'unavailable', reason: `database schema not migrated: ${MIGRATIONS} pending (run npm run migrate)` },
    });
    expect(await appliedMigrations().catch(() => [])).toEqual([]);

    const migrated = await migrate();
    expect(migrated.code).toBe(0);
    await until(async () => (await readyz()).status === 200, 30_000, service.output);
    expect((await readyz()).body).toEqual({ status: 'ready' });
    expect(await appliedMigrations()).toHaveLength(MIGRATIONS);
  } finally {
    service.child.kill('SIGTERM');
    await service.exited;
  }
}, scaled(120_000));
