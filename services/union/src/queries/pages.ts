import { badUserInput, decodeCursor, isId, pageSize, toConnection, type Connection } from '@nef/kit';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Keyset pages over one table. A cursor carries the last row's id (or key); the next page
 * starts after that row's place in the order as the row stands now, read by a subquery, so no
 * timestamp travels in a cursor and both engines compare values they stored themselves.
 */
export interface PageOrder {
  /** The table and its alias in the query builder. */
  table: string;
  alias: string;
  /** The sort column (unqualified), then the key column in the same direction. */
  column: string | null;
  key: string;
  direction: 'ASC' | 'DESC';
  /** Whether keys are UUIDs (checked before they reach SQL). */
  uuidKeys: boolean;
}

export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: PageOrder,
  args: { first?: number | null; after?: string | null },
  keyOf: (row: T) => string,
  fallback = 20,
): Promise<Connection<T>> {
  const first = pageSize(args.first, fallback);
  const after = decodeCursor(args.after);
  if (after !== undefined && order.uuidKeys && !isId(after)) throw badUserInput('after is not a cursor this API returned', { field: 'after' });
  const { alias, column, key, direction, table } = order;
  const page = qb.clone().limit(first + 1);
  if (column) page.orderBy(`${alias}.${column}`, direction).addOrderBy(`${alias}.${key}`, direction);
  else page.orderBy(`${alias}.${key}`, direction);
  if (after !== undefined) {
    const cmp = direction === 'ASC' ? '>' : '<';
    if (column) {
      const at = `(SELECT cur.${column} FROM ${table} cur WHERE cur.${key} = :afterKey)`;
      page.andWhere(`(${alias}.${column} ${cmp} ${at} OR (${alias}.${column} = ${at} AND ${alias}.${key} ${cmp} :afterKey))`, { afterKey: after });
    } else {
      page.andWhere(`${alias}.${key} ${cmp} :afterKey`, { afterKey: after });
    }
  }
  const [rows, total] = await Promise.all([first === 0 ? Promise.resolve([] as T[]) : page.getMany(), qb.getCount()]);
  return toConnection(rows, first, keyOf, total);
}
