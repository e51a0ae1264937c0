import type { Principal } from '@nef/kit';
import { canSeeWorker, seesWholePhone, visibleAccounts, workerScope } from '../../src/rules/worker-visibility';
import { admin, dashboard, partner, stationsOperator, unionOperator } from '../support';

const anonymous: Principal = { role: 'anonymous' };

describe('who sees a worker', () => {
  it('lets admins and union operators see any worker, on any platform or none', () => {
    for (const p of [admin, unionOperator, { ...unionOperator, districts: ['110108'] }]) {
      expect(canSeeWorker(p, [])).toBe(true);
      expect(canSeeWorker(p, ['DIDI'])).toBe(true);
    }
  });

  it('lets a partner see only workers with an account on its own platform', () => {
    expect(canSeeWorker(partner('MEITUAN'), ['MEITUAN'])).toBe(true);
    expect(canSeeWorker(partner('MEITUAN'), ['ELEME', 'MEITUAN'])).toBe(true);
    expect(canSeeWorker(partner('MEITUAN'), ['ELEME'])).toBe(false);
    expect(canSeeWorker(partner('MEITUAN'), [])).toBe(false);
  });

  it('lets anonymous callers, dashboards and other domains’ operators see no one', () => {
    for (const p of [anonymous, dashboard, stationsOperator]) {
      expect(workerScope(p)).toEqual({ kind: 'none' });
      expect(canSeeWorker(p, ['MEITUAN'])).toBe(false);
    }
  });
});

describe('what of a visible worker', () => {
  it('shows phones whole only to union staff', () => {
    expect(seesWholePhone(admin)).toBe(true);
    expect(seesWholePhone(unionOperator)).toBe(true);
    expect(seesWholePhone(partner('MEITUAN'))).toBe(false);
    expect(seesWholePhone(stationsOperator)).toBe(false);
  });

  it('shows a partner only the account on its own platform', () => {
    const accounts = [{ platformCode: 'MEITUAN' }, { platformCode: 'ELEME' }];
    expect(visibleAccounts(partner('ELEME'), accounts)).toEqual([{ platformCode: 'ELEME' }]);
    expect(visibleAccounts(admin, accounts)).toEqual(accounts);
    expect(visibleAccounts(dashboard, accounts)).toEqual([]);
  });
});
