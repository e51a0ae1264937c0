import { seatFor } from '../../src/rules/capacity';

describe('seatFor: seat or waitlist', () => {
  it('gives a seat while fewer learners than capacity hold one', () => {
    expect(seatFor(0, 1)).toBe('ENROLLED');
    expect(seatFor(9, 10)).toBe('ENROLLED');
  });

  it('waitlists once every seat is taken', () => {
    expect(seatFor(10, 10)).toBe('WAITLISTED');
    expect(seatFor(1, 1)).toBe('WAITLISTED');
  });

  it('waitlists when seats are over-taken rather than handing out another', () => {
    expect(seatFor(11, 10)).toBe('WAITLISTED');
  });
});
