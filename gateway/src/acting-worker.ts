import { GraphQLError } from 'graphql';
import { LRUCache } from 'lru-cache';
import {
  ErrorCode,
  LOCALIZED_EXTENSION,
  PRINCIPAL_HEADER,
  badUserInput,
  forbidden,
  serviceUnavailable,
  signPrincipal,
  unavailableMessage,
  unavailableMessageZh,
  type Logger,
  type Principal,
  type PrincipalSigner,
} from '@nef/kit';

export const ACTING_WORKER_HEADER = 'x-acting-worker';

/** What one look-up costs the caller's rate limit: one object, as operation costs count them. */
export const LOOKUP_COST = 1;

const LOOKUP = `query ActingWorker($platform: ID!, $externalId: String!) { workerByPlatformAccount(platform: $platform, externalId: $externalId) { id } }`;

/** Codes with which the union subgraph refuses the look-up itself: an answer, not an outage. */
const REFUSALS = new Set<unknown>([ErrorCode.FORBIDDEN, ErrorCode.BAD_USER_INPUT]);

export interface ActingWorkerOptions {
  /**
   * Charges `cost` to the caller's rate limit, throwing (RATE_LIMITED) when it is over; called
   * before every look-up a request needs, so a caller over its limit causes none.
   */
  charge?: (principal: Principal, clientIp: string, cost: number) => Promise<unknown> | undefined;
  /** How long a mapping confirmed earlier still serves while the union subgraph cannot answer (default an hour). */
  staleSeconds?: number;
  /** How long a look-up may take before the union subgraph counts as unable to answer (default 5 s). */
  timeoutMs?: number;
  /** The time in milliseconds; tests move it. */
  now?: () => number;
  log?: Logger;
  /**
   * The union's `links` data version as this gateway last heard it (undefined while unknown),
   * and whether a version is still the latest and recently confirmed. A mapping is kept with
   * the version it was read at: while that stays current the mapping serves for up to
   * `staleSeconds`, and once it moves (an account linked or unlinked, a consent withdrawn, an
   * account closed) the mapping is dropped and asked again, so a withdrawn platform stops at once.
   */
  links?: { version: () => number | undefined; isCurrent: (version: number) => boolean };
}

interface Known {
  workerId: string;
  /** When the union subgraph last said so. */
  confirmedAt: number;
  /** The union's `links` version before it was asked; undefined when none was known. */
  links: number | undefined;
}

/**
 * Resolves `X-Acting-Worker` (the worker's account id on the partner's platform) to the
 * worker id, by asking the union subgraph with the partner's own principal.
 *
 * - A mapping confirmed within `ttlSeconds` is used without asking, and for up to `staleSeconds`
 *   while the union's `links` data version it was read at is still the latest this gateway
 *   heard (see `links`); a moved version drops it at once. Misses are never kept, so a worker
 *   registered a moment ago can be acted for at once.
 * - One look-up per (platform, account) is in flight at a time: requests that need the same one
 *   while it runs wait for it instead of sending their own. One that fails is forgotten at once,
 *   so the next request asks again.
 * - Each request that needs a look-up (its own or a shared one) is charged `LOOKUP_COST` to its
 *   caller's rate limit before waiting for it: a caller over its limit gets RATE_LIMITED and
 *   causes no look-up.
 * - When the union subgraph cannot answer (down, failing, too slow), a mapping confirmed within
 *   `staleSeconds` still serves: an account's worker practically never changes. An account not
 *   confirmed in that time gets SERVICE_UNAVAILABLE (service 'union', retryable, HTTP 503).
 */
export class ActingWorkerResolver {
  private readonly known: LRUCache<string, Known>;
  private readonly inFlight = new Map<string, Promise<string | null>>();
  private readonly freshMs: number;
  private readonly staleMs: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(
    private readonly unionUrl: () => string,
    private readonly signer: PrincipalSigner,
    ttlSeconds: number,
    private readonly opts: ActingWorkerOptions = {},
  ) {
    this.freshMs = Math.max(0, ttlSeconds) * 1000;
    this.staleMs = Math.max(this.freshMs, (opts.staleSeconds ?? 3600) * 1000);
    this.timeoutMs = opts.timeoutMs ?? 5000;
    this.now = opts.now ?? Date.now;
    // Bounded in number; their age is judged by `now` against `confirmedAt`.
    this.known = new LRUCache({ max: 50_000 });
  }

