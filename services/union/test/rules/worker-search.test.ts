import { likeSubstring } from '../../src/rules/worker-search';

describe('worker search', () => {
  it('escapes LIKE wildcards with !', () => {
    expect(likeSubstring('A_b%c!')).toBe('%a!_b!%c!!%');
  });
});
