import { maskName } from '../src/rules';

describe('maskName: one rule for every service', () => {
  it('keeps the first character and stars the rest, spaces kept', () => {
    expect(maskName('王强')).toBe('王*');
    expect(maskName('欧阳娜娜')).toBe('欧***');
    expect(maskName('  Zhang   Wei ')).toBe('Z**** ***');
    expect(maskName('王')).toBe('*');
    expect(maskName('')).toBe('');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(maskName('𠮷野家')).toBe('𠮷**');
  });

  it('keeps the last character too for a gate guard, from three characters on', () => {
    expect(maskName('王小强', { keepLast: true })).toBe('王*强');
    expect(maskName('欧阳小锋', { keepLast: true })).toBe('欧**锋');
    expect(maskName('王强', { keepLast: true })).toBe('王*');
    expect(maskName('王', { keepLast: true })).toBe('*');
  });
});
