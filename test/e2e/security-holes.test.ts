import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nameId } from '@nef/kit';
import { DATASET_TIMEOUT_MS, generateDataset, startStack, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

/**
 * The holes a probe of a production-mode stack found, each closed: cost with variable defaults,
 * deeply nested bodies, the GeoJSON export, suggestions in variable errors, directive
 * overloading, a public /metrics and unchecked request ids.
 */

const METRICS_TOKEN = 'metrics-scraper-token-0123456789';
const WANG_QIANG = nameId('demo:worker:wang-qiang');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** RATE_LIMIT_PER_MINUTE for this stack: small enough that what a request is charged shows. */
const PER_MINUTE = 600;

interface Reply {
  status: number;
  headers: Headers;
  body: any;
  ms: number;
}

const keyHash = (key: string) => createHash('sha256').update(key).digest('hex');

describe('the holes found in production mode, closed', () => {
  let stack: Stack;
  let dir: string;
  let base: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-holes-'));
    const keys = path.join(dir, 'keys.json');
    // One key per test, so each starts from a full rate-limit bucket.
    const ids = ['admin', 'cost', 'body', 'geo', 'audit'];
    fs.writeFileSync(keys, JSON.stringify(ids.map((id) => ({ id: `prod-${id}`, sha256: keyHash(`prod-${id}-key`), role: 'admin' }))));
    stack = await startStack({
      NODE_ENV: 'production',
      API_KEYS_FILE: keys,
      PHONE_ENCRYPTION_KEY: 'ab'.repeat(32),
      METRICS_TOKEN,
      RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
      GATEWAY_WORKERS: '1',
    });
    base = stack.gatewayUrl.replace(/\/graphql$/, '');
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
    const started = performance.now();
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, headers: res.headers, body: parsed, ms: performance.now() - started };
  };
  const as = (key: string) => ({ authorization: `Bearer prod-${key}-key` });
  const messages = (r: Reply): string => (r.body?.errors ?? []).map((e: any) => e.message).join('\n');

  describe('cost with variable defaults', () => {
    it('counts an omitted variable at its default, and charges the rate limit that figure', async () => {
      const r = await post({ query: 'query($n: Int = 100) { stations(first: $n) { edges { node { id } } } }' }, as('cost'));
      expect(r.status).toBe(200);
      expect(r.body.extensions.cost.requested).toBe(1 + 100 + 100);
      expect(Number(r.headers.get('ratelimit-remaining'))).toBe(PER_MINUTE - 201);
    });

    it('refuses a query whose pages only multiply past the limit through defaults', async () => {
      const pages = Array.from({ length: 25 }, (_, i) => `p${i}: stations(first: $n) { edges { node { id } } }`).join(' ');
      const r = await post({ query: `query($n: Int = 100) { ${pages} }` }, as('admin'));
      // Counted at 10 per page, this was 25 × 21 = 525 and ran; it is 25 × 201 = 5,025.
      expect(r.status).toBe(400);
      expect(r.body.errors[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'cost', max: 5000 });
    });
  });

  describe('request bodies', () => {
    it('refuses 900 kB of nested brackets before parsing them, with 400 BAD_REQUEST, and charges the refusal', async () => {
      const r = await post('['.repeat(900_000), as('body'));
      expect(r.status).toBe(400);
      expect(r.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
      process.stdout.write(`900 kB of nested [ refused at the gateway in ${r.ms.toFixed(0)} ms (was 0.8 s and a 500)\n`);
      const next = await post({ query: '{ __typename }' }, as('body'));
      // 100 for the refused body, 1 for this query; the bucket refills 10 a second meanwhile.
      expect(Number(next.headers.get('ratelimit-remaining'))).toBeLessThanOrEqual(PER_MINUTE - 101 + 20);
    });

    it('still refuses a body over the size limit with 413', async () => {
      const r = await post(JSON.stringify({ query: `{ __typename } #${'x'.repeat(1_100_000)}` }), as('admin'));
      expect(r.status).toBe(413);
    });
  });

  describe('/stations.geojson', () => {
    const geojson = (headers: Record<string, string> = {}) => fetch(`${base}/stations.geojson`, { headers });

    it('needs an API key in production', async () => {
      const res = await geojson();
      expect(res.status).toBe(401);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await geojson({ authorization: 'Bearer demo-admin' })).status).toBe(401);
    });

    it('is charged by its size, and answers 304 to its ETag', async () => {
      const res = await geojson(as('geo'));
      expect(res.status).toBe(200);
      const layer: any = await res.json();
      const count = Number(res.headers.get('x-feature-count'));
      expect(layer.features).toHaveLength(count);
      expect(count).toBeGreaterThan(0);
      expect(Number(res.headers.get('ratelimit-remaining'))).toBe(PER_MINUTE - Math.ceil(count / 10));
      const etag = res.headers.get('etag')!;
      expect(etag).toMatch(/^"stations-\d+"$/);
      const again = await geojson({ ...as('geo'), 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    });
  });

  describe('no "Did you mean" in production', () => {
    it('in a misspelt enum value in variables', async () => {
      const r = await post({ query: 'query($k: [StationKind!]) { stations(filter: { kinds: $k }) { totalCount } }', variables: { k: ['RIDER_HOM'] } });
      expect(r.status).toBe(400);
      expect(messages(r)).toContain('RIDER_HOM');
      expect(messages(r)).not.toMatch(/Did you mean|RIDER_HOME/);
    });

    it('in an unknown input object field, in variables and in the document', async () => {
      const vars = await post({ query: 'query($f: StationFilter) { stations(filter: $f) { totalCount } }', variables: { f: { kindz: ['RIDER_HOME'] } } });
      expect(messages(vars)).toContain('kindz');
      expect(messages(vars)).not.toMatch(/Did you mean|"kinds"/);
      const literal = await post({ query: '{ stations(filter: { kindz: [RIDER_HOME] }) { totalCount } }' });
      expect(messages(literal)).toContain('kindz');
      expect(messages(literal)).not.toMatch(/Did you mean|"kinds"/);
    });

    it('in a misspelt argument and type', async () => {
      const r = await post({ query: 'query($f: StationFiltr) { stations(frist: 1, filter: $f) { totalCount } }' });
      expect(r.body.errors.length).toBeGreaterThan(0);
      expect(messages(r)).not.toMatch(/Did you mean/);
    });
  });

  it('answers directive overloading with one error', async () => {
    const r = await post({ query: `{ __typename ${'@aa'.repeat(60)} }` });
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual([expect.objectContaining({ message: 'Unknown directive "@aa".' })]);
    const repeated = await post({ query: `{ __typename ${'@skip(if: false) '.repeat(60)} }` });
    expect(repeated.body.errors).toHaveLength(1);
  });

  describe('/metrics', () => {
    const scrape = (url: string, headers: Record<string, string> = {}) => fetch(url.replace(/\/graphql$/, '/metrics'), { headers });

    it('answers only with METRICS_TOKEN, at the gateway and at every subgraph', async () => {
      for (const url of [stack.gatewayUrl, ...Object.values(stack.subgraphUrls)]) {
        expect((await scrape(url)).status).toBe(401);
        expect((await scrape(url, { authorization: 'Bearer prod-admin-key' })).status).toBe(401);
        const ok = await scrape(url, { authorization: `Bearer ${METRICS_TOKEN}` });
        expect(ok.status).toBe(200);
        expect(await ok.text()).toContain('graphql_requests_total');
      }
    });
  });

  describe('request ids', () => {
    it('replaces an X-Request-Id that is too long or has other characters with a fresh one, in the answer and the audit log', async () => {
      const long = 'x'.repeat(8007);
      const r = await post({ query: 'query($id: ID!) { worker(id: $id) { phone } }', variables: { id: WANG_QIANG } }, { ...as('audit'), 'x-request-id': long });
      expect(r.status).toBe(200);
      expect(r.body.data.worker.phone).toEqual(expect.any(String));
      const given = r.headers.get('x-request-id')!;
      expect(given).toMatch(UUID);
      const kept = await post({ query: '{ __typename }' }, { 'x-request-id': 'trace-1.2:3_x' });
      expect(kept.headers.get('x-request-id')).toBe('trace-1.2:3_x');

      const log = await post(
        { query: 'query($s: ID) { unionAuditLog(subjectId: $s, keyId: "prod-audit", first: 5) { edges { node { keyId field requestId } } } }', variables: { s: WANG_QIANG } },
        as('admin'),
      );
      const rows = log.body.data.unionAuditLog.edges.map((e: any) => e.node);
      expect(rows).toEqual([{ keyId: 'prod-audit', field: 'Worker.phone', requestId: given }]);
      expect(JSON.stringify(log.body)).not.toContain('xxxxxxxx');
    });
  });
});

