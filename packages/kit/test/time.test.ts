import {
  addDays,
  beijingClock,
  beijingDay,
  beijingDayStart,
  beijingMonth,
  beijingTimeOn,
  beijingYear,
  beijingYearStart,
  manualClock,
  startOfBeijingDay,
  startOfBeijingMonth,
  weekdayOf,
} from '../src';

describe('Beijing time', () => {
  it('puts an instant on the Beijing date, month and year, not the UTC one', () => {
    // 2026-12-31T16:30Z is 00:30 on 1 January 2027 in Beijing.
    const newYear = new Date('2026-12-31T16:30:00Z');
    expect(beijingDay(newYear)).toBe('2027-01-01');
    expect(beijingMonth(newYear)).toBe('2027-01');
    expect(beijingYear(newYear)).toBe(2027);
    expect(beijingDay(new Date('2026-12-31T15:59:59.999Z'))).toBe('2026-12-31');
    expect(beijingDay(newYear.getTime())).toBe('2027-01-01');
  });

  it('finds where a Beijing day, month and year start', () => {
    expect(beijingDayStart('2026-11-22').toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(startOfBeijingDay(new Date('2026-11-22T15:59:00Z')).toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(startOfBeijingDay(new Date('2026-11-22T16:00:00Z')).toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(startOfBeijingDay(new Date('2026-11-22T10:00:00Z'), -2).toISOString()).toBe('2026-11-19T16:00:00.000Z');
    expect(startOfBeijingMonth(new Date('2026-12-31T16:30:00Z')).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(startOfBeijingMonth(new Date('2026-03-15T00:00:00Z'), -3).toISOString()).toBe('2025-11-30T16:00:00.000Z');
    expect(beijingYearStart(2027).toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('sets a wall-clock time some days on, across a month end', () => {
    expect(beijingTimeOn(new Date('2026-11-29T20:00:00Z'), 2, 19, 30).toISOString()).toBe('2026-12-02T11:30:00.000Z');
  });

  it('reads the clock of an opening-hours rule: date, ISO weekday, minute of the day', () => {
    // Sunday 2026-11-22 23:45 in Beijing.
    expect(beijingClock(new Date('2026-11-22T15:45:00Z'))).toEqual({ date: '2026-11-22', weekday: 7, minute: 23 * 60 + 45 });
    expect(beijingClock(new Date('2026-11-22T16:00:00Z'))).toEqual({ date: '2026-11-23', weekday: 1, minute: 0 });
  });

  it('does calendar arithmetic on dates', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('2026-11-22')).toBe(7);
  });
});

describe('a manual clock', () => {
  it('stands still until set or advanced', () => {
    const clock = manualClock('2026-11-22T12:00:00+08:00');
    expect(clock().toISOString()).toBe('2026-11-22T04:00:00.000Z');
    expect(clock().toISOString()).toBe('2026-11-22T04:00:00.000Z');
    clock.advance(90_000);
    expect(clock().toISOString()).toBe('2026-11-22T04:01:30.000Z');
    clock.set('2027-01-01T00:00:00Z');
    expect(clock().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
