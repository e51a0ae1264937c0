import { DAY_MS, MINUTE_MS } from '@nef/kit';
import { errorCodesOf } from '@nef/kit/testing';
import { checkIdempotencyKey, checkVisitTime, retentionCutoff } from '../../src/rules/visit-retention';

describe('when a visit may be recorded', () => {
  const now = new Date('2026-11-23T12:00:00+08:00');
  const at = (ms: number) => new Date(now.getTime() + ms);

  it('accepts up to 5 minutes ahead (phone clocks) and back to the retention', () => {
    expect(errorCodesOf(() => checkVisitTime(at(5 * MINUTE_MS), now, 180))).toEqual([]);
    expect(errorCodesOf(() => checkVisitTime(at(5 * MINUTE_MS + 1), now, 180))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => checkVisitTime(at(-180 * DAY_MS), now, 180))).toEqual([]);
    expect(errorCodesOf(() => checkVisitTime(at(-180 * DAY_MS - 1), now, 180))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps raw rows from the same cutoff it accepts visits from', () => {
    expect(retentionCutoff(now, 7)).toEqual(at(-7 * DAY_MS));
  });

  it('takes an idempotency key of 1 to 100 characters, trimmed', () => {
    expect(checkIdempotencyKey(undefined)).toBeNull();
    expect(checkIdempotencyKey(' k-1 ')).toBe('k-1');
    expect(checkIdempotencyKey('🚲'.repeat(100))).toHaveLength(200);
    expect(errorCodesOf(() => checkIdempotencyKey('  '))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => checkIdempotencyKey('k'.repeat(101)))).toEqual(['BAD_USER_INPUT']);
  });
});
