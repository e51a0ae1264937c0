import { splitPeriod } from '../../src/rules/join-days';

describe('the district metrics rollups', () => {
  it('split a period into whole Beijing days and the partial days at its ends', () => {
    expect(splitPeriod(new Date('2026-10-01T00:00:00+08:00'), new Date('2026-11-01T00:00:00+08:00'))).toEqual({
      fromDay: '2026-10-01', toDay: '2026-11-01', wholeDays: true, edges: [],
    });
    expect(splitPeriod(new Date('2026-10-01T09:00:00+08:00'), new Date('2026-10-03T10:00:00+08:00'))).toEqual({
      fromDay: '2026-10-02',
      toDay: '2026-10-03',
      wholeDays: true,
      edges: [
        [new Date('2026-10-01T09:00:00+08:00'), new Date('2026-10-02T00:00:00+08:00')],
        [new Date('2026-10-03T00:00:00+08:00'), new Date('2026-10-03T10:00:00+08:00')],
      ],
    });
    // Within one day there is no whole day: one stretch, counted once.
    expect(splitPeriod(new Date('2026-10-01T09:00:00+08:00'), new Date('2026-10-01T10:00:00+08:00')).edges).toEqual([
      [new Date('2026-10-01T09:00:00+08:00'), new Date('2026-10-01T10:00:00+08:00')],
    ]);
    expect(splitPeriod(new Date('2026-10-01T09:00:00+08:00'), new Date('2026-10-02T00:00:00+08:00'))).toMatchObject({ wholeDays: false, edges: [[expect.any(Date), expect.any(Date)]] });
    expect(splitPeriod(null, null)).toEqual({ fromDay: null, toDay: null, wholeDays: true, edges: [] });
    expect(splitPeriod(new Date('2026-10-01T09:00:00Z'), new Date('2026-10-01T09:00:00Z'))).toMatchObject({ wholeDays: false, edges: [] });
    expect(splitPeriod(new Date('0900-01-01T00:00:00Z'), null)).toEqual({ fromDay: null, toDay: null, wholeDays: true, edges: [] });
  });
});
