import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Env, createLogger, nameId } from '@nef/kit';
import { TEST_PRINCIPAL_ENV } from '@nef/kit/testing';
import { startStack, until, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';
import { loadConfig } from '../../gateway/src/config';
import { buildGateway, type Gateway } from '../../gateway/src/server';

/**
 * Gateway processes sharing one Redis: one of them polls the subgraphs' data versions for all,
 * and a write through one of them reaches the others' kept answers at once.
 */

const SERVICES = ['stations', 'union', 'training', 'governance'] as const;
const WANGJING = nameId('demo:station:cy-wangjing');
const READ = `query($id: ID!) { station(id: $id) { name capacity } }`;
const log = createLogger('gateway', 'silent');

/** Forwards HTTP to a subgraph, counting the /versions polls that pass through. */
async function countingProxy(target: string): Promise<{ url: string; polls: () => number; close(): Promise<void> }> {
  const upstream = new URL(target);
  let polls = 0;
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/versions')) polls += 1;
    const out = http.request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    polls: () => polls,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function send(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { cache: res.headers.get('x-nef-cache'), body: (await res.json()) as { data?: any; errors?: unknown[] } };
}

const redisUrl = process.env.TEST_REDIS_URL;
// CI sets TEST_REDIS_URL; without a Redis server there is nothing to test this against.
if (!redisUrl) console.warn('TEST_REDIS_URL is not set: skipping the data versions shared through Redis');

(redisUrl ? describe : describe.skip)('data versions shared by gateway processes through Redis', () => {
  let stack: Stack;
  const proxies: Awaited<ReturnType<typeof countingProxy>>[][] = [];
  const gateways: { gateway: Gateway; url: string; polls: () => number; stopped?: boolean }[] = [];
  const prefix = `nef:test:versions:${randomBytes(4).toString('hex')}:`;

  beforeAll(async () => {
    stack = await startStack();
    for (let i = 0; i < 2; i++) {
      // Each gateway reaches the subgraphs through its own proxies: whose polls they are is known.
      const own = await Promise.all(SERVICES.map((name) => countingProxy(stack.subgraphUrls[name])));
      proxies.push(own);
      const urls = Object.fromEntries(SERVICES.map((name, j) => [`${name.toUpperCase()}_URL`, own[j]!.url]));
      const config = loadConfig(new Env({ ...TEST_PRINCIPAL_ENV.gateway, PLAYGROUND: 'false', DASHBOARD: 'false', RATE_LIMIT_PER_MINUTE: '0', ...urls }));
      const gateway = await buildGateway(config, log, undefined, { redisUrl, redisVersionsPrefix: prefix });
      gateways.push({ gateway, url: await gateway.listen(0, '127.0.0.1'), polls: () => own.reduce((n, p) => n + p.polls(), 0) });
    }
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all(gateways.filter((g) => !g.stopped).map((g) => g.gateway.stop(0)));
    await Promise.all(proxies.flat().map((p) => p.close()));
    await stack?.stop();
  });

  it('has one gateway poll the subgraphs for both', async () => {
    const start = gateways.map((g) => g.polls());
    // Three rounds of the poller: four subgraphs each.
    await until(() => gateways.some((g, i) => g.polls() - start[i]! >= 12), 10_000, () => `polls: ${gateways.map((g) => g.polls()).join(', ')}`);
    const counts = gateways.map((g, i) => g.polls() - start[i]!);
    console.log(`/versions polls while one gateway polled three rounds: ${counts.join(' and ')}`);
    expect(counts.filter((n) => n === 0)).toHaveLength(1);
  });

  it('makes the other gateway drop its kept answer within a second of a write through one', async () => {
    // B is the one that does not poll: it hears of the write only through Redis.
    const polled = gateways.map((g) => g.polls());
    await until(() => gateways.some((g, i) => g.polls() > polled[i]!), 10_000, () => 'no gateway polls');
    const [a, b] = gateways[0]!.polls() > polled[0]! ? [gateways[0]!, gateways[1]!] : [gateways[1]!, gateways[0]!];
    await until(async () => (await send(b.url, READ, { id: WANGJING })).cache === 'hit', 10_000, () => 'the answer is not kept at gateway B');
    const kept = await send(b.url, READ, { id: WANGJING });
    expect(kept.cache).toBe('hit');
    const capacity = Number(kept.body.data.station.capacity) + 1;

    const written = await send(a.url, `mutation($id: ID!, $c: Int!) { updateStation(id: $id, input: { capacity: $c }) { capacity } }`, { id: WANGJING, c: capacity }, { authorization: 'Bearer demo-stations-operator' });
    expect(written.body.errors).toBeUndefined();
    const wroteAt = performance.now();
    let seen: unknown;
    await until(async () => (seen = (await send(b.url, READ, { id: WANGJING })).body.data.station.capacity) === capacity, 5_000, () => `capacity at B still ${String(seen)}`);
    const ms = performance.now() - wroteAt;
    console.log(`gateway B answered the new capacity ${ms.toFixed(0)} ms after the write through gateway A`);
    expect(ms).toBeLessThan(1_000);
  });

  it('has the other gateway take over the polling when the one polling stops', async () => {
    const polled = gateways.map((g) => g.polls());
    await until(() => gateways.some((g, i) => g.polls() > polled[i]!), 10_000, () => 'no gateway polls');
    const leader = gateways.find((g, i) => g.polls() > polled[i]!)!;
    const other = gateways.find((g) => g !== leader)!;
    const before = other.polls();
    expect(before - polled[gateways.indexOf(other)]!).toBe(0);
    leader.stopped = true;
    const stoppedAt = performance.now();
    await leader.gateway.stop(0);
    // A stopping gateway gives its lease up: the other takes it at its next round, within the
    // 3 s after which a subgraph not heard of makes kept answers stale.
    await until(() => other.polls() > before, 10_000, () => 'the other gateway does not poll');
    const ms = performance.now() - stoppedAt;
    console.log(`the other gateway polled ${ms.toFixed(0)} ms after the polling one stopped`);
    expect(ms).toBeLessThan(3_000);
  });
});
