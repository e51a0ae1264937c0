import { badUserInput, isId } from '@nef/kit/rules';

/**
 * How a paged list is ordered: by one column, then by id in the same direction to break ties
 * (or by id alone). A page continues after the last row seen, compared on that pair, so a
 * page stays right while rows are added before or after it.
 */
export interface Keyset {
  /** The column, as named in the table (e.g. `created_at`), and its property on the row. */
  column: string;
  property: string;
  direction: 'ASC' | 'DESC';
}

/** Ordered by id alone (UUIDv7 ids, so by creation). */
export const BY_ID_ASC: Keyset = { column: 'id', property: 'id', direction: 'ASC' };

/** Where the previous page stopped: the sort value (a date or text) and the id of its last row. */
export interface After {
  value: Date | string | null;
  id: string;
}

/** The key a cursor carries for a row: its id, or its sort value and its id. */
export function keysetKey(row: Record<string, unknown>, order: Keyset): string {
  const id = String(row.id);
  if (order.column === 'id') return id;
  const value = row[order.property];
  return `${value instanceof Date ? value.toISOString() : String(value)}|${id}`;
}

/** Reads back a key `keysetKey` wrote; anything else is BAD_USER_INPUT on `after`. */
export function parseKeysetKey(key: string | undefined, order: Keyset, valueIsDate = true): After | undefined {
  if (key === undefined) return undefined;
  const refuse = () => badUserInput('after is not a cursor of this list', { field: 'after' });
  if (order.column === 'id') {
    if (!isId(key)) throw refuse();
    return { value: null, id: key };
  }
  const bar = key.lastIndexOf('|');
  if (bar < 0) throw refuse();
  const raw = key.slice(0, bar);
  const id = key.slice(bar + 1);
  if (!isId(id)) throw refuse();
  if (!valueIsDate) return { value: raw, id };
  const value = new Date(raw);
  if (Number.isNaN(value.getTime()) || value.toISOString() !== raw) throw refuse();
  return { value, id };
}

/** The rows after `after` in the list's order, in SQL over the table's columns (parameters `pgAfterValue`, `pgAfterId`). */
export function afterSql(order: Keyset, after: After): { sql: string; params: Record<string, unknown> } {
  const op = order.direction === 'ASC' ? '>' : '<';
  if (order.column === 'id') return { sql: `id ${op} :pgAfterId`, params: { pgAfterId: after.id } };
  const c = order.column;
  return {
    sql: `(${c} ${op} :pgAfterValue OR (${c} = :pgAfterValue AND id ${op} :pgAfterId))`,
    params: { pgAfterValue: after.value, pgAfterId: after.id },
  };
}

/** Two optional SQL conditions joined by AND. */
export function andSql(
  a: { sql: string; params: Record<string, unknown> } | undefined,
  b: { sql: string; params: Record<string, unknown> } | undefined,
): { sql: string; params: Record<string, unknown> } | undefined {
  if (!a) return b;
  if (!b) return a;
  return { sql: `(${a.sql}) AND (${b.sql})`, params: { ...a.params, ...b.params } };
}