  /** The worker a partner acts for; `clientIp` is what the rate limit charges when the caller has no key. */
  async resolve(principal: Principal, externalId: string, clientIp = ''): Promise<string> {
    if (principal.role !== 'partner' || !principal.platform) {
      throw badUserInput('X-Acting-Worker is for partner keys only', undefined, 'X-Acting-Worker仅供合作平台的密钥使用');
    }
    const account = externalId.trim();
    if (!account || account.length > 64) throw badUserInput('X-Acting-Worker must be an account id of 1 to 64 characters', undefined, 'X-Acting-Worker须为1至64个字符的账号');
    const key = `${principal.platform}\u0000${account}`;
    const known = this.usable(key);
    if (known) {
      const age = this.now() - known.confirmedAt;
      if (age < this.freshMs) return known.workerId;
      if (known.links !== undefined && age < this.staleMs && this.opts.links?.isCurrent(known.links)) return known.workerId;
    }

    await this.opts.charge?.(principal, clientIp, LOOKUP_COST);
    let workerId: string | null;
    try {
      workerId = await this.lookUp(key, principal, account);
    } catch (err) {
      if (err instanceof GraphQLError) throw err;
      const last = this.usable(key);
      if (last && this.now() - last.confirmedAt < this.staleMs) {
        this.opts.log?.warn({ err, platform: principal.platform, confirmedAt: new Date(last.confirmedAt) }, 'union subgraph unavailable: acting worker served as last confirmed');
        return last.workerId;
      }
      this.opts.log?.error({ err, platform: principal.platform }, 'union subgraph unavailable: acting worker unknown');
      throw serviceUnavailable(unavailableMessage('union'), { service: 'union' }, unavailableMessageZh('union'));
    }
    if (!workerId) throw forbidden(`no worker holds account "${account}" on platform ${principal.platform}`, `平台${principal.platform}上没有劳动者持有账号"${account}"`);
    return workerId;
  }

  /** Forgets every account mapped to a worker (an account closed through this gateway). */
  forgetWorker(workerId: string): void {
    for (const [key, known] of this.known.entries()) if (known.workerId === workerId) this.known.delete(key);
  }

  /**
   * The mapping kept for `key`, unless the union's `links` version has moved since it was read:
   * then it is forgotten, and neither served fresh nor as a stand-in while the union is away.
   */
  private usable(key: string): Known | undefined {
    const known = this.known.get(key);
    if (!known) return undefined;
    const links = this.opts.links?.version();
    if (links !== undefined && known.links !== links) {
      this.known.delete(key);
      return undefined;
    }
    return known;
  }

  /** The look-up in flight for `key`, or a new one; what it finds is kept, what it misses forgotten. */
  private lookUp(key: string, principal: Principal, account: string): Promise<string | null> {
    let pending = this.inFlight.get(key);
    if (!pending) {
      // Read before asking: a change made while the answer travels leaves the mapping stamped
      // with the older version, so the next request asks again.
      const links = this.opts.links?.version();
      pending = this.ask(principal, account).then(
        (workerId) => {
          this.inFlight.delete(key);
          if (workerId) this.known.set(key, { workerId, confirmedAt: this.now(), links });
          else this.known.delete(key);
          return workerId;
        },
        (err: unknown) => {
          this.inFlight.delete(key);
          throw err;
        },
      );
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  /**
   * Asks the union subgraph. Resolves to the worker id, or null when no worker holds the
   * account; rejects with the subgraph's refusal (a GraphQLError), or with any other error when
   * the subgraph could not answer.
   */
  private async ask(principal: Principal, account: string): Promise<string | null> {
    const request = JSON.stringify({ query: LOOKUP, variables: { platform: principal.platform, externalId: account } });
    const res = await fetch(this.unionUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: signPrincipal(principal, this.signer, { audience: 'union', body: request }) },
      body: request,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await res.text();
    let body: { data?: { workerByPlatformAccount?: { id: string } | null } | null; errors?: { message?: string; extensions?: { code?: unknown } }[] };
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`union subgraph answered HTTP ${res.status} without JSON`);
    }
    const refusal = body.errors?.find((e) => REFUSALS.has(e.extensions?.code));
    if (refusal) {
      // The subgraph's Chinese text, if it sent one, goes on with the refusal.
      const zh = (refusal.extensions as Record<string, unknown>)[LOCALIZED_EXTENSION];
      throw new GraphQLError(refusal.message ?? 'the acting worker look-up was refused', {
        extensions: { code: refusal.extensions!.code, ...(zh ? { [LOCALIZED_EXTENSION]: zh } : {}) },
      });
    }
    if (body.errors?.length || !body.data || body.data.workerByPlatformAccount === undefined) {
      throw new Error(`union subgraph could not resolve the acting worker: HTTP ${res.status} ${JSON.stringify(body.errors ?? null)}`);
    }
    return body.data.workerByPlatformAccount?.id ?? null;
  }
}
