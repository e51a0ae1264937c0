import { MigrationExecutor, type DataSource } from 'typeorm';
import type { DatabaseTarget } from './url';

/**
 * Migrations under a lock, so that replicas of a service started at once (or a migration job
 * beside them) apply each pending migration exactly once:
 * - MySQL: `GET_LOCK('nef_migrate_<database>')` held on a connection of its own for as long as
 *   TypeORM runs the migrations on another; whoever waited then finds nothing pending.
 * - SQLite: the migrations run inside one `BEGIN IMMEDIATE` transaction on the service's single
 *   connection, which takes the file's write lock before reading what is pending; a process
 *   that finds it taken waits (busy timeout, retried up to `lockTimeoutMs`). All the pending
 *   migrations commit together or not at all.
 */
export const DEFAULT_MIGRATE_LOCK_TIMEOUT_MS = 120_000;

/** The names of the migrations not yet applied, in the order they would run. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const pending = await new MigrationExecutor(dataSource).getPendingMigrations();
  return pending.map((m) => m.name);
}

/** The MySQL advisory lock name for a database (at most 64 characters, as GET_LOCK allows). */
export function migrateLockName(database: string): string {
  return `nef_migrate_${database}`.slice(0, 64);
}

/** Runs the pending migrations under the lock; resolves to the names of those this call applied. */
export async function migrateUnderLock(
  dataSource: DataSource,
  target: DatabaseTarget,
  lockTimeoutMs = DEFAULT_MIGRATE_LOCK_TIMEOUT_MS,
): Promise<string[]> {
  if (target.engine === 'mysql') return migrateMysql(dataSource, migrateLockName(target.database), lockTimeoutMs);
  return migrateSqlite(dataSource, lockTimeoutMs);
}

async function migrateMysql(dataSource: DataSource, lock: string, lockTimeoutMs: number): Promise<string[]> {
  const holder = dataSource.createQueryRunner();
  await holder.connect();
  try {
    const [row] = (await holder.query('SELECT GET_LOCK(?, ?) AS got', [lock, Math.ceil(lockTimeoutMs / 1000)])) as { got: number | string | null }[];
    if (Number(row?.got) !== 1) {
      throw new Error(`could not take the migration lock ${lock} within ${lockTimeoutMs} ms (another migration still running?)`);
    }
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await holder.query('SELECT RELEASE_LOCK(?)', [lock]);
    }
  } finally {
    await holder.release();
  }
}

async function migrateSqlite(dataSource: DataSource, lockTimeoutMs: number): Promise<string[]> {
  const deadline = Date.now() + lockTimeoutMs;
  for (;;) {
    try {
      await dataSource.query('BEGIN IMMEDIATE');
      break;
    } catch (err) {
      // The busy timeout (5 s) ran out while another process migrates: wait on.
      if (!isSqliteBusy(err) || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    const applied = await dataSource.runMigrations({ transaction: 'none' });
    await dataSource.query('COMMIT');
    return applied.map((m) => m.name);
  } catch (err) {
    await dataSource.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

function isSqliteBusy(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  const code = e?.driverError?.code ?? e?.code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/** What /readyz says while the schema lags the code. */
export type SchemaReadiness = { status: 'unavailable'; reason: string };

/**
 * A production service's view of its schema: it does not migrate at start (the migration job
 * does, `npm run migrate`), so it checks what is pending, answers not ready while anything is,
 * and checks again every `recheckMs` until nothing is; then `onMigrated` runs (demo data) and
 * the service is ready.
 */
export class SchemaWatch {
  private pending: number | undefined;
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly db: { pendingMigrations(): Promise<string[]> },
    private readonly onMigrated: () => Promise<void>,
    private readonly log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void },
  ) {}

  static async start(
    db: { pendingMigrations(): Promise<string[]> },
    opts: { recheckMs: number; onMigrated: () => Promise<void>; log: SchemaWatch['log'] },
  ): Promise<SchemaWatch> {
    const watch = new SchemaWatch(db, opts.onMigrated, opts.log);
    await watch.check();
    if (watch.pending !== 0) {
      watch.timer = setInterval(() => void watch.check(), opts.recheckMs);
      watch.timer.unref();
    }
    return watch;
  }

  /** Undefined once migrated; otherwise why the service must not serve. */
  readiness(): SchemaReadiness | undefined {
    if (this.pending === 0) return undefined;
    const reason =
      this.pending === undefined
        ? 'database schema not checked yet (run npm run migrate)'
        : `database schema not migrated: ${this.pending} pending (run npm run migrate)`;
    return { status: 'unavailable', reason };
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private checking = false;

  private async check(): Promise<void> {
    if (this.checking || this.pending === 0) return;
    this.checking = true;
    try {
      const pending = await this.db.pendingMigrations();
      if (pending.length > 0) {
        if (pending.length !== this.pending) this.log.error({ pending }, `database schema not migrated: ${pending.length} pending (run npm run migrate); not serving until it is`);
        this.pending = pending.length;
        return;
      }
      await this.onMigrated();
      this.pending = 0;
      this.stop();
      this.log.info({}, 'database schema up to date');
    } catch (err) {
      this.log.error({ err }, 'could not check the database schema');
    } finally {
      this.checking = false;
    }
  }
}
