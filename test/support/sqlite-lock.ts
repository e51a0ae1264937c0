import { createRequire } from 'node:module';

interface SqliteConnection {
  pragma(statement: string): unknown;
  exec(sql: string): unknown;
  close(): void;
}
// The embedded engine the services run on; its own type declarations are not installed.
const Sqlite = createRequire(__filename)('better-sqlite3') as new (file: string) => SqliteConnection;

/**
 * Holds an exclusive lock on a SQLite database file from a second connection, as another
 * process writing for a long time would: the service's writes wait its busy timeout and then
 * fail. `release()` lets go.
 */
export function holdExclusiveLock(file: string): { release(): void } {
  const conn = new Sqlite(file);
  conn.pragma('busy_timeout = 1000');
  conn.exec('BEGIN EXCLUSIVE');
  return {
    release() {
      conn.exec('ROLLBACK');
      conn.close();
    },
  };
}
