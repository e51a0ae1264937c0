import { CASE_MOVES } from '../../src/rules/case-status';
import { MEASURE_MOVES } from '../../src/rules/measure-status';
import { MEMBERSHIP_MOVES } from '../../src/rules/membership-status';
import { checkMove } from '../../src/rules/status-move';
import { errorCodesOf } from '../support';

describe('status moves', () => {
  it('treats the same status as no change', () => {
    expect(checkMove('case', CASE_MOVES, 'OPEN', 'OPEN')).toBe(false);
    expect(checkMove('measure', MEASURE_MOVES, 'DONE', 'DONE')).toBe(false);
  });

  it('allows the moves of each machine and refuses the rest with CONFLICT', () => {
    expect(checkMove('case', CASE_MOVES, 'OPEN', 'IN_PROGRESS')).toBe(true);
    expect(checkMove('case', CASE_MOVES, 'RESOLVED', 'IN_PROGRESS')).toBe(true);
    expect(errorCodesOf(() => checkMove('case', CASE_MOVES, 'CLOSED', 'OPEN'))).toEqual(['CONFLICT']);
    expect(errorCodesOf(() => checkMove('case', CASE_MOVES, 'IN_PROGRESS', 'OPEN'))).toEqual(['CONFLICT']);
    expect(checkMove('measure', MEASURE_MOVES, 'DROPPED', 'AGREED')).toBe(true);
    expect(errorCodesOf(() => checkMove('measure', MEASURE_MOVES, 'DONE', 'DROPPED'))).toEqual(['CONFLICT']);
    expect(checkMove('membership', MEMBERSHIP_MOVES, 'WITHDRAWN', 'ACTIVE')).toBe(true);
    expect(errorCodesOf(() => checkMove('membership', MEMBERSHIP_MOVES, 'WITHDRAWN', 'LAPSED'))).toEqual(['CONFLICT']);
  });

  it('names the allowed moves when refusing', () => {
    try {
      checkMove('case', CASE_MOVES, 'CLOSED', 'IN_PROGRESS');
      throw new Error('not refused');
    } catch (err) {
      expect((err as Error).message).toBe('case cannot go from CLOSED to IN_PROGRESS; from CLOSED it may go to nothing (final)');
    }
  });
});
