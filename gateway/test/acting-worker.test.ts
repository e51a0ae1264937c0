import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Env, PRINCIPAL_HEADER, createLogger, verifyPrincipal, type Principal } from '@nef/kit';
import { TEST_PRINCIPAL_ENV, TEST_PRINCIPAL_KEYS, TEST_TRUSTED_KEYS, errorCodesOf, until } from '@nef/kit/testing';
import { ActingWorkerResolver } from '../src/acting-worker';
import { loadConfig } from '../src/config';
import { MemoryBucketStore, type Bucket, type BucketStore, type Take } from '../src/ratelimit/store';
import { buildGateway, type Gateway } from '../src/server';

/**
 * X-Acting-Worker: one look-up at the union subgraph per account however many requests need it
 * at once, each of them charged to its caller's rate limit, and answers that survive the union
 * subgraph going down for the accounts it confirmed recently.
 */

const log = createLogger('gateway', 'silent');

/**
 * Stands in for the union subgraph: answers the acting-worker look-up from `accounts`, counts
 * the look-ups it receives, and can hold its answers, fail, or go away.
 */
class FakeUnion {
  /** (platform, account) -> worker id */
  readonly accounts = new Map<string, string>();
  lookups = 0;
  /** What the next look-ups get: an answer, a GraphQL error with HTTP 500, or no answer until released. */
  mode: 'answer' | 'fail' | 'hold' = 'answer';
  private held: (() => void)[] = [];
  private server!: http.Server;
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
    return this;
  }

  link(platform: string, account: string, workerId: string) {
    this.accounts.set(`${platform}/${account}`, workerId);
  }

  release() {
    this.mode = 'answer';
    for (const go of this.held.splice(0)) go();
  }

  /** Refuses connections from now on, as a stopped process does. */
  async stop() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = raw ? (JSON.parse(raw) as { query?: string; variables?: { platform: string; externalId: string } }) : {};
    // The gateway's health and version checks come here too; only look-ups are counted.
    if (!body.query?.includes('workerByPlatformAccount')) {
      res.writeHead(404).end();
      return;
    }
    this.lookups += 1;
    const verified = verifyPrincipal(String(req.headers[PRINCIPAL_HEADER.toLowerCase()]), TEST_TRUSTED_KEYS, { audience: 'union', body: raw });
    const principal = verified.ok ? verified.principal : undefined;
    if (this.mode === 'hold') await new Promise<void>((go) => this.held.push(go));
    if (this.mode === 'fail') {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
      return;
    }
    const { platform, externalId } = body.variables!;
    const workerId = principal?.platform === platform ? this.accounts.get(`${platform}/${externalId}`) : undefined;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: { workerByPlatformAccount: workerId ? { id: workerId } : null } }));
  }
}

/** Counts the rate limit's takes, to know when every request has been charged. */
class CountingStore implements BucketStore {
  takes = 0;
  private readonly inner = new MemoryBucketStore();
  take(key: string, cost: number, bucket: Bucket): Promise<Take> {
    this.takes += 1;
    return this.inner.take(key, cost, bucket);
  }
  close() {
    return this.inner.close();
  }
}

async function gatewayOn(union: FakeUnion, vars: Record<string, string> = {}, store: BucketStore = new MemoryBucketStore()) {
  const urls = { UNION_URL: union.url, STATIONS_URL: union.url, TRAINING_URL: union.url, GOVERNANCE_URL: union.url };
  const gateway = await buildGateway(loadConfig(new Env({ ...TEST_PRINCIPAL_ENV.gateway, PLAYGROUND: 'false', DASHBOARD: 'false', ...urls, ...vars })), log, store);
  return { gateway, url: await gateway.listen(0, '127.0.0.1') };
}

interface Answer {
  status: number;
  retryAfter: string | null;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** An operation the gateway answers by itself: what is checked is everything before it runs. */
async function ask(url: string, key: string, actingFor?: string): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...(actingFor ? { 'x-acting-worker': actingFor } : {}) },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as Answer['body'] };
}
const codesOf = (a: Answer) => (a.body.errors ?? []).map((e) => e.extensions?.code);

