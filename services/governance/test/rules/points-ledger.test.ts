import { errorCodesOf } from '@nef/kit/testing';
import { balanceAfter, checkEntry, entryTime } from '../../src/rules/points-ledger';

describe('points ledger chain', () => {
  it('moves the balance by the entry, never below zero', () => {
    expect(balanceAfter(10, 5)).toBe(15);
    expect(balanceAfter(10, -10)).toBe(0);
    expect(errorCodesOf(() => balanceAfter(10, -11))).toEqual(['CONFLICT']);
    expect(() => balanceAfter(0, -1)).toThrow(/insufficient points: the balance is 0, this needs 1/);
  });

  it('dates an entry at its own time, or just after the previous one', () => {
    expect(entryTime(null, 1_000)).toBe(1_000);
    expect(entryTime(999, 1_000)).toBe(1_000);
    expect(entryTime(1_000, 1_000)).toBe(1_001);
    expect(entryTime(5_000, 1_000)).toBe(5_001);
  });

  it('moves a non-zero whole number of points, with a reference of 1 to 100 characters', () => {
    expect(errorCodesOf(() => checkEntry(0, null))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => checkEntry(1.5, null))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => checkEntry(1, ''))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => checkEntry(1, 'r'.repeat(101)))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => checkEntry(-3, 'r'.repeat(100)))).toEqual([]);
  });
});
