import { metricsPeriod } from '@nef/kit';
import { boundedPeriod, FIRST_INSTANT, isEmptyPeriod, splitPeriod } from '../../src/rules/period-split';

describe('metrics period', () => {
  it('has no start by default, ends now, and is empty (not refused) when from equals to', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    expect(metricsPeriod(null, null, now)).toEqual({ from: null, to: now });
    expect(metricsPeriod(now, now, now)).toEqual({ from: now, to: now });
    expect(isEmptyPeriod(metricsPeriod(now, now, now))).toBe(true);
    expect(() => metricsPeriod(new Date(now.getTime() + 1), now, now)).toThrow(/must not be after/);
  });

  it('reads a period without a start from the first Beijing day on record', () => {
    const to = new Date('2026-11-22T00:00:00Z');
    expect(boundedPeriod({ from: null, to })).toEqual({ from: FIRST_INSTANT, to });
    expect(FIRST_INSTANT.toISOString()).toBe('1969-12-31T16:00:00.000Z');
    expect(isEmptyPeriod({ from: null, to })).toBe(false);
    expect(splitPeriod({ from: null, to: new Date('2026-11-03T12:00:00+08:00') })).toMatchObject({
      months: { from: '1970-01', to: '2026-11' },
      days: [{ from: '2026-11-01', to: '2026-11-03' }],
    });
  });
});

describe('splitPeriod', () => {
  it('reads whole months, then whole days, from the rollups and only the partial days from the rows', () => {
    const s = splitPeriod({ from: new Date('2026-01-15T03:00:00+08:00'), to: new Date('2026-04-03T12:00:00+08:00') });
    expect(s.months).toEqual({ from: '2026-02', to: '2026-04' });
    expect(s.days).toEqual([
      { from: '2026-01-16', to: '2026-02-01' },
      { from: '2026-04-01', to: '2026-04-03' },
    ]);
    expect(s.edges.map((e) => [e.from.toISOString(), e.to.toISOString()])).toEqual([
      ['2026-01-14T19:00:00.000Z', '2026-01-15T16:00:00.000Z'],
      ['2026-04-02T16:00:00.000Z', '2026-04-03T04:00:00.000Z'],
    ]);
    const month = splitPeriod({ from: new Date('2026-10-01T00:00:00+08:00'), to: new Date('2026-11-01T00:00:00+08:00') });
    expect(month).toMatchObject({ months: { from: '2026-10', to: '2026-11' }, days: [], edges: [] });
    const hours = splitPeriod({ from: new Date('2026-10-01T08:00:00+08:00'), to: new Date('2026-10-01T20:00:00+08:00') });
    expect(hours).toMatchObject({ months: null, days: [], whole: null });
    expect(hours.edges).toHaveLength(1);
  });
});
