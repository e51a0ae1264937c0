import { requirePlatformCode, requireExternalId } from '../../src/rules/platform-account';
import { errorCodesOf } from '../support';

describe('input rules', () => {
  it('takes platform codes of upper-case letters, digits and _', () => {
    expect(requirePlatformCode('SF_EXPRESS')).toBe('SF_EXPRESS');
    for (const bad of ['meituan', 'M', '1MEITUAN', 'MEI-TUAN', 'A'.repeat(33)]) {
      expect(errorCodesOf(() => requirePlatformCode(bad))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('takes account ids of visible ASCII without spaces', () => {
    expect(requireExternalId(' mt-10001 ')).toBe('mt-10001');
    for (const bad of ['', 'mt 10001', '美团1', 'x'.repeat(65)]) expect(errorCodesOf(() => requireExternalId(bad))).toEqual(['BAD_USER_INPUT']);
  });
});
