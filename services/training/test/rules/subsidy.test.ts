import { subsidyAvailable, subsidyYear } from '../../src/rules/subsidy';

const at = (iso: string) => new Date(iso);

describe('subsidy', () => {
  it('gives members the cap less what they used, never below 0, and non-members nothing', () => {
    expect(subsidyAvailable(true, 300000, 0)).toBe(300000);
    expect(subsidyAvailable(true, 300000, 120000)).toBe(180000);
    expect(subsidyAvailable(true, 300000, 480000)).toBe(0);
    expect(subsidyAvailable(false, 300000, 0)).toBe(0);
  });
  it('counts the year in Asia/Shanghai time', () => {
    // 2026-12-31T16:00Z is already 1 January 2027 in Beijing.
    const y = subsidyYear(at('2026-12-31T16:00:00Z'));
    expect(y).toEqual({ start: at('2026-12-31T16:00:00Z'), end: at('2027-12-31T16:00:00Z') });
    expect(subsidyYear(at('2026-12-31T15:59:59.999Z')).start).toEqual(at('2025-12-31T16:00:00Z'));
  });
});
