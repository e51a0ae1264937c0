import DataLoader from 'dataloader';
import type { EntitySchema, ObjectLiteral } from 'typeorm';
import type { Database } from './db/database';

/**
 * A loader of one row per key. The batch function may return rows in any order and omit
 * missing keys; the loader answers in key order, with null for a key that has no row.
 */
export function rowLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map<K, V>();
    for (const row of await fetch(keys)) byKey.set(keyOf(row), row);
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** A loader of the rows belonging to each key (children of a parent), in fetch order. */
export function groupLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
}

/** A loader of one computed value per key (counts, sums), with a default for absent keys. */
export function valueLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<Map<K, V>>,
  fallback: V,
): DataLoader<K, V> {
  return new DataLoader<K, V>(async (keys) => {
    const values = await fetch(keys);
    return keys.map((k) => (values.has(k) ? values.get(k)! : fallback));
  });
}

/**
 * One loader per distinct argument set within a request, made on first use: a field asked
 * with the same arguments across many parents (`visitCount(from, to)`, `pointsHistory(first)`)
 * shares one batch, and different arguments never share a loader. Arguments are keyed by
 * `keyOf`, by default their JSON.
 */
export function perArgs<A, L>(make: (args: A) => L, keyOf: (args: A) => string = (a) => JSON.stringify(a)): (args: A) => L {
  const made = new Map<string, L>();
  return (args) => {
    const key = keyOf(args);
    let loader = made.get(key);
    if (!loader) {
      loader = make(args);
      made.set(key, loader);
    }
    return loader;
  };
}

/** How `firstPerKeyLoader` ranks the rows of each key. */
export interface FirstPerKeyOptions<T extends ObjectLiteral> {
  entity: EntitySchema<T>;
  /** The table's name, and the column holding the key (e.g. `worker_id`). */
  table: string;
  keyColumn: string;
  /** Rank by this column, then by `id` in the same direction to break ties. */
  orderBy: { column: string; property: string; direction: 'ASC' | 'DESC' };
  keyOf: (row: T) => string;
  /** Rows per key; 0 answers empty lists without a statement. */
  limit: number;
  /** Extra condition on the rows, in SQL over the table's columns, with named parameters. */
  filter?: { sql: string; params: Record<string, unknown> };
}

/**
 * A loader of the first `limit` rows per key in a given order. A window function ranks the rows
 * within each key, so one statement serves any number of keys and no key's rows crowd out
 * another's (a plain LIMIT over all keys would).
 */
export function firstPerKeyLoader<T extends ObjectLiteral>(db: Database, opts: FirstPerKeyOptions<T>): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    if (opts.limit > 0) {
      const { column, property, direction } = opts.orderBy;
      const where = `${opts.keyColumn} IN (:...keys)${opts.filter ? ` AND (${opts.filter.sql})` : ''}`;
      const order = column === 'id' ? `id ${direction}` : `${column} ${direction}, id ${direction}`;
      const qb = db.manager
        .createQueryBuilder(opts.entity, 'x')
        .where(
          `x.id IN (SELECT ranked.id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY ${opts.keyColumn} ORDER BY ${order}) AS rn FROM ${opts.table} WHERE ${where}) ranked WHERE ranked.rn <= :limit)`,
          { ...opts.filter?.params, keys: [...keys], limit: opts.limit },
        )
        .orderBy(`x.${property}`, direction);
      if (column !== 'id') qb.addOrderBy('x.id', direction);
      for (const row of await qb.getMany()) groups.get(opts.keyOf(row))?.push(row);
    }
    return keys.map((k) => groups.get(k)!);
  });
}
