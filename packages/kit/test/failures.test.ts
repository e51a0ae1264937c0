import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createRequire } from 'node:module';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import mysql from 'mysql2/promise';
import pino from 'pino';
import { QueryFailedError } from 'typeorm';
import { Database, conflict, createErrorFormatter, createLogger, isRetryableLockError, isUnavailableError } from '../src';
import { testDatabaseTarget } from '../src/testing';
import { startTcpProxy } from '../../../test/support/tcp-proxy';

interface SqliteConnection {
  pragma(statement: string): unknown;
  exec(sql: string): unknown;
  close(): void;
}
// The embedded engine's own type declarations are not installed.
const Sqlite = createRequire(__filename)('better-sqlite3') as new (file: string, options?: { fileMustExist?: boolean }) => SqliteConnection;

const MYSQL = process.env.TEST_DATABASE_URL;
const onMysql = MYSQL ? it : it.skip;
const onSqlite = MYSQL ? it.skip : it;

/** What a failed query looks like once TypeORM has wrapped the driver's error. */
const queryFailed = (driverError: Record<string, unknown>) =>
  new QueryFailedError('SELECT 1', [], Object.assign(new Error(String(driverError.message ?? driverError.code)), driverError));

/** A resolver's error as Apollo Server hands it to the formatter: located, the cause as originalError. */
const fromResolver = (cause: Error, path: (string | number)[] = ['notes']) =>
  new GraphQLError(cause.message, { path, originalError: cause });

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Catches what `fn` rejects with. */
async function failureOf(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

describe('which failures mean the database cannot answer now', () => {
  it.each([
    ['a refused connection', { code: 'ECONNREFUSED', errno: -111, syscall: 'connect' }],
    ['a connection reset', { code: 'ECONNRESET' }],
    ['a connection that timed out', { code: 'ETIMEDOUT' }],
    ['a connection lost mid-query', { code: 'PROTOCOL_CONNECTION_LOST', fatal: true }],
    ['a full server', { code: 'ER_CON_COUNT_ERROR', errno: 1040, sqlState: '08004' }],
    ['a server shutting down', { code: 'ER_SERVER_SHUTDOWN', errno: 1053, sqlState: '08S01' }],
    ["MariaDB's killed connection, which mysql2 names by number only", { errno: 1927, sqlState: '70100' }],
    ['a wait for a pooled connection that ran out of time', { code: 'DB_ACQUIRE_TIMEOUT' }],
    ['a SQLite lock held past the busy timeout', { code: 'SQLITE_BUSY' }],
    ['a SQLite file that cannot be opened', { code: 'SQLITE_CANTOPEN' }],
    ['a SQLite read error', { code: 'SQLITE_IOERR_SHORT_READ' }],
  ])('%s', (_, driverError) => {
    expect(isUnavailableError(queryFailed(driverError))).toBe(true);
    expect(isUnavailableError(fromResolver(queryFailed(driverError)))).toBe(true);
  });

  it("takes mysql2's pool refusals, which have no code, by their words", () => {
    expect(isUnavailableError(new Error('Pool is closed.'))).toBe(true);
    expect(isUnavailableError(new Error("Can't add new command when connection is in closed state"))).toBe(true);
  });

  it('looks through causes and through every address a connection tried', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED ::1:3306'), { code: 'ECONNREFUSED' });
    expect(isUnavailableError(new TypeError('fetch failed', { cause: refused }))).toBe(true);
    expect(isUnavailableError(new AggregateError([new Error('no'), refused]))).toBe(true);
  });

  it.each([
    ['a duplicate key', { code: 'ER_DUP_ENTRY', errno: 1062 }],
    ['a missing table (a bug)', { code: 'ER_NO_SUCH_TABLE', errno: 1146 }],
    ['a SQL syntax error (a bug)', { code: 'ER_PARSE_ERROR', errno: 1064 }],
    ['a SQLite constraint', { code: 'SQLITE_CONSTRAINT_UNIQUE' }],
    ['a SQLite type mismatch', { code: 'SQLITE_MISMATCH' }],
    ['a deadlock, which the transaction retries first', { code: 'ER_LOCK_DEADLOCK', errno: 1213 }],
  ])('is not fooled by %s', (_, driverError) => {
    expect(isUnavailableError(queryFailed(driverError))).toBe(false);
  });

  it('is not fooled by errors that are no failure of a connection', () => {
    for (const e of [new TypeError("Cannot read properties of undefined (reading 'id')"), conflict('the course is full'), null, undefined, 'ECONNREFUSED']) {
      expect(isUnavailableError(e)).toBe(false);
    }
  });

  it('tells a lock conflict worth a fresh attempt from the rest', () => {
    expect(isRetryableLockError(queryFailed({ code: 'ER_LOCK_DEADLOCK', errno: 1213 }))).toBe(true);
    expect(isRetryableLockError(fromResolver(queryFailed({ code: 'ER_LOCK_WAIT_TIMEOUT', errno: 1205 })))).toBe(true);
    for (const code of ['ER_DUP_ENTRY', 'SQLITE_BUSY', 'ECONNREFUSED']) expect(isRetryableLockError(queryFailed({ code }))).toBe(false);
  });

  onMysql('classifies what MySQL really answers: a closed port, a dropped connection, a lock-wait timeout', async () => {
    const { target, drop } = testDatabaseTarget('training');
    if (target.engine !== 'mysql') throw new Error('expected a MySQL target');
    const log = createLogger('training', 'silent');
    const refused = await failureOf(async () => Database.open({ target: { ...target, port: await closedPort() }, entities: [], migrations: [], log }));
    expect(isUnavailableError(refused)).toBe(true);

    const proxy = await startTcpProxy({ host: target.host, port: target.port });
    const db = await Database.open({ target: { ...target, port: proxy.port }, entities: [], migrations: [], log });
    try {
      await db.ping();
      await proxy.cut();
      const lost = await failureOf(() => db.ping());
      expect(isUnavailableError(lost)).toBe(true);
      expect(isUnavailableError(await failureOf(() => db.transaction((em) => em.query('SELECT 1'))))).toBe(true);
      await proxy.restore();

      await db.dataSource.query('CREATE TABLE seats (id INT PRIMARY KEY)');
      await db.dataSource.query('INSERT INTO seats VALUES (1)');
      const holder = await mysql.createConnection({ host: target.host, port: target.port, user: target.user, password: target.password, database: target.database });
      const waiter = await mysql.createConnection({ host: target.host, port: target.port, user: target.user, password: target.password, database: target.database });
      try {
        await holder.query('START TRANSACTION');
        await holder.query('SELECT id FROM seats WHERE id = 1 FOR UPDATE');
        await waiter.query('SET SESSION innodb_lock_wait_timeout = 1');
        const timedOut = await failureOf(() => waiter.query('UPDATE seats SET id = 2 WHERE id = 1'));
        expect(isRetryableLockError(timedOut)).toBe(true);
        expect(isUnavailableError(timedOut)).toBe(false);
      } finally {
        await holder.end();
        await waiter.end();
      }
    } finally {
      await db.close();
      await proxy.close();
      await drop();
    }
  });

  onSqlite('classifies what SQLite really answers: a lock held elsewhere, a file that cannot be opened', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-failures-'));
    try {
      const file = path.join(dir, 'training.sqlite');
      const holder = new Sqlite(file);
      const other = new Sqlite(file);
      holder.exec('CREATE TABLE seats (id INTEGER PRIMARY KEY)');
      holder.exec('BEGIN EXCLUSIVE');
      other.pragma('busy_timeout = 0');
      let busy: unknown;
      try {
        other.exec('INSERT INTO seats VALUES (1)');
      } catch (err) {
        busy = err;
      }
      expect(busy).toMatchObject({ code: 'SQLITE_BUSY' });
      expect(isUnavailableError(busy)).toBe(true);
      holder.exec('ROLLBACK');
      holder.close();
      other.close();

      // A directory where the database file should be: SQLite cannot open it.
      let cantOpen: unknown;
      try {
        new Sqlite(dir);
      } catch (err) {
        cantOpen = err;
      }
      expect(cantOpen).toMatchObject({ code: 'SQLITE_CANTOPEN' });
      expect(isUnavailableError(cantOpen)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A logger whose lines the test can read. */
function capturedLogger() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

/** Apollo Server's part: the formatted error it passes along with the error itself. */
const formatted = (error: GraphQLError): GraphQLFormattedError => ({
  ...error.toJSON(),
  extensions: { ...error.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' },
});

describe('the error formatter', () => {
  it('answers a database that cannot answer as SERVICE_UNAVAILABLE, retryable, with the path, and logs the cause whole', () => {
    const { log, lines } = capturedLogger();
    const format = createErrorFormatter(log, { service: 'training' });
    const cause = queryFailed({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 10.0.0.7:3306', errno: -111 });
    const error = fromResolver(cause, ['courses', 'edges', 0, 'node']);
    const out = format(formatted(error), error);
    expect(out).toEqual({
      message: 'the training service is unavailable; try again shortly',
      path: ['courses', 'edges', 0, 'node'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'training' },
    });
    expect(JSON.stringify(out)).not.toMatch(/10\.0\.0\.7|ECONNREFUSED|3306|SELECT/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, msg: 'database unavailable', err: { code: 'ECONNREFUSED', query: 'SELECT 1' } });
    expect(lines[0]!.err.stack).toMatch(/QueryFailedError/);
  });

  it('answers a deadlock that outlived the transaction’s retries as SERVICE_UNAVAILABLE, never INTERNAL_SERVER_ERROR', () => {
    const format = createErrorFormatter(createLogger('governance', 'silent'));
    const error = fromResolver(queryFailed({ code: 'ER_LOCK_DEADLOCK', errno: 1213, sqlMessage: 'Deadlock found when trying to get lock' }), ['adjustPoints']);
    expect(format(formatted(error), error)).toEqual({
      message: 'the service is unavailable; try again shortly',
      path: ['adjustPoints'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
  });

  it('still masks what is neither expected nor an outage', () => {
    const { log, lines } = capturedLogger();
    const format = createErrorFormatter(log, { service: 'training' });
    const error = fromResolver(queryFailed({ code: 'ER_NO_SUCH_TABLE', errno: 1146 }), ['courses']);
    expect(format(formatted(error), error)).toEqual({ message: 'Internal server error', path: ['courses'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(lines[0]).toMatchObject({ msg: 'unexpected error', err: { code: 'ER_NO_SUCH_TABLE' } });
  });

  it('reports a literal a scalar refused as the scalar’s BAD_USER_INPUT, not as a validation failure', () => {
    const format = createErrorFormatter(createLogger('training', 'silent'));
    const refused = new GraphQLError('DateTime must be an ISO 8601 instant with offset', { extensions: { code: 'BAD_USER_INPUT' } });
    // What Apollo Server makes of a validation rule's error: its own code, the rule's error as the original.
    const validation = new GraphQLError(refused.message, { originalError: refused, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(formatted(validation), validation).extensions).toEqual({ code: 'BAD_USER_INPUT' });
    const unknownField = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(formatted(unknownField), unknownField).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('keeps an expected error as it is, without a stack trace', () => {
    const format = createErrorFormatter(createLogger('training', 'silent'));
    const error = fromResolver(conflict('the course is full'), ['enroll']);
    const out = format({ ...formatted(error), extensions: { code: 'CONFLICT', stacktrace: ['at x'] } }, error);
    expect(out).toEqual({ message: 'the course is full', path: ['enroll'], extensions: { code: 'CONFLICT' } });
  });
});
