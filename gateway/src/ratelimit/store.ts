import { createClient } from '@redis/client';

/** The outcome of taking tokens from a bucket. */
export interface Take {
  allowed: boolean;
  /** Tokens left after this take (or now, when refused). */
  remaining: number;
  /** Seconds until enough tokens have refilled for this cost (0 when allowed). */
  retryAfterSeconds: number;
}

export interface Bucket {
  /** Most tokens a bucket holds: the largest burst. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

/** Where token buckets live: this process's memory, or Redis shared by every gateway process. */
export interface BucketStore {
  take(key: string, cost: number, bucket: Bucket): Promise<Take>;
  close(): Promise<void>;
}

/** Refills by elapsed time, then takes `cost` if there is enough; the one rule both stores follow. */
export function refillAndTake(tokens: number, last: number, now: number, cost: number, bucket: Bucket): { tokens: number; take: Take } {
  const available = Math.min(bucket.capacity, tokens + (Math.max(0, now - last) / 1000) * bucket.refillPerSecond);
  if (available >= cost) {
    return { tokens: available - cost, take: { allowed: true, remaining: Math.floor(available - cost), retryAfterSeconds: 0 } };
  }
  const wait = cost > bucket.capacity ? Infinity : (cost - available) / bucket.refillPerSecond;
  return { tokens: available, take: { allowed: false, remaining: Math.floor(available), retryAfterSeconds: Math.ceil(wait) } };
}

/** Buckets in this process only: right for a single gateway process. */
export class MemoryBucketStore implements BucketStore {
  private readonly buckets = new Map<string, { tokens: number; last: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async take(key: string, cost: number, bucket: Bucket): Promise<Take> {
    const now = this.now();
    const current = this.buckets.get(key) ?? { tokens: bucket.capacity, last: now };
    const { tokens, take } = refillAndTake(current.tokens, current.last, now, cost, bucket);
    this.buckets.set(key, { tokens, last: now });
    if (this.buckets.size > 100_000) this.evictFull(now, bucket);
    return take;
  }

  /** Forgets buckets that have refilled completely: they hold nothing worth keeping. */
  private evictFull(now: number, bucket: Bucket) {
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.last) / 1000) * bucket.refillPerSecond >= bucket.capacity) this.buckets.delete(key);
    }
  }

  async close(): Promise<void> {}
}

// The same rule as refillAndTake, run atomically inside Redis so that concurrent gateway
// processes share one bucket per caller. Time comes from the Redis server, one clock for all.
const TAKE_SCRIPT = `
local key = KEYS[1]
local cost = tonumber(ARGV[1])
local capacity = tonumber(ARGV[2])
local rate = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', key, 'tokens', 'last')
local tokens = tonumber(state[1]) or capacity
local last = tonumber(state[2]) or now
local elapsed = math.max(0, now - last)
tokens = math.min(capacity, tokens + elapsed / 1000 * rate)
local allowed = 0
if tokens >= cost then
  tokens = tokens - cost
  allowed = 1
end
redis.call('HSET', key, 'tokens', tostring(tokens), 'last', tostring(now))
redis.call('PEXPIRE', key, math.ceil(capacity / rate * 1000) + 1000)
return { allowed, tostring(tokens) }
`;

/** What the store uses of a Redis client. */
interface ScriptClient {
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  close(): Promise<void>;
}

/** Buckets in Redis, shared by every gateway process and machine. */
export class RedisBucketStore implements BucketStore {
  private constructor(
    private readonly client: ScriptClient,
    private readonly prefix: string,
  ) {}

  static async connect(url: string, prefix = 'nef:ratelimit:'): Promise<RedisBucketStore> {
    const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(retries * 200, 2000) } });
    client.on('error', () => {
      // Reported per request by the caller (fail open); the client reconnects by itself.
    });
    await client.connect();
    return new RedisBucketStore(client as unknown as ScriptClient, prefix);
  }

  async take(key: string, cost: number, bucket: Bucket): Promise<Take> {
    const [allowed, tokensText] = (await this.client.eval(TAKE_SCRIPT, {
      keys: [this.prefix + key],
      arguments: [String(cost), String(bucket.capacity), String(bucket.refillPerSecond)],
    })) as [number, string];
    const tokens = Number(tokensText);
    if (allowed === 1) return { allowed: true, remaining: Math.floor(tokens), retryAfterSeconds: 0 };
    const wait = cost > bucket.capacity ? Infinity : (cost - tokens) / bucket.refillPerSecond;
    return { allowed: false, remaining: Math.floor(tokens), retryAfterSeconds: Math.ceil(wait) };
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