describe('acting worker look-ups through the gateway', () => {
  const union = new FakeUnion();
  const store = new CountingStore();
  let gateway: Gateway;
  let url: string;
  beforeAll(async () => {
    await union.start();
    ({ gateway, url } = await gatewayOn(union, {}, store));
  });
  afterAll(async () => {
    await gateway?.stop();
    await union.stop();
  });

  it('makes one look-up for 100 concurrent requests acting for an account not yet known', async () => {
    union.link('MEITUAN', 'mt-100', 'worker-100');
    union.mode = 'hold';
    const before = { lookups: union.lookups, takes: store.takes };
    const answers = Promise.all(Array.from({ length: 100 }, () => ask(url, 'demo-meituan', 'mt-100')));
    // Every request has been charged for the look-up it needs, and waits for it.
    await until(() => store.takes - before.takes >= 100, 15_000, () => `${store.takes - before.takes} charged`);
    union.release();
    const all = await answers;
    expect(all.map((a) => [a.status, codesOf(a)])).toEqual(all.map(() => [200, []]));
    expect(union.lookups - before.lookups).toBe(1);
    // Known now: the next request asks no one.
    expect((await ask(url, 'demo-meituan', 'mt-100')).status).toBe(200);
    expect(union.lookups - before.lookups).toBe(1);
  });

  it('does not share a failed look-up with the requests after it', async () => {
    union.link('MEITUAN', 'mt-101', 'worker-101');
    union.mode = 'fail';
    const before = union.lookups;
    const failed = await ask(url, 'demo-meituan', 'mt-101');
    expect([failed.status, codesOf(failed)]).toEqual([503, ['SERVICE_UNAVAILABLE']]);
    union.mode = 'answer';
    const next = await ask(url, 'demo-meituan', 'mt-101');
    expect([next.status, codesOf(next)]).toEqual([200, []]);
    expect(union.lookups - before).toBe(2);
  });

  it('keeps each platform to its own accounts', async () => {
    union.link('MEITUAN', 'mt-102', 'worker-102');
    const other = await ask(url, 'demo-eleme', 'mt-102');
    expect([other.status, codesOf(other)]).toEqual([403, ['FORBIDDEN']]);
  });
});

describe('when the union subgraph cannot answer', () => {
  const union = new FakeUnion();
  let gateway: Gateway;
  let url: string;
  beforeAll(async () => {
    await union.start();
    // No fresh period: every request asks, so what is served while the union is down is the fallback.
    ({ gateway, url } = await gatewayOn(union, { ACTING_WORKER_CACHE_SECONDS: '0' }));
  });
  afterAll(() => gateway?.stop());

  it('still serves an account confirmed recently, and answers an unknown one SERVICE_UNAVAILABLE with 503', async () => {
    union.link('MEITUAN', 'mt-200', 'worker-200');
    expect((await ask(url, 'demo-meituan', 'mt-200')).status).toBe(200);
    await union.stop();

    const known = await ask(url, 'demo-meituan', 'mt-200');
    expect([known.status, known.body.errors ?? []]).toEqual([200, []]);

    const unknown = await ask(url, 'demo-meituan', 'mt-201');
    expect(unknown.status).toBe(503);
    expect(unknown.retryAfter).not.toBeNull();
    expect(unknown.body.errors).toEqual([
      { message: expect.stringContaining('union'), extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'union' } },
    ]);
  });
});

describe('the rate limit', () => {
  const union = new FakeUnion();
  let gateway: Gateway;
  let url: string;
  beforeAll(async () => {
    await union.start();
    // Four points per key, refilled at one a minute: none come back during the test.
    ({ gateway, url } = await gatewayOn(union, { RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '4' }));
  });
  afterAll(async () => {
    await gateway?.stop();
    await union.stop();
  });

  it('charges each request that needs a look-up, on top of the operation', async () => {
    // Without look-ups a key's four points pay for four operations ...
    const plain = [];
    for (let i = 0; i < 5; i++) plain.push((await ask(url, 'demo-eleme')).status);
    expect(plain).toEqual([200, 200, 200, 200, 429]);
    // ... with a look-up each, for two.
    for (let i = 0; i < 3; i++) union.link('MEITUAN', `mt-30${i}`, `worker-30${i}`);
    const acting = [];
    for (let i = 0; i < 3; i++) acting.push((await ask(url, 'demo-meituan', `mt-30${i}`)).status);
    expect(acting).toEqual([200, 200, 429]);
  });

  it('refuses a caller over its limit with RATE_LIMITED before any look-up', async () => {
    for (let i = 0; i < 4; i++) expect((await ask(url, 'demo-sf')).status).toBe(200);
    union.link('SF_EXPRESS', 'sf-400', 'worker-400');
    const before = union.lookups;
    const refused = await ask(url, 'demo-sf', 'sf-400');
    expect([refused.status, codesOf(refused)]).toEqual([429, ['RATE_LIMITED']]);
    expect(union.lookups).toBe(before);
  });
});

