import DataLoader from 'dataloader';
import type { EntitySchema, ObjectLiteral } from 'typeorm';
import { decodeCursor, encodeCursor, firstPerKeyLoader, type Connection, type Database } from '@nef/kit';
import { afterSql, andSql, keysetKey, parseKeysetKey, type After, type Keyset } from '../rules/keyset';

type Sql = { sql: string; params: Record<string, unknown> };

/** The `after` argument of a list in `order`, checked: undefined for the first page. */
export function afterOf(after: string | null | undefined, order: Keyset): After | undefined {
  return parseKeysetKey(decodeCursor(after), order);
}

/** A connection from rows read with `LIMIT first + 1`, each edge's cursor carrying the row's key in `order`. */
export function pageOf<T extends ObjectLiteral>(rows: T[], first: number, order: Keyset, totalCount: number): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keysetKey(node, order)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null },
    totalCount,
  };
}

/**
 * One page of a list filtered by `where` (SQL over the table's columns), in `order`, after
 * `after`; totalCount counts the whole filter. Two statements.
 */
export async function pageOfTable<T extends ObjectLiteral>(
  db: Database,
  entity: EntitySchema<T>,
  where: Sql | undefined,
  order: Keyset,
  first: number,
  after: After | undefined,
): Promise<Connection<T>> {
  const base = () => {
    const qb = db.manager.createQueryBuilder(entity, 'x');
    if (where) qb.where(where.sql, where.params);
    return qb;
  };
  const totalCount = await base().getCount();
  if (first === 0) return pageOf([], 0, order, totalCount);
  const page = base();
  if (after) {
    const a = afterSql(order, after);
    page.andWhere(a.sql, a.params);
  }
  page.orderBy(`x.${order.property}`, order.direction);
  if (order.column !== 'id') page.addOrderBy('x.id', order.direction);
  const rows = await page.limit(first + 1).getMany();
  return pageOf(rows, first, order, totalCount);
}

export interface PagePerKeyOptions<T extends ObjectLiteral> {
  entity: EntitySchema<T>;
  table: string;
  keyColumn: string;
  order: Keyset;
  keyOf: (row: T) => string;
  first: number;
  after: After | undefined;
  filter?: Sql;
}

/**
 * A page of rows per key (a worker's ledger, a station's rewards...), for any number of keys in
 * two statements: the first `first + 1` rows of each key after the cursor (ranked by a window
 * function, see firstPerKeyLoader), and each key's count.
 */
export function pagePerKeyLoader<T extends ObjectLiteral>(db: Database, opts: PagePerKeyOptions<T>): DataLoader<string, Connection<T>> {
  const rowsOf = firstPerKeyLoader<T>(db, {
    entity: opts.entity,
    table: opts.table,
    keyColumn: opts.keyColumn,
    orderBy: opts.order,
    keyOf: opts.keyOf,
    limit: opts.first + 1,
    filter: andSql(opts.filter, opts.after ? afterSql(opts.order, opts.after) : undefined),
  });
  return new DataLoader<string, Connection<T>>(async (keys) => {
    const qb = db.manager
      .createQueryBuilder()
      .select(opts.keyColumn, 'k')
      .addSelect('COUNT(*)', 'n')
      .from(opts.table, 't')
      .where(`${opts.keyColumn} IN (:...pgKeys)`, { pgKeys: [...keys] });
    if (opts.filter) qb.andWhere(opts.filter.sql, opts.filter.params);
    const [lists, counts] = await Promise.all([rowsOf.loadMany(keys), qb.groupBy(opts.keyColumn).getRawMany<{ k: string; n: number | string }>()]);
    const countOf = new Map(counts.map((c) => [c.k, Number(c.n)]));
    return keys.map((k, i) => {
      const rows = lists[i];
      if (rows instanceof Error) throw rows;
      return pageOf(rows!, opts.first, opts.order, countOf.get(k) ?? 0);
    });
  });
}
