import { badUserInput } from './errors';

export const MAX_PAGE_SIZE = 100;

/** Checks a `first` argument: 0..100. Larger pages are refused rather than silently cut. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${n}`, { field: 'first' });
  }
  return n;
}

/**
 * Cursors are opaque to clients: base64url of the sort key of the last row seen. Keyset
 * pagination on that key stays fast on any page, unlike OFFSET.
 */
export function encodeCursor(key: string): string {
  return Buffer.from(`c1:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | undefined {
  if (cursor == null) return undefined;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('c1:') || raw.length < 4) {
    throw badUserInput('after is not a cursor this API returned', { field: 'after' });
  }
  return raw.slice(3);
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/**
 * Builds a connection from rows fetched with `LIMIT first + 1`: the extra row only tells
 * whether another page exists.
 */
export function toConnection<T>(rows: T[], first: number, keyOf: (row: T) => string, totalCount: number): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.length ? edges[edges.length - 1]!.cursor : null },
    totalCount,
  };
}
