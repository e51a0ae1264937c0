import type { EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';

/**
 * Raw SQL helpers for large writes and for statements the query builder does not express, the
 * same on SQLite and MySQL.
 */

/** Bound values per statement: under SQLite's 32,766, and rows per statement well under MySQL's packet. */
const MAX_VALUES = 30_000;
const MAX_ROWS = 1_000;

/** 'YYYY-MM-DD HH:MM:SS.SSS' in UTC: how TypeORM stores datetimes on SQLite, and a literal MySQL reads as the same instant. */
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

/** Multi-row INSERTs of plain values (dates and booleans converted), in the caller's transaction. */
export async function insertValues(em: EntityManager, table: string, columns: string[], rows: readonly unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VALUES / columns.length)));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await em.query(head + new Array(chunk.length).fill(tuple).join(', '), chunk.flatMap((r) => r.map(bindable)));
  }
}

/**
 * Inserts many entity rows with multi-row INSERTs in the caller's transaction. Values are
 * converted by the driver exactly as `em.insert` converts them, without the query builder's
 * per-parameter bookkeeping, which costs more than the database for large batches.
 */
export async function bulkInsert<T extends ObjectLiteral>(em: EntityManager, entity: EntitySchema<T>, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.connection.getMetadata(entity);
  const driver = em.connection.driver;
  const columns = meta.columns;
  const head = `INSERT INTO ${driver.escape(meta.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VALUES / columns.length)));
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const params: unknown[] = [];
    for (const row of chunk) for (const c of columns) params.push(driver.preparePersistentValue(c.getEntityValue(row), c));
    await em.query(head + new Array(chunk.length).fill(tuple).join(', '), params);
  }
}
