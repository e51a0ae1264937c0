import { beijingYear } from '@nef/kit';
import { newCardNo, newMemberNo } from '../../src/rules/membership-numbers';

describe('member and card numbers', () => {
  it('numbers members BJ + the year in Beijing + 8 unguessable characters', () => {
    expect(newMemberNo(new Date('2025-06-01T00:00:00Z'))).toMatch(/^BJ2025[2-9A-HJ-NP-Z]{8}$/);
    expect(beijingYear(new Date('2025-12-31T17:00:00Z'))).toBe(2026);
  });

  it('gives cards 16 digits without a leading zero, different each time', () => {
    const cards = new Set(Array.from({ length: 200 }, () => newCardNo()));
    expect(cards.size).toBe(200);
    for (const card of cards) expect(card).toMatch(/^[1-9]\d{15}$/);
  });
});
