import { DAY_MS } from '@nef/kit/rules';

/**
 * Upper bounds (ms) of the duration buckets: a minute wide up to ten minutes, then each about 9%
 * wider than the one before (eight to a doubling), up to two years. Integer arithmetic only, so
 * every machine puts a duration in the same bucket. The buckets are stored: changing them needs
 * a migration that rebuilds the rollups.
 */
const BUCKET_BOUNDS: readonly number[] = (() => {
  const bounds = [60_000];
  while (bounds[bounds.length - 1]! < 2 * 366 * DAY_MS) {
    const last = bounds[bounds.length - 1]!;
    bounds.push(last + Math.max(60_000, Math.floor(last / 11)));
  }
  return bounds;
})();

/** The bucket of a submission-to-resolution time: ordered like the times (a longer time never falls in a lower bucket). */
export function resolutionBucket(ms: number): number {
  let lo = 0;
  let hi = BUCKET_BOUNDS.length;
  // The number of bounds at or below ms.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (BUCKET_BOUNDS[mid]! <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
