import { createHash } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { parseCacheHint, type Principal } from '@nef/kit';
import type { VersionTracker } from './versions';

/**
 * What the subgraph answers of one operation said about caching: each answer that may be kept
 * sends `x-nef-cache: max-age=N; deps=a,b` with the versions it was computed at; one answer
 * without it (personal data, a period still open) makes the whole operation uncacheable.
 */
export class FetchCacheRecord {
  private fetches = 0;
  private uncacheable = false;
  private maxAgeSeconds = Infinity;
  readonly deps = new Map<string, number>();

  add(subgraph: string, cacheHeader: string | null | undefined, versions: ReadonlyMap<string, number>): void {
    this.fetches += 1;
    const hint = parseCacheHint(cacheHeader);
    if (!hint) {
      this.uncacheable = true;
      return;
    }
    this.maxAgeSeconds = Math.min(this.maxAgeSeconds, hint.maxAge);
    for (const ns of hint.deps) {
      const v = versions.get(ns);
      if (v === undefined) {
        this.uncacheable = true;
        return;
      }
      this.deps.set(`${subgraph}/${ns}`, v);
    }
  }

  /** Seconds the operation's answer may be kept; 0 when it may not. */
  get maxAge(): number {
    return this.uncacheable || this.fetches === 0 || this.maxAgeSeconds === Infinity ? 0 : this.maxAgeSeconds;
  }
}

interface Entry {
  /** The answer as JSON: stored once, parsed for each caller it is served to. */
  json: string;
  deps: ReadonlyMap<string, number>;
  expires: number;
}

export interface ResponseCacheOptions {
  tracker: VersionTracker;
  /** Most memory the kept answers take, in bytes (approximately: their JSON); 0 keeps none. */
  maxBytes: number;
  now?: () => number;
}

export const RESPONSE_CACHE_HEADER = 'x-nef-cache';

interface CacheContext {
  principal: Principal;
  cacheRecord: FetchCacheRecord;
}

/**
 * Keeps whole answers to queries whose every part the subgraphs said may be kept (public
 * catalogue data, dashboard figures for closed periods), per caller: anonymous callers share,
 * each API key (and acting worker) has its own. An answer is kept from the second time the
 * same caller asks the same query within ten minutes, so one-off queries cost no memory. It is
 * served again only while every data version it was computed at is still the newest the
 * gateway knows and it has not expired; a write through any gateway process reaches this one
 * within about a second (its poll), a write through this process at once.
 *
 * Identical queries from the same caller that arrive while the first is running wait for it
 * and share its answer when that answer may be kept; otherwise (personal data, which is
 * audited per request) they run on their own.
 */
export function responseCachePlugin<C extends CacheContext>(opts: ResponseCacheOptions): ApolloServerPlugin<C> {
  const now = opts.now ?? Date.now;
  const keeping = opts.maxBytes > 0;
  const cache = new LRUCache<string, Entry>({
    maxSize: Math.max(1, opts.maxBytes),
    sizeCalculation: (e) => e.json.length + 64 * (e.deps.size + 1),
  });
  // An answer is kept the second time it is asked for within a while: a query that never comes
  // back (a rider's exact position) costs a key here, not a copy of its answer.
  const seen = new LRUCache<string, true>({ max: 100_000, ttl: 10 * 60_000 });
  const inflight = new Map<string, Promise<Entry | undefined>>();

  const keyOf = (ctx: GraphQLRequestContext<C>) => {
    const p = ctx.contextValue.principal;
    const who = [p.role, p.keyId ?? '', p.platform ?? '', p.domain ?? '', (p.districts ?? []).join(','), p.workerId ?? ''].join('|');
    return createHash('sha256')
      .update(who)
      .update('\u0000')
      .update(ctx.request.operationName ?? '')
      .update('\u0000')
      .update(ctx.queryHash ?? ctx.request.query ?? '')
      .update('\u0000')
      .update(JSON.stringify(ctx.request.variables ?? {}))
      .digest('base64url');
  };
  const usable = (e: Entry | undefined): e is Entry => !!e && e.expires > now() && opts.tracker.isCurrent(e.deps);

  return {
    async requestDidStart() {
      let key: string | undefined;
      let settle: ((e: Entry | undefined) => void) | undefined;
      let served: 'hit' | 'shared' | undefined;
      return {
        async responseForOperation(ctx) {
          if (ctx.operation?.operation !== 'query') return null;
          key = keyOf(ctx);
          let entry = cache.get(key);
          if (usable(entry)) {
            served = 'hit';
            return { http: ctx.response.http, body: { kind: 'single', singleResult: JSON.parse(entry.json) as FormattedExecutionResult } };
          }
          const running = inflight.get(key);
          if (running) {
            // A leader that never answers (its request torn down) must not hold followers for long.
            entry = await Promise.race([running, delay(10_000, undefined, { ref: false })]);
            if (usable(entry)) {
              served = 'shared';
              return { http: ctx.response.http, body: { kind: 'single', singleResult: JSON.parse(entry.json) as FormattedExecutionResult } };
            }
            return null;
          }
          inflight.set(key, new Promise((resolve) => (settle = resolve)));
          return null;
        },
        async willSendResponse(ctx) {
          if (served) {
            ctx.response.http.headers.set(RESPONSE_CACHE_HEADER, served);
            return;
          }
          if (!key || !settle) return;
          let entry: Entry | undefined;
          const body = ctx.response.body.kind === 'single' ? ctx.response.body.singleResult : undefined;
          const maxAge = ctx.contextValue.cacheRecord.maxAge;
          if (body && !body.errors?.length && body.data && maxAge > 0) {
            entry = { json: JSON.stringify(body), deps: new Map(ctx.contextValue.cacheRecord.deps), expires: now() + maxAge * 1000 };
            // Followers waiting now share it either way; it is kept for later callers from its
            // second asking, and never with the cache off.
            if (keeping) {
              if (seen.has(key)) cache.set(key, entry);
              else seen.set(key, true);
            }
            ctx.response.http.headers.set(RESPONSE_CACHE_HEADER, 'miss');
          }
          inflight.delete(key);
          settle(entry);
        },
      };
    },
  };
}
