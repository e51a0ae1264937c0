import { asMobile, maskPhone, normalizePhone } from '../../src/rules/phone';
import { errorCodesOf } from '../support';

describe('normalising mobile numbers', () => {
  it('accepts 11-digit mainland mobiles and strips +86/86, spaces and dashes', () => {
    expect(normalizePhone('13800138001')).toBe('13800138001');
    expect(normalizePhone('+86 138-0013-8001')).toBe('13800138001');
    expect(normalizePhone('8613800138001')).toBe('13800138001');
    expect(normalizePhone(' 150 0015 0005 ')).toBe('15000150005');
  });

  it('refuses landlines, short numbers, bad prefixes and letters as BAD_USER_INPUT', () => {
    for (const bad of ['010-12345678', '1380013800', '12800138001', '138001380012', '1380013800a', '+1 13800138001', '']) {
      expect(errorCodesOf(() => normalizePhone(bad))).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('masking', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13800138001')).toBe('138****8001');
    expect(maskPhone('15000150005')).toBe('150****0005');
  });
});

describe('searching by phone', () => {
  it('recognises whole mobile numbers for searching, and nothing else', () => {
    expect(asMobile('+86 138 0013 8001')).toBe('13800138001');
    expect(asMobile('王强')).toBeNull();
    expect(asMobile('8001')).toBeNull();
  });
});
