import { beijingYear } from '@nef/kit';
import { allRegions } from '@nef/kit';
import { newCardNo, newMemberNo, PROVINCE_LETTERS } from '../../src/rules/membership-numbers';

describe('member and card numbers', () => {
  it('numbers members with the province’s letters + the year in Beijing + 8 unguessable characters', () => {
    expect(newMemberNo(new Date('2025-06-01T00:00:00Z'), '110105')).toMatch(/^BJ2025[2-9A-HJ-NP-Z]{8}$/);
    expect(newMemberNo(new Date('2025-06-01T00:00:00Z'), '441302103')).toMatch(/^GD2025[2-9A-HJ-NP-Z]{8}$/);
    expect(newMemberNo(new Date('2025-06-01T00:00:00Z'), '410105')).toMatch(/^HA2025/);
    expect(beijingYear(new Date('2025-12-31T17:00:00Z'))).toBe(2026);
  });

  it('has distinct letters for every province of the catalogue', () => {
    const provinces = allRegions(false).filter((r) => r.level === 'PROVINCE');
    expect(provinces).toHaveLength(31);
    const letters = provinces.map((p) => PROVINCE_LETTERS[p.code.slice(0, 2)]);
    expect(letters.every((l) => /^[A-Z]{2}$/.test(l ?? ''))).toBe(true);
    expect(new Set(letters).size).toBe(31);
  });

  it('gives cards 16 digits without a leading zero, different each time', () => {
    const cards = new Set(Array.from({ length: 200 }, () => newCardNo()));
    expect(cards.size).toBe(200);
    for (const card of cards) expect(card).toMatch(/^[1-9]\d{15}$/);
  });
});
