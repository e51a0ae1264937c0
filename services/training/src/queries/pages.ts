import { decodeCursor, firstPerKeyLoader, isId, pageSize, perArgs, toConnection, valueLoader, badUserInput, type Connection, type Database } from '@nef/kit';
import type { EntitySchema, ObjectLiteral } from 'typeorm';

/**
 * Pages of a list hanging off a parent (a course's roster, a worker's enrolments, a station's
 * timetable), for every parent of a request in two statements: one for the rows (the kit's
 * `firstPerKeyLoader`, asking one row more than the page to know whether another follows) and
 * one counting each parent's list.
 *
 * Cursors carry the id of the last row seen. The next page starts after that row's place in the
 * order as the row stands now (its sort column read by a subquery), so a cursor needs no
 * timestamps in it and means the same on both engines.
 */
export interface PagedList<T extends ObjectLiteral> {
  entity: EntitySchema<T>;
  table: string;
  /** The parent's column. */
  keyColumn: string;
  keyOf: (row: T) => string;
  /** The sort column (then id, in the same direction). */
  orderBy: { column: string; property: string; direction: 'ASC' | 'DESC' };
  /** Conditions over the table's columns, unqualified, beside the parent's key. */
  filter?: { sql: string; params: Record<string, unknown> };
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** The `after` cursor's row id, checked: a cursor this API returned always holds one. */
export function afterId(after: string | null | undefined): string | undefined {
  const id = decodeCursor(after);
  if (id !== undefined && !isId(id)) throw badUserInput('after is not a cursor this API returned', { field: 'after' });
  return id;
}

/** The SQL that keeps rows after row `:afterId` in the list's order, over the unqualified table. */
export function afterSql(table: string, column: string, direction: 'ASC' | 'DESC'): string {
  const cmp = direction === 'ASC' ? '>' : '<';
  const at = `(SELECT cur.${column} FROM ${table} cur WHERE cur.id = :afterId)`;
  return `(${column} ${cmp} ${at} OR (${column} = ${at} AND id ${cmp} :afterId))`;
}

const and = (...parts: (string | undefined)[]) => parts.filter((p): p is string => !!p).join(' AND ') || undefined;

/**
 * A per-request loader of pages: `pages({ first, after }).load(parentId)` gives that parent's
 * connection. Parents asked with the same arguments share the two statements.
 */
export function pagedLoader<T extends ObjectLiteral & { id: string }>(db: Database, list: PagedList<T>) {
  const counts = valueLoader<string, number>(async (keys) => {
    const rows = await db.manager
      .createQueryBuilder()
      .select(list.keyColumn, 'k')
      .addSelect('COUNT(*)', 'n')
      .from(list.table, 't')
      .where(and(`${list.keyColumn} IN (:...keys)`, list.filter ? `(${list.filter.sql})` : undefined)!, { ...list.filter?.params, keys: [...keys] })
      .groupBy(list.keyColumn)
      .getRawMany<{ k: string; n: number | string }>();
    return new Map(rows.map((r) => [r.k, Number(r.n)]));
  }, 0);
  const pages = perArgs((v: { first: number; after: string | null }) => {
    const sql = and(list.filter?.sql && `(${list.filter.sql})`, v.after ? afterSql(list.table, list.orderBy.column, list.orderBy.direction) : undefined);
    return firstPerKeyLoader(db, {
      entity: list.entity,
      table: list.table,
      keyColumn: list.keyColumn,
      orderBy: list.orderBy,
      keyOf: list.keyOf,
      limit: v.first + 1,
      filter: sql ? { sql, params: { ...list.filter?.params, ...(v.after ? { afterId: v.after } : {}) } } : undefined,
    });
  });
  return async (args: PageArgs, parentId: string, fallback = 20): Promise<Connection<T>> => {
    const first = pageSize(args.first, fallback);
    const after = afterId(args.after) ?? null;
    const [rows, total] = await Promise.all([first === 0 ? Promise.resolve([]) : pages({ first, after }).load(parentId), counts.load(parentId)]);
    return toConnection(rows, first, (r) => r.id, total);
  };
}
