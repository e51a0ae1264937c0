import { seatAskers, seatFor } from '../../src/rules/capacity';

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

describe('seatAskers: who asked for a class gets the first seats', () => {
  it('seats the first askers up to capacity and waitlists the rest in asking order', () => {
    expect(seatAskers(['a', 'b', 'c', 'd'], 2)).toEqual({ seated: ['a', 'b'], waitlisted: ['c', 'd'] });
  });

  it('seats everyone when fewer asked than there are seats, and nobody without seats', () => {
    expect(seatAskers(['a', 'b'], 10)).toEqual({ seated: ['a', 'b'], waitlisted: [] });
    expect(seatAskers(['a'], 0)).toEqual({ seated: [], waitlisted: ['a'] });
  });
});
