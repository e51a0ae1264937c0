import { median, medianHours, middleRanks } from '../../src/rules/median';

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([10, 2, 4, 100])).toBe(7);
  });

  it('is the median of the values at the middle ranks alone', () => {
    for (const values of [[5], [9, 1, 5], [10, 2, 4, 100], [3, 3, 8, 1, 7, 2]]) {
      const sorted = [...values].sort((a, b) => a - b);
      expect(median(middleRanks(values.length).map((r) => sorted[r]!))).toBe(median(values));
    }
  });

  it('answers hours to 0.01 h, null when there are none', () => {
    expect(medianHours([])).toBeNull();
    expect(medianHours([1, 2.0049])).toBe(1.5);
    expect(medianHours([1 / 3])).toBe(0.33);
  });
});
