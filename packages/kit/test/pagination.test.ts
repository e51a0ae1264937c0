import { decodeCursor, encodeCursor, errorCodesOf, pageSize, toConnection } from './support';

describe('cursor pagination', () => {
  it('round-trips an opaque cursor', () => {
    const cursor = encodeCursor('0190-abc');
    expect(cursor).not.toContain('0190');
    expect(decodeCursor(cursor)).toBe('0190-abc');
  });

  it('rejects a cursor it did not issue with BAD_USER_INPUT', () => {
    expect(errorCodesOf(() => decodeCursor('bm9wZQ'))).toEqual(['BAD_USER_INPUT']);
  });

  it('accepts first from 0 to 100 and refuses anything else', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
    expect(errorCodesOf(() => pageSize(101))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => pageSize(-1))).toEqual(['BAD_USER_INPUT']);
  });

  it('uses the extra row only to report a next page', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toConnection(rows, 2, (r) => r.id, 3);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor('b') });
    expect(toConnection(rows.slice(0, 2), 2, (r) => r.id, 2).pageInfo.hasNextPage).toBe(false);
  });
});
