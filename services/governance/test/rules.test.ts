import { GraphQLError } from 'graphql';
import { median } from '../src/domain/median';
import { periodOf } from '../src/domain/metrics';
import { DAY_MS, isPassValid, newPassCode, planIssue } from '../src/domain/passes';
import { REPORT_POINTS } from '../src/domain/points';
import { nextStatus, transition, TRANSITIONS, type ReportAction } from '../src/domain/transitions';
import { REPORT_CATEGORIES, REPORT_STATUSES } from '../src/domain/vocabulary';

const ACTIONS: ReportAction[] = ['ACCEPT', 'REJECT', 'DUPLICATE', 'DISPATCH', 'RESOLVE'];

describe('report life cycle', () => {
  it('allows exactly the contract’s transitions, plus resolving an accepted report without a ticket', () => {
    const legal = REPORT_STATUSES.flatMap((from) =>
      ACTIONS.filter((a) => nextStatus(from, a) !== null).map((a) => `${from} -${a}-> ${nextStatus(from, a)}`),
    );
    expect(legal.sort()).toEqual(
      [
        'SUBMITTED -ACCEPT-> ACCEPTED',
        'SUBMITTED -REJECT-> REJECTED',
        'SUBMITTED -DUPLICATE-> DUPLICATE',
        'ACCEPTED -DISPATCH-> DISPATCHED',
        'ACCEPTED -RESOLVE-> RESOLVED',
        'DISPATCHED -RESOLVE-> RESOLVED',
      ].sort(),
    );
  });

  it('makes RESOLVED, REJECTED and DUPLICATE final', () => {
    for (const s of ['RESOLVED', 'REJECTED', 'DUPLICATE'] as const) expect(TRANSITIONS[s]).toEqual({});
  });

  it('refuses an illegal step with CONFLICT naming what is allowed', () => {
    const err = (() => {
      try {
        transition('ACCEPTED', 'ACCEPT');
      } catch (e) {
        return e as GraphQLError;
      }
    })();
    expect(err?.extensions.code).toBe('CONFLICT');
    expect(err?.message).toMatch(/ACCEPTED report allows only DISPATCH, RESOLVE/);
    expect(() => transition('REJECTED', 'ACCEPT')).toThrow(/REJECTED is final/);
    expect(() => transition('SUBMITTED', 'DISPATCH')).toThrow(/allows only ACCEPT, REJECT, DUPLICATE/);
  });
});

describe('points per report category', () => {
  it('pays every category a positive whole number, hazards to life most', () => {
    for (const c of REPORT_CATEGORIES) expect(Number.isInteger(REPORT_POINTS[c]) && REPORT_POINTS[c] > 0).toBe(true);
    expect(REPORT_POINTS.FIRE_HAZARD).toBeGreaterThan(REPORT_POINTS.SANITATION);
  });
});

describe('gate pass rules', () => {
  const now = new Date('2026-11-22T04:00:00Z');

  it('is valid strictly before its expiry', () => {
    expect(isPassValid({ expiresAt: new Date(now.getTime() + 1) }, now)).toBe(true);
    expect(isPassValid({ expiresAt: now }, now)).toBe(false);
  });

  it('issues a fresh pass for the community’s days when none is valid', () => {
    expect(planIssue(null, 30, now)).toEqual({ kind: 'issue', expiresAt: new Date(now.getTime() + 30 * DAY_MS) });
    const expired = { expiresAt: new Date(now.getTime() - 1) };
    expect(planIssue(expired, 7, now)).toEqual({ kind: 'issue', expiresAt: new Date(now.getTime() + 7 * DAY_MS) });
  });

  it('extends a valid pass to now + days, never shortening it', () => {
    const soon = { expiresAt: new Date(now.getTime() + DAY_MS) };
    expect(planIssue(soon, 30, now)).toEqual({ kind: 'extend', expiresAt: new Date(now.getTime() + 30 * DAY_MS) });
    const far = { expiresAt: new Date(now.getTime() + 60 * DAY_MS) };
    expect(planIssue(far, 30, now)).toEqual({ kind: 'extend', expiresAt: far.expiresAt });
  });

  it('makes codes of 20 characters from a 32-letter alphabet (100 bits), all different', () => {
    const codes = Array.from({ length: 1000 }, newPassCode);
    expect(new Set(codes).size).toBe(1000);
    for (const c of codes) expect(c).toMatch(/^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{20}$/);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 100])).toBe(7);
  });
});

describe('metrics period', () => {
  it('defaults to the 30 days before now and refuses from >= to', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    expect(periodOf(null, null, now)).toEqual({ from: new Date('2026-10-23T00:00:00Z'), to: now });
    expect(() => periodOf(now, now)).toThrow(/from must be before to/);
  });
});
