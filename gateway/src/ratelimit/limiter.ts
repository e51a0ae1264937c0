import { GraphQLError } from 'graphql';
import { withChinese, type Env, type Logger, type Principal } from '@nef/kit';
import { MemoryBucketStore, RedisBucketStore, type Bucket, type BucketStore, type Take } from './store';

export interface RateLimitPolicy {
  /** Per API key. */
  keyed: Bucket;
  /** Per client IP, for callers without a key. */
  anonymous: Bucket;
}

export const RATE_LIMITED = 'RATE_LIMITED';

export function readRateLimitPolicy(env: Env): RateLimitPolicy | undefined {
  const perMinute = env.int('RATE_LIMIT_PER_MINUTE', 60_000);
  if (perMinute <= 0) return undefined;
  const anonymousPerMinute = env.int('RATE_LIMIT_ANONYMOUS_PER_MINUTE', 6_000);
  return {
    keyed: { capacity: env.int('RATE_LIMIT_BURST', perMinute), refillPerSecond: perMinute / 60 },
    anonymous: { capacity: env.int('RATE_LIMIT_ANONYMOUS_BURST', anonymousPerMinute), refillPerSecond: anonymousPerMinute / 60 },
  };
}

/** Memory for one process; Redis (REDIS_URL) when several gateway processes must share the limits. */
export async function openBucketStore(env: Env): Promise<BucketStore> {
  const url = env.str('REDIS_URL');
  return url ? RedisBucketStore.connect(url, env.str('RATE_LIMIT_PREFIX', 'nef:ratelimit:')) : new MemoryBucketStore();
}

/**
 * Charges each operation's cost (at least 1) to the caller's token bucket: per API key, or
 * per client IP for anonymous callers. Refusals are RATE_LIMITED with Retry-After. If the
 * store fails (Redis down), requests pass and the failure is logged: an outage of the limiter
 * should not become an outage of the API.
 */
export class RateLimiter {
  constructor(
    private readonly store: BucketStore,
    private readonly policy: RateLimitPolicy,
    private readonly log: Logger,
  ) {}

  async charge(principal: Principal, clientIp: string, cost: number): Promise<Take | undefined> {
    const key = principal.keyId ? `key:${principal.keyId}` : `ip:${clientIp}`;
    const bucket = principal.keyId ? this.policy.keyed : this.policy.anonymous;
    let take: Take;
    try {
      take = await this.store.take(key, Math.max(1, cost), bucket);
    } catch (err) {
      this.log.error({ err }, 'rate limit store unavailable; request allowed');
      return undefined;
    }
    if (take.allowed) return take;
    const tooBig = !Number.isFinite(take.retryAfterSeconds);
    throw new GraphQLError(
      tooBig
        ? `this operation costs ${cost} points, more than this caller's limit of ${bucket.capacity}; ask for smaller pages`
        : `rate limit reached: retry after ${take.retryAfterSeconds} s`,
      {
        extensions: {
          code: RATE_LIMITED,
          ...(tooBig ? {} : { retryAfterSeconds: take.retryAfterSeconds }),
          http: { status: 429, headers: new Map(tooBig ? [] : [['retry-after', String(take.retryAfterSeconds)]]) },
          ...withChinese(
            tooBig
              ? `此操作需要${cost}点，超过了该调用方每分钟${bucket.capacity}点的额度；请减少每页的条数`
              : `已达到请求频率上限：请在${take.retryAfterSeconds}秒后重试`,
          ),
        },
      },
    );
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
