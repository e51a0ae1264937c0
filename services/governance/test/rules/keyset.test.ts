import { errorCodesOf } from '@nef/kit/testing';
import { afterSql, keysetKey, parseKeysetKey, type Keyset } from '../../src/rules/keyset';

const BY_TIME: Keyset = { column: 'created_at', property: 'createdAt', direction: 'DESC' };
const BY_ID: Keyset = { column: 'id', property: 'id', direction: 'ASC' };
const id = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('keyset cursors', () => {
  it('carry the sort value and the id, and read back the same', () => {
    const row = { id, createdAt: new Date('2026-12-01T08:00:00.123Z') };
    const key = keysetKey(row, BY_TIME);
    expect(parseKeysetKey(key, BY_TIME)).toEqual({ value: row.createdAt, id });
    expect(parseKeysetKey(keysetKey(row, BY_ID), BY_ID)).toEqual({ value: null, id });
  });

  it('refuses keys of another list or made up', () => {
    for (const bad of ['2026-12-01T08:00:00.123Z', `yesterday|${id}`, '2026-12-01T08:00:00.123Z|not-an-id', 'x']) {
      expect(errorCodesOf(() => parseKeysetKey(bad, BY_TIME))).toEqual(['BAD_USER_INPUT']);
    }
    expect(errorCodesOf(() => parseKeysetKey(`2026-12-01T08:00:00.123Z|${id}`, BY_ID))).toEqual(['BAD_USER_INPUT']);
  });

  it('continue strictly after the last row, ties broken by id in the same direction', () => {
    const at = new Date('2026-12-01T08:00:00Z');
    expect(afterSql(BY_TIME, { value: at, id })).toEqual({
      sql: '(created_at < :pgAfterValue OR (created_at = :pgAfterValue AND id < :pgAfterId))',
      params: { pgAfterValue: at, pgAfterId: id },
    });
    expect(afterSql(BY_ID, { value: null, id }).sql).toBe('id > :pgAfterId');
  });
});
