import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource, type EntityManager, type EntitySchema, type Logger as OrmLogger, type MixedList } from 'typeorm';
import type { Logger } from 'pino';
import { isRetryableLockError } from './failures';
import { migrateUnderLock, pendingMigrations } from './migrate';
import { Mutex } from './mutex';
import type { DatabaseTarget } from './url';
import { sqlSpans, tracingEnabled } from '../tracing';

export type Engine = DatabaseTarget['engine'];

/** Statements run inside `db.bookkeeping(...)`: not counted as the request's own. */
const uncounted = new AsyncLocalStorage<true>();

export interface OpenDatabaseOptions {
  target: DatabaseTarget;
  entities: MixedList<EntitySchema<any>>;
  migrations: MixedList<new () => any>;
  log: Logger;
  /** Called once per SQL statement executed (the /metrics counter). */
  onStatement?: () => void;
  /**
   * Whether opening runs the pending migrations (under the migration lock, see db/migrate.ts).
   * Default true; production services open with false and check `pendingMigrations()` instead.
   */
  migrate?: boolean;
  /**
   * A read replica (READ_DATABASE_URL) for reads that may be a little stale: `db.reader`.
   * Never migrated from here; without it, `db.reader` is the primary.
   */
  readTarget?: DatabaseTarget;
}

/**
 * One service's database: a TypeORM DataSource on SQLite or MySQL, migrated, with a count of
 * the SQL statements it has run and one way to run transactions on both engines.
 */
export class Database {
  private statementCount = 0;
  private deadlockCount = 0;
  private readonly sqliteLock = new Mutex();

  /**
   * How a MySQL transaction that lost a lock is retried: up to `attempts` runs, pausing a random
   * time below `baseMs * 2^(n-1)` (at most `capMs`) after the n-th, and never past `budgetMs`
   * from the first start.
   */
  retryPolicy: RetryPolicy = { attempts: 8, baseMs: 10, capMs: 400, budgetMs: 3_000 };

  private constructor(
    readonly dataSource: DataSource,
    readonly engine: Engine,
    private readonly log: Logger,
    private readonly target: DatabaseTarget,
    private readonly readSource?: DataSource,
  ) {}

  /** Connects (creating the MySQL database when missing) and, unless told not to, runs pending migrations. */
  static async open(opts: OpenDatabaseOptions): Promise<Database> {
    const { target } = opts;
    // The logger is built before the Database it counts for; statements only run once both exist.
    const counted: { db?: Database } = {};
    const logger = new CountingLogger(() => {
      counted.db!.statementCount += 1;
      opts.onStatement?.();
    }, opts.log);
    let dataSource: DataSource;
    let readSource: DataSource | undefined;
    if (opts.readTarget && (opts.readTarget.engine !== 'mysql' || target.engine !== 'mysql')) {
      throw new Error('a read replica is for a MySQL primary only');
    }
    if (target.engine === 'sqlite') {
      fs.mkdirSync(path.dirname(target.file), { recursive: true });
      dataSource = new DataSource({
        type: 'better-sqlite3',
        database: target.file,
        entities: opts.entities,
        migrations: opts.migrations,
        synchronize: false,
        logger,
        enableWAL: true,
        prepareDatabase: (conn: { pragma(s: string): unknown }) => {
          conn.pragma('busy_timeout = 5000');
          conn.pragma('foreign_keys = ON');
        },
      });
    } else {
      await createMysqlDatabase(target);
      dataSource = mysqlSource(target, opts.entities, logger, opts.migrations);
      if (opts.readTarget?.engine === 'mysql') readSource = mysqlSource(opts.readTarget, opts.entities, logger);
    }
    const db = new Database(dataSource, target.engine, opts.log, target, readSource);
    counted.db = db;
    await dataSource.initialize();
    if (tracingEnabled()) dataSource.subscribers.push(sqlSpans(target.engine));
    if (readSource) {
      await readSource.initialize();
      if (tracingEnabled()) readSource.subscribers.push(sqlSpans(target.engine));
    }
    if (opts.migrate ?? true) await db.migrate();
    return db;
  }

  /** Runs the pending migrations under the migration lock; resolves to the names this call applied. */
  migrate(lockTimeoutMs?: number): Promise<string[]> {
    return migrateUnderLock(this.dataSource, this.target, lockTimeoutMs);
  }

  /** The names of the migrations not yet applied. */
  pendingMigrations(): Promise<string[]> {
    return this.bookkeeping(() => pendingMigrations(this.dataSource));
  }

