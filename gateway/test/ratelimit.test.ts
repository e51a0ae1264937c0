import { randomBytes } from 'node:crypto';
import { MemoryBucketStore, RedisBucketStore, refillAndTake, type Bucket } from '../src/ratelimit/store';

const tenPerSecond: Bucket = { capacity: 20, refillPerSecond: 10 };

describe('token buckets', () => {
  it('allows a burst up to the capacity, then refills by elapsed time', async () => {
    let now = 1_000_000;
    const store = new MemoryBucketStore(() => now);
    expect(await store.take('k', 15, tenPerSecond)).toEqual({ allowed: true, remaining: 5, retryAfterSeconds: 0 });
    expect(await store.take('k', 10, tenPerSecond)).toEqual({ allowed: false, remaining: 5, retryAfterSeconds: 1 });
    now += 500; // +5 tokens
    expect(await store.take('k', 10, tenPerSecond)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    now += 60_000; // refills to capacity, not beyond
    expect(await store.take('k', 21, tenPerSecond)).toMatchObject({ allowed: false, remaining: 20 });
  });

  it('keeps callers apart', async () => {
    const store = new MemoryBucketStore(() => 0);
    await store.take('a', 20, tenPerSecond);
    expect((await store.take('b', 20, tenPerSecond)).allowed).toBe(true);
    expect((await store.take('a', 1, tenPerSecond)).allowed).toBe(false);
  });

  it('says when a single operation can never fit', () => {
    expect(refillAndTake(20, 0, 0, 21, tenPerSecond).take.retryAfterSeconds).toBe(Infinity);
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
// CI sets TEST_REDIS_URL; without a Redis server there is nothing to test this against.
(redisUrl ? describe : describe.skip)('token buckets in Redis, shared by gateway processes', () => {
  const stores: RedisBucketStore[] = [];
  let prefix: string;
  beforeEach(async () => {
    prefix = `nef-test:${randomBytes(4).toString('hex')}:`;
    stores.length = 0;
    stores.push(await RedisBucketStore.connect(redisUrl!, prefix), await RedisBucketStore.connect(redisUrl!, prefix));
  });
  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
  });

  it('follows the same rule as the memory store', async () => {
    const [store] = stores;
    expect(await store!.take('k', 15, tenPerSecond)).toMatchObject({ allowed: true, remaining: 5 });
    expect(await store!.take('k', 10, tenPerSecond)).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it('shares one bucket between two connections: 50 concurrent takes from two processes get exactly the capacity', async () => {
    const slow: Bucket = { capacity: 20, refillPerSecond: 0.001 };
    const takes = await Promise.all(Array.from({ length: 50 }, (_, i) => stores[i % 2]!.take('shared', 1, slow)));
    expect(takes.filter((t) => t.allowed)).toHaveLength(20);
    expect(takes.filter((t) => !t.allowed).every((t) => t.retryAfterSeconds > 0)).toBe(true);
  });
});
