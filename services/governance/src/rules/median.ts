/** The median of a list of numbers (mean of the middle two for an even count), null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The ranks (from 0, in ascending order) of the values `median` takes from n values: the middle
 * one twice for an odd n, the middle two for an even n. The median of the values at these ranks
 * is the median of all n, so a search that finds only these finds the median.
 */
export function middleRanks(n: number): [number, number] {
  return [Math.floor((n - 1) / 2), Math.floor(n / 2)];
}

/** medianHoursToResolve: the median of the hours, rounded to 0.01 h; null when there are none. */
export function medianHours(hours: readonly number[]): number | null {
  const m = median(hours);
  return m === null ? null : Math.round(m * 100) / 100;
}
