import { errorCodesOf } from '@nef/kit/testing';
import { metricsPeriod } from '@nef/kit';
import { metricsDays, visitCountDays, visitDay, visitDayRange } from '../../src/rules/visit-days';

const bj = (local: string) => new Date(`${local}+08:00`);

describe('visit days (Asia/Shanghai)', () => {
  it('counts a visit on its Beijing day', () => {
    expect(visitDay(bj('2026-11-23T00:00:00'))).toBe('2026-11-23');
    expect(visitDay(bj('2026-11-23T23:59:59.999'))).toBe('2026-11-23');
    expect(visitDay(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
  });

  it('rounds a period out to whole days, except a to at exactly local midnight', () => {
    expect(visitDayRange(bj('2026-11-23T10:00:00'), bj('2026-11-23T11:00:00'))).toEqual({ fromDay: '2026-11-23', toDay: '2026-11-23' });
    expect(visitDayRange(bj('2026-11-01T00:00:00'), bj('2026-12-01T00:00:00'))).toEqual({ fromDay: '2026-11-01', toDay: '2026-11-30' });
    expect(visitDayRange(bj('2026-11-01T00:00:00'), bj('2026-12-01T00:00:00.001'))).toEqual({ fromDay: '2026-11-01', toDay: '2026-12-01' });
    expect(visitDayRange(null, null)).toEqual({ fromDay: '0000-01-01', toDay: '9999-12-31' });
  });

  it('gives District.stationMetrics the days of [from, to), up to now without to', () => {
    const now = bj('2026-11-23T15:00:00');
    expect(metricsDays(metricsPeriod(null, null, now))).toEqual({ fromDay: '0000-01-01', toDay: '2026-11-23' });
    expect(metricsDays(metricsPeriod(bj('2026-11-20T08:00:00'), null, now))).toEqual({ fromDay: '2026-11-20', toDay: '2026-11-23' });
    // from == to at local midnight: an empty period, no day at all.
    const midnight = bj('2026-11-23T00:00:00');
    const empty = metricsDays(metricsPeriod(midnight, midnight, now));
    expect(empty.fromDay > empty.toDay).toBe(true);
  });

  it('gives Station.visitCount the days up to the last recorded one without to, and refuses from after to', () => {
    expect(visitCountDays(bj('2099-01-01T00:00:00'), null)).toEqual({ fromDay: '2099-01-01', toDay: '9999-12-31' });
    expect(visitCountDays(undefined, bj('2026-11-23T00:00:00'))).toEqual({ fromDay: '0000-01-01', toDay: '2026-11-22' });
    expect(errorCodesOf(() => visitCountDays(bj('2026-11-24T00:00:00'), bj('2026-11-23T00:00:00')))).toEqual(['BAD_USER_INPUT']);
  });
});
