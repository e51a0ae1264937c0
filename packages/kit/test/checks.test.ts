import {
  isDistrictCode,
  metricsPeriod,
  optionalText,
  periodKey,
  requireDistrictCode,
  requireIntInRange,
  requireNumberInRange,
  requireOneOf,
  requireText,
  textLength,
} from '../src';
import { errorCodesOf } from './support';

/** The BAD_USER_INPUT error a check throws, with its field and message. */
function refusal(fn: () => unknown): { code: unknown; field: unknown; message: string } {
  try {
    fn();
  } catch (err) {
    const e = err as { message: string; extensions?: Record<string, unknown> };
    return { code: e.extensions?.code, field: e.extensions?.field, message: e.message };
  }
  throw new Error('expected a refusal');
}

describe('text checks count characters, not UTF-16 units', () => {
  it('counts a character outside the BMP once', () => {
    expect('🚲'.length).toBe(2);
    expect(textLength('🚲')).toBe(1);
    expect(textLength('望京暖心驿站🚲')).toBe(7);
  });

  it('takes a text of exactly the maximum in characters and refuses one more', () => {
    expect(requireText('name', '🚲'.repeat(4), { max: 4 })).toBe('🚲🚲🚲🚲');
    expect(refusal(() => requireText('name', '🚲'.repeat(5), { max: 4 }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
      message: 'name must be at most 4 characters, got 5',
    });
  });

  it('trims, then refuses an empty text, unless told otherwise', () => {
    expect(requireText('title', '  夜校  ', { max: 10 })).toBe('夜校');
    expect(refusal(() => requireText('title', '   ', { max: 10 }))).toMatchObject({ field: 'title', message: 'title must not be empty' });
    expect(requireText('note', '', { min: 0, max: 10 })).toBe('');
    expect(requireText('raw', ' a ', { max: 3, trim: false })).toBe(' a ');
    expect(refusal(() => requireText('code', 'ab', { min: 3, max: 10 })).message).toBe('code must be at least 3 characters, got 2');
  });

  it('leaves an absent optional text null', () => {
    expect(optionalText('note', null, { max: 3 })).toBeNull();
    expect(optionalText('note', undefined, { max: 3 })).toBeNull();
    expect(errorCodesOf(() => optionalText('note', 'abcd', { max: 3 }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('codes and ranges', () => {
  it('takes six-digit district codes only', () => {
    expect(isDistrictCode('110105')).toBe(true);
    for (const bad of ['11010', '1101055', '11010x', ' 110105', '', 110105, null]) expect(isDistrictCode(bad)).toBe(false);
    expect(requireDistrictCode('district', '110105')).toBe('110105');
    expect(refusal(() => requireDistrictCode('district', '99'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'district',
      message: 'district must be a six-digit GB/T 2260 code, got "99"',
    });
  });

  it('takes whole numbers and finite numbers within their range', () => {
    expect(requireIntInRange('capacity', 10, 1, 500)).toBe(10);
    for (const bad of [0, 501, 2.5, Number.NaN]) expect(errorCodesOf(() => requireIntInRange('capacity', bad, 1, 500))).toEqual(['BAD_USER_INPUT']);
    expect(requireNumberInRange('lat', 39.9, -90, 90)).toBe(39.9);
    for (const bad of [90.1, Number.POSITIVE_INFINITY, Number.NaN]) expect(errorCodesOf(() => requireNumberInRange('lat', bad, -90, 90))).toEqual(['BAD_USER_INPUT']);
  });

  it('takes one of a fixed set', () => {
    expect(requireOneOf('kind', 'WARM_STATION', ['WARM_STATION', 'RIDER_HOME'] as const)).toBe('WARM_STATION');
    expect(refusal(() => requireOneOf('kind', 'HOTEL', ['WARM_STATION', 'RIDER_HOME']))).toMatchObject({ field: 'kind', message: 'kind must be one of WARM_STATION, RIDER_HOME, got "HOTEL"' });
  });
});

describe('the period of every district metric', () => {
  const now = new Date('2026-11-22T04:00:00Z');

  it('ends now and has no start when neither end is given', () => {
    expect(metricsPeriod(null, null, now)).toEqual({ from: null, to: now });
    expect(metricsPeriod(undefined, undefined, now)).toEqual({ from: null, to: now });
  });

  it('keeps the ends it is given, and allows an empty period', () => {
    const from = new Date('2026-10-01T00:00:00+08:00');
    const to = new Date('2026-11-01T00:00:00+08:00');
    expect(metricsPeriod(from, to, now)).toEqual({ from, to });
    expect(metricsPeriod(from, from, now)).toEqual({ from, to: from });
    expect(metricsPeriod(from, null, now)).toEqual({ from, to: now });
  });

  it('refuses a start after the end, naming from', () => {
    expect(refusal(() => metricsPeriod(new Date('2026-11-02T00:00:00Z'), new Date('2026-11-01T00:00:00Z'), now))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(errorCodesOf(() => metricsPeriod(new Date('2026-12-01T00:00:00Z'), null, now))).toEqual(['BAD_USER_INPUT']);
  });

  it('keys periods so equal periods share a loader and different ones do not', () => {
    const a = metricsPeriod(null, null, now);
    expect(periodKey(a)).toBe(periodKey(metricsPeriod(null, new Date(now), now)));
    expect(periodKey(a)).not.toBe(periodKey(metricsPeriod(new Date(0), null, now)));
  });
});
