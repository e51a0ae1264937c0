import { errorCodesOf } from '@nef/kit/testing';
import { checkHolderName, maskName, newCertificateNumber, normaliseCertificateNumber } from '../../src/rules/certificate';

describe('certificates', () => {
  it('numbers certificates with a prefix and 16 unguessable characters', () => {
    const numbers = new Set(Array.from({ length: 1000 }, () => newCertificateNumber()));
    expect(numbers.size).toBe(1000);
    for (const n of numbers) expect(n).toMatch(/^TRN-[2-9A-HJ-NP-Z]{16}$/);
  });
  it('reads a number back however it was typed', () => {
    expect(normaliseCertificateNumber('  trn-abcd ')).toBe('TRN-ABCD');
  });
  it('takes an optional holder name of 1 to 50 characters, trimmed', () => {
    expect(checkHolderName(undefined)).toBeNull();
    expect(checkHolderName(' 王强 ')).toBe('王强');
    expect(checkHolderName('𠀀'.repeat(50))).toBe('𠀀'.repeat(50));
    expect(errorCodesOf(() => checkHolderName('   '))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => checkHolderName('王'.repeat(51)))).toEqual(['BAD_USER_INPUT']);
  });

  it('masks all but the first character of a name', () => {
    expect(maskName('王强')).toBe('王*');
    expect(maskName(' 欧阳娜娜 ')).toBe('欧***');
    expect(maskName('李')).toBe('*');
    expect(maskName('John  Smith')).toBe('J*** *****');
    expect(maskName('𠀀𠀁')).toBe('𠀀*');
  });
});
