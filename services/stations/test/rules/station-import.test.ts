import { parseOpeningExceptions, parseOpeningHours } from '../../src/rules/station-import';

describe('reading station files', () => {
  it('reads weekly hours and exceptions written compactly', () => {
    expect(parseOpeningHours('1-5 09:00-21:00; Sa,Su 10:00-02:00')).toEqual([
      ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '09:00', closes: '21:00' })),
      { weekday: 6, opens: '10:00', closes: '02:00' },
      { weekday: 7, opens: '10:00', closes: '02:00' },
    ]);
    expect(parseOpeningExceptions('2027-02-16..2027-02-17 closed; 2026-12-31 10:00-16:00')).toEqual([
      { validFrom: '2027-02-16', validTo: '2027-02-17', closed: true, opens: null, closes: null },
      { validFrom: '2026-12-31', validTo: '2026-12-31', closed: false, opens: '10:00', closes: '16:00' },
    ]);
  });
});
