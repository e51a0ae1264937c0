import { LRUCache } from 'lru-cache';
import { PRINCIPAL_HEADER, badUserInput, forbidden, signPrincipal, type Principal } from '@nef/kit';

export const ACTING_WORKER_HEADER = 'x-acting-worker';

const LOOKUP = `query ActingWorker($platform: ID!, $externalId: String!) { workerByPlatformAccount(platform: $platform, externalId: $externalId) { id } }`;

/**
 * Resolves `X-Acting-Worker` (the worker's account id on the partner's platform) to the
 * worker id, by asking the union subgraph with the partner's own principal. Found workers are
 * cached briefly; misses are not, so a worker registered a moment ago can be acted for at once.
 */
export class ActingWorkerResolver {
  private readonly cache: LRUCache<string, string>;

  constructor(
    private readonly unionUrl: () => string,
    private readonly secret: string,
    ttlSeconds: number,
  ) {
    this.cache = new LRUCache({ max: 50_000, ttl: Math.max(1, ttlSeconds) * 1000 });
  }

  async resolve(principal: Principal, externalId: string): Promise<string> {
    if (principal.role !== 'partner' || !principal.platform) {
      throw badUserInput('X-Acting-Worker is for partner keys only');
    }
    const account = externalId.trim();
    if (!account || account.length > 64) throw badUserInput('X-Acting-Worker must be an account id of 1 to 64 characters');
    const cacheKey = `${principal.platform}\u0000${account}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const res = await fetch(this.unionUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PRINCIPAL_HEADER]: signPrincipal(principal, this.secret) },
      body: JSON.stringify({ query: LOOKUP, variables: { platform: principal.platform, externalId: account } }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await res.json()) as { data?: { workerByPlatformAccount: { id: string } | null }; errors?: unknown[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`union subgraph could not resolve the acting worker: ${JSON.stringify(body.errors)}`);
    }
    const worker = body.data.workerByPlatformAccount;
    if (!worker) throw forbidden(`no worker holds account "${account}" on platform ${principal.platform}`);
    this.cache.set(cacheKey, worker.id);
    return worker.id;
  }
}
