import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { hashKey } from '../../gateway/src/keys';
import { startStack, until, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

/** One POST on a connection of its own, so that the cluster hands it to any of its workers. */
function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The gateway's worker processes (pgrep exits 1 when it finds none yet). */
const workersOf = (pid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
};


describe('the gateway as one process per core (GATEWAY_WORKERS=2)', () => {
  let stack: Stack;
  let dir: string;
  let keysFile: string;
  const keyEntry = (id: string, key: string) => ({ id, sha256: hashKey(key), role: 'dashboard' });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-cluster-'));
    keysFile = path.join(dir, 'keys.json');
    fs.writeFileSync(keysFile, JSON.stringify([keyEntry('first', 'first-key')]));
    stack = await startStack({
      GATEWAY_WORKERS: '2',
      API_KEYS_FILE: keysFile,
      // 40 operations of cost 1 per caller, refilled too slowly to matter during the test.
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1',
      RATE_LIMIT_ANONYMOUS_BURST: '40',
    });
    // Workers on a loaded machine (the suite runs files in parallel) can take a while to start.
    await until(() => workersOf(stack.pid('gateway')).length === 2, 60_000, () => `workers seen: ${workersOf(stack.pid('gateway')).join(', ') || 'none'}`);
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs two workers, and new connections reach both', async () => {
    // CPU time (utime + stime, in clock ticks) each worker has used so far.
    const cpu = (pid: number) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0);
    const workers = workersOf(stack.pid('gateway'));
    expect(workers).toHaveLength(2);
    const before = workers.map(cpu);
    for (let i = 0; i < 10; i++) {
      await Promise.all(Array.from({ length: 20 }, () => post(stack.gatewayUrl, '{"query":"{ __typename }"}', { authorization: 'Bearer first-key' })));
    }
    const after = workers.map(cpu);
    expect(after[0]!).toBeGreaterThan(before[0]!);
    expect(after[1]!).toBeGreaterThan(before[1]!);
  });

  it('shares one rate-limit bucket between the workers: 80 operations on fresh connections, exactly 40 allowed', async () => {
    const results = await Promise.all(Array.from({ length: 80 }, () => post(stack.gatewayUrl, '{"query":"{ __typename }"}')));
    const allowed = results.filter((r) => r.status === 200).length;
    const refused = results.filter((r) => r.status === 429);
    // 40 in the bucket, and at most one more refilled while the test runs.
    expect(allowed).toBeGreaterThanOrEqual(40);
    expect(allowed).toBeLessThanOrEqual(41);
    expect(refused.length).toBe(80 - allowed);
    expect(JSON.parse(refused[0]!.body).errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('sums the request counts of every worker in /metrics', async () => {
    const count = async () => {
      const text = await (await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/metrics'))).text();
      return Number(/^graphql_requests_total\{service="gateway"\} (\d+)/m.exec(text)?.[1] ?? NaN);
    };
    const before = await count();
    await Promise.all(Array.from({ length: 10 }, () => post(stack.gatewayUrl, '{"query":"{ __typename }"}', { authorization: 'Bearer first-key' })));
    expect(await count()).toBe(before + 10);
  });

  it('reloads the API keys in every worker on SIGHUP', async () => {
    const statuses = async (key: string) =>
      (await Promise.all(Array.from({ length: 12 }, () => post(stack.gatewayUrl, '{"query":"{ __typename }"}', { authorization: `Bearer ${key}` })))).map((r) => r.status);
    expect(new Set(await statuses('second-key'))).toEqual(new Set([401]));
    fs.writeFileSync(keysFile, JSON.stringify([keyEntry('second', 'second-key')]));
    stack.signal('gateway', 'SIGHUP');
    await until(async () => (await statuses('second-key')).every((s) => s === 200));
    expect(new Set(await statuses('first-key'))).toEqual(new Set([401]));
  });

  it('replaces a worker that dies, and keeps serving meanwhile', async () => {
    const [victim, other] = workersOf(stack.pid('gateway'));
    process.kill(victim!, 'SIGKILL');
    await until(() => {
      const now = workersOf(stack.pid('gateway'));
      return now.length === 2 && !now.includes(victim!) && now.includes(other!);
    });
    await until(async () => (await post(stack.gatewayUrl, '{"query":"{ __typename }"}', { authorization: 'Bearer second-key' })).status === 200);
  });
});