describe('/stations.geojson of a generated data set, through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    // No kept answers: every query below reaches the stations service.
    stack = await startStack(
      { RESPONSE_CACHE_MIB: '0', GATEWAY_WORKERS: '1' },
      { prepare: (env) => generateDataset(env, { seed: 21, workers: 100, stations: 20_000, visitDays: 0 }) },
    );
  }, DATASET_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  it('streams the export while GraphQL queries to the stations service keep answering', async () => {
    const key = { authorization: 'Bearer demo-admin' };
    const started = performance.now();
    let exporting = true;
    let firstByteMs = 0;
    const exported = fetch(stack.gatewayUrl.replace(/\/graphql$/, '/stations.geojson'), { headers: key })
      .then(async (res) => {
        firstByteMs = performance.now() - started;
        return { status: res.status, count: Number(res.headers.get('x-feature-count')), features: ((await res.json()) as any).features.length };
      })
      .finally(() => (exporting = false));
    const latencies: number[] = [];
    for (let i = 0; exporting; i++) {
      const t = performance.now();
      const res = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...key },
        body: JSON.stringify({ query: `{ stations(first: ${1 + (i % 20)}) { edges { node { id name } } } }` }),
      });
      const body: any = await res.json();
      if (!exporting) break; // answered after the export: says nothing about it
      expect(body.errors).toBeUndefined();
      latencies.push(performance.now() - t);
    }
    const result = await exported;
    const exportMs = performance.now() - started;
    expect(result.status).toBe(200);
    expect(result.features).toBe(result.count);
    expect(result.count).toBeGreaterThan(19_000);
    latencies.sort((a, b) => a - b);
    const median = latencies[Math.floor(latencies.length / 2)] ?? Infinity;
    process.stdout.write(
      `gateway export of ${result.features} features: first byte ${firstByteMs.toFixed(0)} ms, whole ${exportMs.toFixed(0)} ms; ` +
        `${latencies.length} GraphQL queries answered during it, median ${median.toFixed(1)} ms, worst ${latencies[latencies.length - 1]?.toFixed(1)} ms\n`,
    );
    expect(latencies.length).toBeGreaterThanOrEqual(10);
    expect(median).toBeLessThan(exportMs / 20);
  }, 120_000);
});
