import { actorFor } from '../src/domain/access';
import { asMobile } from '../src/domain/phone';
import { progressOf } from '../src/domain/progress';
import { CASE_MOVES, checkMove, MEASURE_MOVES, MEMBERSHIP_MOVES, resolvedAtAfter } from '../src/domain/status-rules';
import { likeSubstring } from '../src/queries/workers';
import { admin, errorCodesOf, partner, unionOperator } from './support';

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

  it('sets resolvedAt on resolving, keeps it on closing and clears it on reopening', () => {
    const before = new Date('2025-01-01T00:00:00Z');
    const now = new Date('2025-02-01T00:00:00Z');
    expect(resolvedAtAfter('RESOLVED', null, now)).toEqual(now);
    expect(resolvedAtAfter('CLOSED', before, now)).toEqual(before);
    expect(resolvedAtAfter('CLOSED', null, now)).toBeNull();
    expect(resolvedAtAfter('IN_PROGRESS', before, now)).toBeNull();
  });
});

describe('consultation progress', () => {
  it('counts done out of agreed, leaving dropped measures out of the denominator', () => {
    expect(progressOf(['DONE', 'DONE', 'IN_PROGRESS', 'AGREED', 'DROPPED'])).toEqual({
      agreed: 4,
      done: 2,
      inProgress: 1,
      dropped: 1,
      ratio: 0.5,
    });
  });

  it('has no ratio when nothing is agreed', () => {
    expect(progressOf([]).ratio).toBeNull();
    expect(progressOf(['DROPPED']).ratio).toBeNull();
    expect(progressOf(['DONE', 'AGREED', 'AGREED']).ratio).toBe(0.333);
  });
});

describe('small rules', () => {
  it('shows history actors whole to union staff and without the key to others', () => {
    expect(actorFor(admin, 'partner:MEITUAN:key-meituan')).toBe('partner:MEITUAN:key-meituan');
    expect(actorFor(unionOperator, 'operator:union:key-1')).toBe('operator:union:key-1');
    expect(actorFor(partner('MEITUAN'), 'operator:union:key-1')).toBe('operator:union');
    expect(actorFor(partner('MEITUAN'), 'demo')).toBe('demo');
    expect(actorFor(partner('MEITUAN'), 'admin:key-admin')).toBe('admin');
    expect(actorFor(partner('MEITUAN'), 'partner:MEITUAN:key-meituan')).toBe('partner:MEITUAN');
  });

  it('recognises whole mobile numbers for searching, and nothing else', () => {
    expect(asMobile('+86 138 0013 8001')).toBe('13800138001');
    expect(asMobile('王强')).toBeNull();
    expect(asMobile('8001')).toBeNull();
  });

  it('escapes LIKE wildcards with !', () => {
    expect(likeSubstring('A_b%c!')).toBe('%a!_b!%c!!%');
  });
});
