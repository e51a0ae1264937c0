import type { EntityManager } from 'typeorm';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { Database } from '../db/database';

/**
 * Data versions: one counter per namespace of a service's data (e.g. `stations`, `visits`),
 * raised after every write that changes it. An answer remembers the versions it was computed
 * at; when a counter has moved, the answer is stale. The counters live in the service's own
 * database (table data_versions), so writers in other processes (replicas, the import and
 * generate commands) move them too.
 */
export class KitDataVersions1700000000001 implements MigrationInterface {
  name = 'KitDataVersions1700000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'data_versions',
        columns: [
          { name: 'name', type: 'varchar', length: '64', isPrimary: true },
          { name: 'version', type: 'bigint' },
        ],
      }),
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('data_versions', true);
  }
}

export type Versions = ReadonlyMap<string, number>;

/**
 * This process's view of its service's data versions: read from the database when older than
 * `maxAgeMs` (so a write by another process is seen within that time), and again at once after
 * a write of its own. The reads and bumps are bookkeeping: they do not count as the request's
 * SQL statements.
 */
export class VersionBook {
  private versions: Versions = new Map();
  private readAt = 0;
  private loading: Promise<Versions> | undefined;
  private ready: Promise<void> | undefined;
  private replicaVersions: Versions = new Map();
  private replicaReadAt = 0;

  constructor(
    private readonly db: Database,
    readonly namespaces: readonly string[],
    private readonly maxAgeMs = 200,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The versions now, re-read when older than maxAgeMs (or always, with `fresh`). */
  async current(fresh = false): Promise<Versions> {
    if (this.namespaces.length === 0) return this.versions;
    if (!fresh && this.clock() - this.readAt < this.maxAgeMs) return this.versions;
    if (!this.loading) {
      this.loading = this.load().finally(() => (this.loading = undefined));
    }
    return this.loading;
  }

  /**
   * The versions to stamp a query's answer with. With a read replica (`db.hasReplica`), the
   * replica's own copy: an answer with figures read there is never tagged newer than the
   * replica's data, so a lagging replica costs the gateway hits, never an answer kept stale
   * for its max-age. Answers read from the primary are then tagged older than they are: safe.
   */
  async forAnswer(): Promise<Versions> {
    if (!this.db.hasReplica || this.namespaces.length === 0) return this.current();
    if (this.clock() - this.replicaReadAt < this.maxAgeMs) return this.replicaVersions;
    const rows: { name: string; version: number | string }[] = await this.db.bookkeeping(() =>
      this.db.reader.query(`SELECT name, version FROM data_versions WHERE name IN (${this.namespaces.map(() => '?').join(', ')})`, [...this.namespaces]),
    );
    this.replicaVersions = new Map(rows.map((r) => [r.name, Number(r.version)]));
    this.replicaReadAt = this.clock();
    return this.replicaVersions;
  }

  /** Moves the counters of `names` on; called once the write that changed them has committed. */
  async bump(names: readonly string[]): Promise<Versions> {
    const known = names.filter((n) => this.namespaces.includes(n));
    if (known.length > 0) {
      await this.ensureRows();
      await this.db.bookkeeping(() =>
        this.db.dataSource.query(`UPDATE data_versions SET version = version + 1 WHERE name IN (${known.map(() => '?').join(', ')})`, [...known]),
      );
    }
    // A read already under way may have started before the bump: wait for it, then read anew.
    await this.loading?.catch(() => undefined);
    return this.current(true);
  }

  private async load(): Promise<Versions> {
    await this.ensureRows();
    const rows: { name: string; version: number | string }[] = await this.db.bookkeeping(() =>
      this.db.dataSource.query(`SELECT name, version FROM data_versions WHERE name IN (${this.namespaces.map(() => '?').join(', ')})`, [...this.namespaces]),
    );
    this.versions = new Map(rows.map((r) => [r.name, Number(r.version)]));
    this.readAt = this.clock();
    return this.versions;
  }

  /** One row per namespace, created on first use whichever process gets there first. */
  private ensureRows(): Promise<void> {
    this.ready ??= this.db
      .bookkeeping(async () => {
        const ignore = this.db.engine === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
        for (const name of this.namespaces) {
          await this.db.dataSource.query(`${ignore} INTO data_versions (name, version) VALUES (?, 1)`, [name]);
        }
      })
      .catch((err) => {
        this.ready = undefined;
        throw err;
      });
    return this.ready;
  }
}

/**
 * For the commands that write a service's data outside the running service (import,
 * generate, purge): moves every given namespace on, so the services and gateways drop what
 * they had cached from before.
 */
export async function bumpDataVersions(db: Database, names: readonly string[]): Promise<void> {
  await new VersionBook(db, names).bump(names);
}

/**
 * Moves namespaces on inside the caller's transaction, so that the move commits with the change
 * it announces or not at all (what a withdrawn consent relies on: a change whose announcement
 * could be lost after commit would let caches serve the old answer until they expire).
 */
export async function bumpDataVersionsIn(em: EntityManager, names: readonly string[]): Promise<void> {
  const ignore = em.connection.options.type === 'mysql' ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  for (const name of names) {
    await em.query(`${ignore} INTO data_versions (name, version) VALUES (?, 1)`, [name]);
    await em.query('UPDATE data_versions SET version = version + 1 WHERE name = ?', [name]);
  }
}

/** `a=1,b=2`: how versions travel in a header. */
export function formatVersions(versions: Versions): string {
  return [...versions].map(([k, v]) => `${k}=${v}`).join(',');
}

export function parseVersions(header: string | null | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [k, v] = part.split('=');
    const n = Number(v);
    if (k && Number.isSafeInteger(n)) out.set(k.trim(), n);
  }
  return out;
}
