import { GraphQLError } from 'graphql';
import { nextStatus, transition, TRANSITIONS, type ReportAction } from '../../src/rules/report-life-cycle';
import { REPORT_STATUSES } from '../../src/rules/vocabulary';

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
