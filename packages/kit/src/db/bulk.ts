/**
 * Large writes: multi-row INSERTs, the same on SQLite and MySQL, in the caller's transaction.
 * Written here rather than through TypeORM's `insert`, which spends more time building each
 * row's parameters than the database spends storing it.
 */
import type { EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';

/**
 * Bound values per statement: under SQLite's 32,766, and with rows of a few hundred bytes
 * far under MySQL's max_allowed_packet (16 MB on MariaDB, 64 MB on MySQL 8).
 */
const MAX_VALUES = 30_000;
const MAX_ROWS = 1_000;

/** 'YYYY-MM-DD HH:MM:SS.SSS' in UTC: how TypeORM stores DATETIME(3) on SQLite, and a literal MySQL reads as the same instant. */
export function sqlTime(d: Date): string {
  return d.toISOString().replace('T', ' ').slice(0, 23);
}

/** A datetime column of a raw result: a string on SQLite, a Date (UTC, as the connection is) on MySQL. */
export function dateOf(value: unknown): Date {
  if (value instanceof Date) return value;
  const s = String(value);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s.replace(' ', 'T')}Z`);
}

function bindable(v: unknown): unknown {
  if (v instanceof Date) return sqlTime(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v ?? null;
}

function rowsPerStatement(columns: number): number {
  return Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VALUES / columns)));
}

/**
 * Inserts many entity rows. Values are converted by the driver exactly as `em.insert` converts
 * them (times in UTC, booleans, JSON and transformers), columns come from the entity's metadata.
 */
export async function bulkInsert<T extends ObjectLiteral>(em: EntityManager, entity: EntitySchema<T>, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.connection.getMetadata(entity);
  const driver = em.connection.driver;
  const columns = meta.columns;
  const head = `INSERT INTO ${driver.escape(meta.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const per = rowsPerStatement(columns.length);
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const params: unknown[] = [];
    for (const row of chunk) for (const c of columns) params.push(driver.preparePersistentValue(c.getEntityValue(row), c));
    await em.query(head + new Array(chunk.length).fill(tuple).join(', '), params);
  }
}

/**
 * Inserts plain value tuples into a table by column name (dates and booleans converted), for
 * tables without an entity or rows already laid out as tuples.
 */
export async function bulkInsertValues(em: EntityManager, table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const driver = em.connection.driver;
  const head = `INSERT INTO ${driver.escape(table)} (${columns.map((c) => driver.escape(c)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const per = rowsPerStatement(columns.length);
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    await em.query(head + new Array(chunk.length).fill(tuple).join(', '), chunk.flatMap((r) => r.map(bindable)));
  }
}
