import { errorCodesOf } from '@nef/kit/testing';
import { checkResult, maskName, requirePlatformCode } from '../../src/rules/gate-registration';

describe('what the guard sees', () => {
  it('masks a name so it can be compared, not copied', () => {
    expect(maskName('王强')).toBe('王*');
    expect(maskName('王小强')).toBe('王*强');
    expect(maskName('欧阳小锋')).toBe('欧**锋');
    expect(maskName(' Zhang ')).toBe('Z***g');
    expect(maskName('王')).toBe('*');
    // Characters, not UTF-16 units.
    expect(maskName('𠀋大伟')).toBe('𠀋*伟');
  });

  it('tells a screenshot brought to the wrong gate, an unknown code, a revoked and an expired pass from a valid one', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const pass = { communityId: 'c1', expiresAt: new Date(now.getTime() + 1000), revokedAt: null };
    expect(checkResult(pass, 'c1', now)).toBe('ADMITTED');
    expect(checkResult(null, 'c1', now)).toBe('UNKNOWN_CODE');
    expect(checkResult(pass, 'c2', now)).toBe('WRONG_COMMUNITY');
    expect(checkResult({ ...pass, revokedAt: now }, 'c1', now)).toBe('REVOKED');
    expect(checkResult({ ...pass, expiresAt: now }, 'c1', now)).toBe('EXPIRED');
  });

  it('takes platform codes as keys carry them', () => {
    expect(requirePlatformCode(' sf_express ')).toBe('SF_EXPRESS');
    expect(errorCodesOf(() => requirePlatformCode('美团'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => requirePlatformCode('X'))).toEqual(['BAD_USER_INPUT']);
  });
});
