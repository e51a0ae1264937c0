import { newCardNo, newMemberNo, shanghaiYear } from '../src/domain/membership-numbers';
import { requireDistrictCode, requireExternalId, requireName, requirePlatformCode } from '../src/domain/validation';
import { errorCodesOf } from './support';

describe('member and card numbers', () => {
  it('numbers members BJ + the year in Beijing + 8 unguessable characters', () => {
    expect(newMemberNo(new Date('2025-06-01T00:00:00Z'))).toMatch(/^BJ2025[2-9A-HJ-NP-Z]{8}$/);
    expect(shanghaiYear(new Date('2025-12-31T17:00:00Z'))).toBe(2026);
  });

  it('gives cards 16 digits without a leading zero, different each time', () => {
    const cards = new Set(Array.from({ length: 200 }, () => newCardNo()));
    expect(cards.size).toBe(200);
    for (const card of cards) expect(card).toMatch(/^[1-9]\d{15}$/);
  });
});

describe('input rules', () => {
  it('trims names and counts characters, not bytes', () => {
    expect(requireName('name', '  王强 ', 50)).toBe('王强');
    expect(requireName('name', '王'.repeat(50), 50)).toHaveLength(50);
    expect(errorCodesOf(() => requireName('name', '王'.repeat(51), 50))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => requireName('name', '   ', 50))).toEqual(['BAD_USER_INPUT']);
  });

  it('takes six-digit district codes only', () => {
    expect(requireDistrictCode('110105')).toBe('110105');
    for (const bad of ['11010', '1101050', 'chaoya', '']) expect(errorCodesOf(() => requireDistrictCode(bad))).toEqual(['BAD_USER_INPUT']);
  });

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
