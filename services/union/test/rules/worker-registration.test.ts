import { requireDistrictCode, requireText } from '@nef/kit';
import { checkRegistration } from '../../src/rules/worker-registration';
import { errorCodesOf, partner, unionOperator } from '../support';

/** The kit's checks as registration applies them (rules/worker-registration): a name of 1 to 50 characters, a district code. */
describe('input rules', () => {
  it('trims names and counts characters, not bytes', () => {
    expect(requireText('name', '  王强 ', { max: 50 })).toBe('王强');
    expect(requireText('name', '王'.repeat(50), { max: 50 })).toHaveLength(50);
    expect(errorCodesOf(() => requireText('name', '王'.repeat(51), { max: 50 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodesOf(() => requireText('name', '   ', { max: 50 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('takes six-digit district codes only', () => {
    expect(requireDistrictCode('districtCode', '110105')).toBe('110105');
    for (const bad of ['11010', '1101050', 'chaoya', '']) expect(errorCodesOf(() => requireDistrictCode('districtCode', bad))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('what registration checks', () => {
  const input = { name: ' 王强 ', phone: '+86 138-0013-8001', occupation: 'FOOD_DELIVERY', districtCode: '110105' };

  it('takes the account from a partner, none from union staff, and normalises what it keeps', () => {
    expect(checkRegistration(partner('MEITUAN'), { ...input, platformExternalId: ' mt-1 ' })).toEqual({
      name: '王强', phone: '13800138001', occupation: 'FOOD_DELIVERY', districtCode: '110105', streetCode: null, account: { platform: 'MEITUAN', externalId: 'mt-1' },
    });
    expect(checkRegistration(unionOperator, input).account).toBeUndefined();
  });

  it('refuses a long name and a malformed district code, naming the field', () => {
    const fieldOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        return (err as { extensions?: { field?: string } }).extensions?.field;
      }
      return undefined;
    };
    expect(fieldOf(() => checkRegistration(unionOperator, { ...input, name: '王'.repeat(51) }))).toBe('name');
    expect(fieldOf(() => checkRegistration(unionOperator, { ...input, districtCode: 'chaoya' }))).toBe('districtCode');
  });
});
