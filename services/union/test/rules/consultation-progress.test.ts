import { progressOf } from '../../src/rules/consultation-progress';

describe('consultation progress', () => {
  it('counts done out of agreed, leaving dropped measures out of the denominator', () => {
    expect(progressOf(['DONE', 'DONE', 'IN_PROGRESS', 'AGREED', 'DROPPED'])).toEqual({
      agreed: 4,
      done: 2,
      inProgress: 1,
      dropped: 1,
      ratio: 0.5,
    });
  });

  it('has no ratio when nothing is agreed', () => {
    expect(progressOf([]).ratio).toBeNull();
    expect(progressOf(['DROPPED']).ratio).toBeNull();
    expect(progressOf(['DONE', 'AGREED', 'AGREED']).ratio).toBe(0.333);
  });
});
