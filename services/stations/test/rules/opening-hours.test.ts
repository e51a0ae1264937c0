import { isOpenAt, isStationOpen, validateHours, type Hours } from '../../src/rules/opening-hours';

const at = (local: string) => new Date(`${local}+08:00`);
const weekdays = (opens: string, closes: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));
const hours = (h: Partial<Hours>): Hours => ({ open24h: false, openingHours: [], openingExceptions: [], ...h });

describe('opening hours in Asia/Shanghai', () => {
  const dayShop = hours({ openingHours: weekdays('08:00', '20:00') });

  it('is open from the opening minute and closed from the closing minute', () => {
    expect(isOpenAt(dayShop, at('2026-11-23T07:59:59'))).toBe(false);
    expect(isOpenAt(dayShop, at('2026-11-23T08:00:00'))).toBe(true);
    expect(isOpenAt(dayShop, at('2026-11-23T19:59:59'))).toBe(true);
    expect(isOpenAt(dayShop, at('2026-11-23T20:00:00'))).toBe(false);
  });

  it('reads the instant in Beijing time whatever offset it was given in', () => {
    // 2026-11-23 00:30 UTC is 08:30 in Beijing.
    expect(isOpenAt(dayShop, new Date('2026-11-23T00:30:00Z'))).toBe(true);
    expect(isOpenAt(dayShop, new Date('2026-11-23T12:30:00Z'))).toBe(false);
  });

  it('keeps a period that runs past midnight open into the next day', () => {
    // Friday only, 18:00 to 02:00: open on Saturday 01:59, closed at 02:00.
    const late = hours({ openingHours: [{ weekday: 5, opens: '18:00', closes: '02:00' }] });
    expect(isOpenAt(late, at('2026-11-27T23:00:00'))).toBe(true);
    expect(isOpenAt(late, at('2026-11-28T01:59:00'))).toBe(true);
    expect(isOpenAt(late, at('2026-11-28T02:00:00'))).toBe(false);
    expect(isOpenAt(late, at('2026-11-27T01:00:00'))).toBe(false);
  });

  it('uses only the weekday a period names', () => {
    const weekdaysOnly = hours({ openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '17:00' })) });
    expect(isOpenAt(weekdaysOnly, at('2026-11-27T10:00:00'))).toBe(true); // Friday
    expect(isOpenAt(weekdaysOnly, at('2026-11-28T10:00:00'))).toBe(false); // Saturday
  });

  it('treats a 24-hour station as always open, except on a dated closure', () => {
    const allDay = hours({ open24h: true, openingExceptions: [{ validFrom: '2027-02-16', validTo: '2027-02-17', closed: true }] });
    expect(isOpenAt(allDay, at('2027-02-15T23:59:59'))).toBe(true);
    expect(isOpenAt(allDay, at('2027-02-16T00:00:00'))).toBe(false);
    expect(isOpenAt(allDay, at('2027-02-17T23:59:59'))).toBe(false);
    expect(isOpenAt(allDay, at('2027-02-18T00:00:00'))).toBe(true);
  });

  it('replaces the weekly hours with an exception’s changed hours on the days it covers', () => {
    const shorter = hours({
      openingHours: weekdays('08:00', '20:00'),
      openingExceptions: [{ validFrom: '2026-12-31', validTo: '2026-12-31', closed: false, opens: '10:00', closes: '16:00' }],
    });
    expect(isOpenAt(shorter, at('2026-12-31T09:00:00'))).toBe(false);
    expect(isOpenAt(shorter, at('2026-12-31T15:59:00'))).toBe(true);
    expect(isOpenAt(shorter, at('2026-12-31T17:00:00'))).toBe(false);
    expect(isOpenAt(shorter, at('2027-01-01T17:00:00'))).toBe(true);
  });

  it('allows 24:00 as a closing time', () => {
    const untilMidnight = hours({ openingHours: weekdays('18:00', '24:00') });
    expect(isOpenAt(untilMidnight, at('2026-11-23T23:59:59'))).toBe(true);
    expect(isOpenAt(untilMidnight, at('2026-11-24T00:00:00'))).toBe(false);
  });

  it('rejects malformed periods with BAD_USER_INPUT naming the field', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
        return undefined;
      } catch (e) {
        return [(e as { extensions?: { code?: string; field?: string } }).extensions?.code, (e as { extensions?: { field?: string } }).extensions?.field];
      }
    };
    expect(codeOf(() => validateHours([{ weekday: 8, opens: '08:00', closes: '20:00' }]))).toEqual(['BAD_USER_INPUT', 'openingHours[0].weekday']);
    expect(codeOf(() => validateHours([{ weekday: 1, opens: '8:00', closes: '20:00' }]))).toEqual(['BAD_USER_INPUT', 'openingHours[0].opens']);
    expect(codeOf(() => validateHours([{ weekday: 1, opens: '08:00', closes: '08:00' }]))).toEqual(['BAD_USER_INPUT', 'openingHours[0]']);
    expect(codeOf(() => validateHours([], [{ validFrom: '2026-02-30', validTo: '2026-03-01', closed: true }]))).toEqual([
      'BAD_USER_INPUT',
      'openingExceptions[0].validFrom',
    ]);
    expect(codeOf(() => validateHours([], [{ validFrom: '2026-03-02', validTo: '2026-03-01', closed: true }]))?.[0]).toBe('BAD_USER_INPUT');
  });

  it('cuts a note to 200 characters, counting 🚲 as one', () => {
    const note = '🚲'.repeat(250);
    const [e] = validateHours([], [{ validFrom: '2027-01-01', validTo: '2027-01-01', closed: true, note: `  ${note}  ` }]).openingExceptions;
    expect(e!.note).toBe('🚲'.repeat(200));
  });

  it('never counts a station as open unless it is ACTIVE, whatever its hours', () => {
    const allDay = hours({ open24h: true });
    expect(isStationOpen({ ...allDay, status: 'ACTIVE' }, at('2026-11-23T12:00:00'))).toBe(true);
    expect(isStationOpen({ ...allDay, status: 'SUSPENDED' }, at('2026-11-23T12:00:00'))).toBe(false);
    expect(isStationOpen({ ...allDay, status: 'CLOSED' }, at('2026-11-23T12:00:00'))).toBe(false);
  });
});
