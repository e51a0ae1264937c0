import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DOMAINS, createLogger, type Domain } from '@nef/kit';
import { scaled, until } from '@nef/kit/testing';
import { SubgraphHealth } from '../src/health';

/** A stand-in subgraph whose /readyz answers as `mode` says, counting the checks it gets. */
interface FakeSubgraph {
  url: string;
  checks: number;
  mode: 'ready' | 'unavailable' | 'silent';
  close(): Promise<void>;
}

async function fakeSubgraph(): Promise<FakeSubgraph> {
  const fake = { checks: 0, mode: 'ready' } as FakeSubgraph;
  const server = http.createServer((req, res) => {
    if (req.url !== '/readyz') return void res.writeHead(404).end();
    fake.checks += 1;
    if (fake.mode === 'silent') return; // never answers
    res.writeHead(fake.mode === 'ready' ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: fake.mode }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  fake.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

describe("the gateway's view of its subgraphs' readiness", () => {
  let fakes: Record<Domain, FakeSubgraph>;
  let health: SubgraphHealth | undefined;
  const log = createLogger('gateway');
  const start = (opts: { intervalMs: number; timeoutMs: number }) => (health = new SubgraphHealth((name) => fakes[name].url, DOMAINS, log, opts));
  const checks = () => DOMAINS.map((name) => fakes[name].checks);

  beforeEach(async () => {
    fakes = Object.fromEntries(await Promise.all(DOMAINS.map(async (name) => [name, await fakeSubgraph()]))) as Record<Domain, FakeSubgraph>;
  });
  afterEach(async () => {
    health?.stop();
    await Promise.all(DOMAINS.map((name) => fakes[name].close()));
  });

  it('answers any number of probes from the latest round: one check of each subgraph, not one per probe', async () => {
    const h = start({ intervalMs: 60_000, timeoutMs: 2_000 });
    expect(checks()).toEqual([0, 0, 0, 0]);
    expect(await h.readiness()).toEqual({ status: 'ready', subgraphs: { stations: 'ready', union: 'ready', training: 'ready', governance: 'ready' } });
    const answers = await Promise.all(Array.from({ length: 100 }, () => h.readiness()));
    expect(new Set(answers.map((a) => a.status))).toEqual(new Set(['ready']));
    expect(checks()).toEqual([1, 1, 1, 1]);
  });

  it('counts a subgraph that answers 503, or nothing within the bound, as unavailable: degraded while others serve, unavailable when none does', async () => {
    fakes.training.mode = 'unavailable';
    fakes.union.mode = 'silent';
    // The bound must leave the answering stand-ins time to answer on a loaded machine.
    const h = start({ intervalMs: 60_000, timeoutMs: scaled(1_000) });
    expect(await h.readiness()).toEqual({
      status: 'degraded',
      subgraphs: { stations: 'ready', union: 'unavailable', training: 'unavailable', governance: 'ready' },
    });
    h.stop();
    for (const name of DOMAINS) fakes[name].mode = 'unavailable';
    expect((await start({ intervalMs: 60_000, timeoutMs: 200 }).readiness()).status).toBe('unavailable');
  });

  it('follows a subgraph going away and coming back, round after round', async () => {
    const h = start({ intervalMs: 20, timeoutMs: scaled(1_000) });
    expect((await h.readiness()).status).toBe('ready');
    fakes.governance.mode = 'unavailable';
    await until(async () => (await h.readiness()).status === 'degraded');
    expect((await h.readiness()).subgraphs).toMatchObject({ governance: 'unavailable', stations: 'ready' });
    fakes.governance.mode = 'ready';
    await until(async () => (await h.readiness()).status === 'ready');
  });
});
