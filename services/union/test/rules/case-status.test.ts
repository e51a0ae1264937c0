import { resolvedAtAfter } from '../../src/rules/case-status';

describe('case status', () => {
  it('sets resolvedAt on resolving, keeps it on closing and clears it on reopening', () => {
    const before = new Date('2025-01-01T00:00:00Z');
    const now = new Date('2025-02-01T00:00:00Z');
    expect(resolvedAtAfter('RESOLVED', null, now)).toEqual(now);
    expect(resolvedAtAfter('CLOSED', before, now)).toEqual(before);
    expect(resolvedAtAfter('CLOSED', null, now)).toBeNull();
    expect(resolvedAtAfter('IN_PROGRESS', before, now)).toBeNull();
  });
});
