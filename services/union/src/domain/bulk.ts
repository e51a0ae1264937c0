import type { EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';

/**
 * Bound values per multi-row INSERT: under SQLite's 32,766 variables, and at a few hundred
 * bytes a row far under MySQL's max_allowed_packet (16 MB on MariaDB, 64 MB on MySQL 8).
 */
const MAX_VALUES = 30_000;
const MAX_ROWS = 1_000;

/** A time as both engines store DATETIME(3) here: UTC, `YYYY-MM-DD HH:MM:SS.mmm` (TypeORM's format on SQLite). */
export function sqlTime(d: Date): string {
  return d.toISOString().slice(0, 23).replace('T', ' ');
}

/**
 * Inserts rows with multi-row INSERT statements written here rather than by TypeORM's insert,
 * which spends more time building each row's parameters than the database spends storing it.
 * Columns and their order come from the entity's metadata, so the stored values are the ones
 * `em.insert` would store (times in UTC, nulls as NULL).
 */
export async function insertMany<T extends ObjectLiteral>(em: EntityManager, entity: EntitySchema<T>, rows: readonly T[]): Promise<void> {
  if (rows.length === 0) return;
  const meta = em.connection.getMetadata(entity);
  const columns = meta.columns.map((c) => ({ property: c.propertyName, name: c.databaseName }));
  const perStatement = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VALUES / columns.length)));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO \`${meta.tableName}\` (${columns.map((c) => `\`${c.name}\``).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    for (const row of chunk) {
      for (const c of columns) {
        const v = row[c.property];
        params.push(v instanceof Date ? sqlTime(v) : v === undefined ? null : v);
      }
    }
    await em.query(head + chunk.map(() => tuple).join(', '), params);
  }
}
