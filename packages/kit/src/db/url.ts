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
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`DATABASE_URL for ${service} is not a URL (expected mysql://user:pass@host:port)`);
  }
  if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
    throw new Error(`DATABASE_URL for ${service} must start with mysql:// (got ${parsed.protocol})`);
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
