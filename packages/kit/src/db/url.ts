import path from 'node:path';
import type { Env } from '../config';

export type DatabaseTarget =
  | { engine: 'sqlite'; file: string }
  | { engine: 'mysql'; host: string; port: number; user: string; password: string; database: string };

const NAME = /^[A-Za-z0-9_]{1,64}$/;

/**
 * Where a service keeps its data. `<SERVICE>_DATABASE_URL` overrides `DATABASE_URL`; with
 * neither, the service gets its own SQLite file in `DATA_DIR`. On MySQL the database is
 * `<DB_PREFIX><service>` unless the URL names one.
 */
export function resolveDatabaseTarget(service: string, env: Env): DatabaseTarget {
  const url = env.str(`${service.toUpperCase()}_DATABASE_URL`) ?? env.str('DATABASE_URL');
  if (!url) {
    return { engine: 'sqlite', file: path.resolve(env.str('DATA_DIR', './data'), `${service}.sqlite`) };
  }
  return mysqlTarget(service, url, env, 'DATABASE_URL');
}

/**
 * Where a service may read what can be a little stale (the dashboards' district metrics): a
 * MySQL read replica. `<SERVICE>_READ_DATABASE_URL` overrides `READ_DATABASE_URL`, and the
 * database name follows the same rule as the primary's. Undefined without either: reads go to
 * the primary. Only beside a MySQL primary: SQLite has no replicas, and its readers already
 * share the file the writer commits to, so a read URL there is refused rather than ignored.
 */
export function resolveReadDatabaseTarget(service: string, env: Env): DatabaseTarget | undefined {
  const url = env.str(`${service.toUpperCase()}_READ_DATABASE_URL`) ?? env.str('READ_DATABASE_URL');
  if (!url) return undefined;
  if (resolveDatabaseTarget(service, env).engine !== 'mysql') {
    throw new Error(`READ_DATABASE_URL for ${service} needs a MySQL primary (DATABASE_URL): SQLite has no read replicas`);
  }
  return mysqlTarget(service, url, env, 'READ_DATABASE_URL');
}

function mysqlTarget(service: string, url: string, env: Env, setting: string): DatabaseTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${setting} for ${service} is not a URL (expected mysql://user:pass@host:port)`);
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new Error(`${setting} for ${service} must start with mysql:// (got ${parsed.protocol})`);
  }
  const named = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  const database = named || `${env.str('DB_PREFIX', '')}${service}`;
  if (!NAME.test(database)) {
    throw new Error(`database name "${database}" may hold only letters, digits and underscores`);
  }
  return {
    engine: 'mysql',
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 3306,
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
    database,
  };
}
