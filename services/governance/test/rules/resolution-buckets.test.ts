import { DAY_MS } from '@nef/kit';
import { resolutionBucket } from '../../src/rules/resolution-buckets';

describe('resolution buckets', () => {
  it('orders durations and buckets alike', () => {
    let last = -1;
    for (let ms = -5_000; ms < 3 * 365 * DAY_MS; ms = Math.floor(ms * 1.37) + 7_919) {
      const b = resolutionBucket(ms);
      expect(b).toBeGreaterThanOrEqual(last);
      last = b;
    }
    expect(resolutionBucket(30 * 3_600_000)).toBeGreaterThan(resolutionBucket(24 * 3_600_000));
  });
});