describe('ActingWorkerResolver', () => {
  const union = new FakeUnion();
  const partner: Principal = { role: 'partner', keyId: 'k-mt', platform: 'MEITUAN' };
  let now = Date.parse('2026-11-20T08:00:00Z');
  const resolver = (opts: { timeoutMs?: number } = {}) =>
    new ActingWorkerResolver(() => union.url, TEST_PRINCIPAL_KEYS.signer, 30, { staleSeconds: 3600, now: () => now, ...opts });
  const codeOf = async (p: Promise<unknown>) => {
    try {
      await p;
      return [];
    } catch (err) {
      return errorCodesOf(() => {
        throw err;
      });
    }
  };
  beforeAll(() => union.start());
  afterAll(() => union.stop());
  afterEach(() => union.release());

  it('asks again once a mapping is older than the fresh period', async () => {
    const r = resolver();
    union.link('MEITUAN', 'mt-500', 'worker-500');
    const before = union.lookups;
    expect(await r.resolve(partner, 'mt-500')).toBe('worker-500');
    now += 29_000;
    expect(await r.resolve(partner, ' mt-500 ')).toBe('worker-500');
    expect(union.lookups - before).toBe(1);
    now += 2_000;
    expect(await r.resolve(partner, 'mt-500')).toBe('worker-500');
    expect(union.lookups - before).toBe(2);
  });

  it('serves a mapping confirmed within the hour while the union fails, and not after', async () => {
    const r = resolver();
    union.link('MEITUAN', 'mt-501', 'worker-501');
    expect(await r.resolve(partner, 'mt-501')).toBe('worker-501');
    union.mode = 'fail';
    now += 59 * 60_000;
    expect(await r.resolve(partner, 'mt-501')).toBe('worker-501');
    now += 2 * 60_000;
    expect(await codeOf(r.resolve(partner, 'mt-501'))).toEqual(['SERVICE_UNAVAILABLE']);
    // Confirmed again once the union answers: the hour starts over.
    union.mode = 'answer';
    expect(await r.resolve(partner, 'mt-501')).toBe('worker-501');
  });

  it('counts a union too slow to answer as unable to', async () => {
    const r = resolver({ timeoutMs: 200 });
    union.link('MEITUAN', 'mt-502', 'worker-502');
    union.mode = 'hold';
    expect(await codeOf(r.resolve(partner, 'mt-502'))).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('forgets an account the union no longer links, even while it later fails', async () => {
    const r = resolver();
    union.link('MEITUAN', 'mt-503', 'worker-503');
    expect(await r.resolve(partner, 'mt-503')).toBe('worker-503');
    union.accounts.delete('MEITUAN/mt-503');
    now += 31_000;
    expect(await codeOf(r.resolve(partner, 'mt-503'))).toEqual(['FORBIDDEN']);
    union.mode = 'fail';
    expect(await codeOf(r.resolve(partner, 'mt-503'))).toEqual(['SERVICE_UNAVAILABLE']);
  });

  it('charges before it asks, and asks nothing when the charge is refused', async () => {
    const charged: number[] = [];
    const r = new ActingWorkerResolver(() => union.url, TEST_PRINCIPAL_KEYS.signer, 30, {
      now: () => now,
      charge: async (_p, _ip, cost) => {
        charged.push(cost);
        if (charged.length > 1) throw new Error('over the limit');
      },
    });
    union.link('MEITUAN', 'mt-504', 'worker-504');
    union.link('MEITUAN', 'mt-505', 'worker-505');
    const before = union.lookups;
    expect(await r.resolve(partner, 'mt-504')).toBe('worker-504');
    expect(await r.resolve(partner, 'mt-504')).toBe('worker-504');
    await expect(r.resolve(partner, 'mt-505')).rejects.toThrow('over the limit');
    expect(charged).toEqual([1, 1]);
    expect(union.lookups - before).toBe(1);
  });

  describe('with the union’s links version', () => {
    let links: number | undefined;
    let current = true;
    const versioned = () =>
      new ActingWorkerResolver(() => union.url, TEST_PRINCIPAL_KEYS.signer, 30, {
        staleSeconds: 3600,
        now: () => now,
        links: { version: () => links, isCurrent: (v) => current && v === links },
      });
    beforeEach(() => {
      links = 7;
      current = true;
    });

    it('keeps a mapping past the fresh period while the version it was read at stays current', async () => {
      const r = versioned();
      union.link('MEITUAN', 'mt-600', 'worker-600');
      const before = union.lookups;
      expect(await r.resolve(partner, 'mt-600')).toBe('worker-600');
      now += 50 * 60_000;
      expect(await r.resolve(partner, 'mt-600')).toBe('worker-600');
      expect(union.lookups - before).toBe(1);
      // Not heard from the union lately: the version cannot vouch for it, so it asks.
      current = false;
      expect(await r.resolve(partner, 'mt-600')).toBe('worker-600');
      expect(union.lookups - before).toBe(2);
    });

    it('drops a mapping at once when the version moves, even within the fresh period, and never serves it stale', async () => {
      const r = versioned();
      union.link('MEITUAN', 'mt-601', 'worker-601');
      expect(await r.resolve(partner, 'mt-601')).toBe('worker-601');
      // The worker withdraws MEITUAN's consent: the account is unlinked and the version moves.
      union.accounts.delete('MEITUAN/mt-601');
      links = 8;
      now += 1_000;
      expect(await codeOf(r.resolve(partner, 'mt-601'))).toEqual(['FORBIDDEN']);
      // A union that then fails does not bring the old mapping back.
      union.link('MEITUAN', 'mt-602', 'worker-602');
      expect(await r.resolve(partner, 'mt-602')).toBe('worker-602');
      links = 9;
      union.mode = 'fail';
      expect(await codeOf(r.resolve(partner, 'mt-602'))).toEqual(['SERVICE_UNAVAILABLE']);
    });
  });
});