  /**
   * Runs `fn` without counting its statements: the service's own bookkeeping (data version
   * reads), which happens now and then whatever the request, so that the statement count stays
   * what the request's work costs.
   */
  bookkeeping<T>(fn: () => Promise<T>): Promise<T> {
    return uncounted.run(true, fn);
  }

  /** SQL statements this database has executed since it opened. */
  get statements(): number {
    return this.statementCount;
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /**
   * For reads that may lag the primary by the replica's delay: the dashboards' district
   * metrics, never a read that decides a write (those run in `transaction` on the primary).
   * The primary itself when no read replica is set.
   */
  get reader(): EntityManager {
    return (this.readSource ?? this.dataSource).manager;
  }

  /** True when `reader` is a read replica rather than the primary. */
  get hasReplica(): boolean {
    return this.readSource !== undefined;
  }

  /**
   * Runs `fn` in a transaction: everything it writes commits together or not at all.
   * SQLite has one connection, so transactions there take turns; on MySQL they run
   * concurrently, callers lock rows they read to decide, and a transaction chosen as a deadlock
   * victim (or timed out waiting for a lock) is run again from the start (`retryPolicy`). When
   * the attempts or their time run out, the original error is logged and the caller gets
   * SERVICE_UNAVAILABLE: nothing was written, and the same request may be sent again.
   *
   * `fn` may therefore run more than once: it must not have effects outside the transaction.
   */
  async transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.engine === 'sqlite') {
      return this.sqliteLock.run(() => this.dataSource.transaction(fn));
    }
    const { attempts, baseMs, capMs, budgetMs } = this.retryPolicy;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(fn);
      } catch (err) {
        if (!isRetryableLockError(err)) throw err;
        if (isDeadlock(err)) this.deadlockCount += 1;
        // Full jitter: a random pause up to an exponentially growing ceiling, so that the
        // transactions that collided do not collide again in step.
        const pause = Math.random() * Math.min(capMs, baseMs * 2 ** (attempt - 1));
        if (attempt >= attempts || Date.now() - started + pause > budgetMs) {
          // The error formatter answers this error SERVICE_UNAVAILABLE (db/failures.ts).
          this.log.warn({ err, attempts: attempt, ms: Date.now() - started }, 'transaction gave up after lock conflicts');
          throw err;
        }
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  }

  /**
   * Transactions that a deadlock rolled back on MySQL since the database opened (each attempt
   * counts, retried or not). Writes for different rows should never deadlock: tests read this.
   */
  get deadlocks(): number {
    return this.deadlockCount;
  }

  /** `FOR UPDATE` where the engine has it; SQLite's serialised transactions need none. */
  get lockMode(): 'pessimistic_write' | undefined {
    return this.engine === 'mysql' ? 'pessimistic_write' : undefined;
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.readSource?.isInitialized) await this.readSource.destroy();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * A MySQL DataSource: the primary (with its migrations) or a read replica (without: never
 * migrated or synchronised from here). Binary collation, so comparisons and ordering behave as
 * on SQLite (case-sensitive ids).
 */
function mysqlSource(
  target: Extract<DatabaseTarget, { engine: 'mysql' }>,
  entities: OpenDatabaseOptions['entities'],
  logger: OrmLogger,
  migrations: OpenDatabaseOptions['migrations'] = [],
): DataSource {
  return new DataSource({
    type: 'mysql',
    host: target.host,
    port: target.port,
    username: target.user,
    password: target.password,
    database: target.database,
    charset: 'UTF8MB4_BIN',
    timezone: 'Z',
    entities,
    migrations,
    synchronize: false,
    logger,
    extra: { connectionLimit: 10 },
  });
}

async function createMysqlDatabase(target: Extract<DatabaseTarget, { engine: 'mysql' }>) {
  const conn = await mysql.createConnection({
    host: target.host,
    port: target.port,
    user: target.user,
    password: target.password,
  });
  try {
    await conn.query(
      `CREATE DATABASE IF NOT EXISTS \`${target.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
    );
  } finally {
    await conn.end();
  }
}

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  capMs: number;
  budgetMs: number;
}

/** A deadlock victim (MySQL, MariaDB), as opposed to a lock wait that timed out. */
function isDeadlock(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  return (e?.driverError?.code ?? e?.code) === 'ER_LOCK_DEADLOCK';
}

/** True for a unique-constraint violation on either engine. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

class CountingLogger implements OrmLogger {
  constructor(
    private readonly count: () => void,
    private readonly out: Logger,
  ) {}
  logQuery(): void {
    if (!uncounted.getStore()) this.count();
  }
  logQueryError(error: string | Error, query: string): void {
    this.out.debug({ err: error, query }, 'query failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.out.warn({ ms: time, query }, 'slow query');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.out.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn({ message }, 'typeorm');
  }
}
