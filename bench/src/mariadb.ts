import mysql from 'mysql2/promise';
import { SERVICES } from './stack';

/**
 * The benchmark's MariaDB (or MySQL) databases. The kit names a service's database
 * `<DB_PREFIX><service>` on the server of DATABASE_URL (packages/kit/src/db/url.ts), so the
 * data set is generated once under a prefix of its own (`bench_city_42_100000w_3500s_`) and each
 * run gets a fresh copy of it under `bench_run_`: the runs write (enrolments, courses, audit
 * entries), and the next run must start from the same data, as it does from a fresh copy of
 * the SQLite files.
 */
export const RUN_PREFIX = 'bench_run_';

/** The DB_PREFIX of a generated data set: its directory name, in the characters a database name allows. */
export function datasetPrefix(name: string): string {
  return `bench_${name.replace(/[^A-Za-z0-9]/g, '_')}_`;
}

async function connect(url: string) {
  const u = new URL(url);
  if (u.pathname.replace(/^\//, '')) throw new Error(`--database-url must not name a database (each service gets its own): ${url}`);
  return mysql.createConnection({
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 3306,
    user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password),
    multipleStatements: false,
  });
}

/** The server's version line, for the machine record (e.g. `MariaDB 10.11.19`). */
export async function serverVersion(url: string): Promise<string> {
  const conn = await connect(url);
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    const v = String((rows as { v: string }[])[0]!.v);
    const m = /^([\d.]+)-MariaDB/i.exec(v);
    return m ? `MariaDB ${m[1]}` : `MySQL ${v}`;
  } finally {
    await conn.end();
  }
}

/** Whether every service's database of the data set is there with tables in it. */
export async function datasetPresent(url: string, prefix: string): Promise<boolean> {
  const conn = await connect(url);
  try {
    for (const service of SERVICES) {
      const [rows] = await conn.query('SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ?', [`${prefix}${service}`]);
      if (Number((rows as { n: number }[])[0]!.n) === 0) return false;
    }
    return true;
  } finally {
    await conn.end();
  }
}

/** Drops the data set's databases (before --reseed). */
export async function dropDataset(url: string, prefix: string): Promise<void> {
  const conn = await connect(url);
  try {
    for (const service of SERVICES) await conn.query(`DROP DATABASE IF EXISTS \`${prefix}${service}\``);
  } finally {
    await conn.end();
  }
}

/**
 * Copies each service's database of the data set to `bench_run_<service>`, dropped first: its
 * tables (structure, indexes and rows) one by one, then its triggers. Returns the seconds it took.
 */
export async function freshRunCopy(url: string, prefix: string, progress: (line: string) => void): Promise<number> {
  const started = Date.now();
  const conn = await connect(url);
  try {
    await conn.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
    for (const service of SERVICES) {
      const from = `${prefix}${service}`;
      const to = `${RUN_PREFIX}${service}`;
      await conn.query(`DROP DATABASE IF EXISTS \`${to}\``);
      await conn.query(`CREATE DATABASE \`${to}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
      const [tables] = await conn.query("SELECT table_name AS t FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name", [from]);
      const [views] = await conn.query("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = ? AND table_type <> 'BASE TABLE'", [from]);
      if (Number((views as { n: number }[])[0]!.n) > 0) throw new Error(`${from} has views, which the per-run copy does not copy`);
      for (const { t } of tables as { t: string }[]) {
        await conn.query(`CREATE TABLE \`${to}\`.\`${t}\` LIKE \`${from}\`.\`${t}\``);
        // Generated columns are computed again, not copied (they refuse a value).
        const [columns] = await conn.query(
          "SELECT column_name AS c FROM information_schema.columns WHERE table_schema = ? AND table_name = ? AND extra NOT LIKE '%GENERATED%' ORDER BY ordinal_position",
          [from, t],
        );
        const list = (columns as { c: string }[]).map(({ c }) => `\`${c}\``).join(', ');
        await conn.query(`INSERT INTO \`${to}\`.\`${t}\` (${list}) SELECT ${list} FROM \`${from}\`.\`${t}\``);
      }
      // Then the triggers (the audit log's refusals of UPDATE and DELETE), in the copy's database.
      const [triggers] = await conn.query('SELECT trigger_name AS t FROM information_schema.triggers WHERE trigger_schema = ? ORDER BY trigger_name', [from]);
      for (const { t } of triggers as { t: string }[]) {
        const [shown] = await conn.query(`SHOW CREATE TRIGGER \`${from}\`.\`${t}\``);
        const statement = (shown as Record<string, string>[])[0]!['SQL Original Statement'];
        if (!statement) throw new Error(`no statement for trigger ${from}.${t}`);
        await conn.query(`USE \`${to}\``);
        await conn.query(statement);
      }
      progress(`${service}: ${(tables as unknown[]).length} tables and ${(triggers as unknown[]).length} triggers copied, ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await conn.end();
  }
  return (Date.now() - started) / 1000;
}
