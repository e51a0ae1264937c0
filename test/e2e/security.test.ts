import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStack, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

/** The probes public GraphQL scanners send, against the real gateway. */

interface Reply {
  status: number;
  body: any;
}

async function post(stack: Stack, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
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
  return { status: res.status, body: parsed };
}

const codes = (r: Reply) => (r.body?.errors ?? []).map((e: any) => e.extensions?.code);

describe('gateway against common GraphQL attacks (development mode)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, STARTUP_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  it('reports the cost of every operation in extensions', async () => {
    const r = await post(stack, { query: '{ stations(first: 5) { edges { node { name district { name } } } } }' });
    expect(r.body.extensions.cost).toEqual({ requested: 16, limit: 5000 });
  });

  it('refuses alias overloading, __typename aliases included, before any subgraph runs', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ');
    const r = await post(stack, { query: `{ ${aliases} }` });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    expect(r.body.errors[0].extensions).toMatchObject({ limit: 'aliases', max: 30 });
    expect(r.body.data).toBeUndefined();
  });

  it('answers an unknown or missing operation name as the caller’s mistake, not a server error', async () => {
    const unknown = await post(stack, { query: 'query A { __typename }', operationName: 'B' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ message: 'Unknown operation named "B".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } })]);
    const ambiguous = await post(stack, { query: 'query A { __typename } query B { __typename }' });
    expect(ambiguous.status).toBe(400);
    expect(ambiguous.body.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
  });

  it('refuses field duplication floods', async () => {
    const r = await post(stack, { query: `{ ${'__typename '.repeat(500)} }` });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'fields' });
  });

  it('refuses directive overloading', async () => {
    const unknown = await post(stack, { query: `{ __typename ${'@aa'.repeat(100)} }` });
    expect(unknown.status).toBe(400);
    expect(unknown.body.data).toBeUndefined();
    const many = Array.from({ length: 40 }, (_, i) => `f${i}: __typename @include(if: true)`).join(' ');
    const r = await post(stack, { query: `{ ${many} }` });
    expect(codes(r)).toEqual(['OPERATION_LIMIT_EXCEEDED']);
  });

  it('refuses circular introspection', async () => {
    let deep = 'name';
    for (let i = 0; i < 10; i++) deep = `fields { type { ${deep} } }`;
    const r = await post(stack, { query: `{ __schema { types { ${deep} } } }` });
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(codes(r)[0]).toMatch(/^(GRAPHQL_VALIDATION_FAILED|OPERATION_LIMIT_EXCEEDED)$/);
  });

  it('refuses deep queries before any subgraph runs', async () => {
    let deep = 'id';
    for (let i = 0; i < 8; i++) deep = `reports(first: 1) { reporter { ${deep} } }`;
    const r = await post(stack, { query: `{ actingWorker { ${deep} } }` });
    expect(r.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'depth' }) })]);
    expect(r.body.data).toBeUndefined();
  });

  it('refuses costly queries, whose pages multiply', async () => {
    const q = `{ stations(first: 100) { edges { node { id } } } a: stations(first: 100) { edges { node { id } } }
      b: stations(first: 100) { edges { node { id } } } c: stations(first: 100) { edges { node { id } } }
      d: stations(first: 100) { edges { node { id } } } e: stations(first: 100) { edges { node { id } } }
      f: stations(first: 100) { edges { node { id } } } g: stations(first: 100) { edges { node { id } } }
      h: stations(first: 100) { edges { node { id } } } i: stations(first: 100) { edges { node { id } } }
      j: stations(first: 100) { edges { node { id } } } k: stations(first: 100) { edges { node { id } } }
      l: stations(first: 100) { edges { node { id } } } m: stations(first: 100) { edges { node { id } } }
      n: stations(first: 100) { edges { node { id } } } o: stations(first: 100) { edges { node { id } } }
      p: stations(first: 100) { edges { node { id } } } q: stations(first: 100) { edges { node { id } } }
      r: stations(first: 100) { edges { node { id } } } s: stations(first: 100) { edges { node { id } } }
      t: stations(first: 100) { edges { node { id } } } u: stations(first: 100) { edges { node { id } } }
      v: stations(first: 100) { edges { node { id } } } w: stations(first: 100) { edges { node { id } } }
      x: stations(first: 100) { edges { node { id } } } }`;
    const r = await post(stack, { query: q });
    expect(codes(r)).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    expect(r.body.errors[0].extensions.limit).toBe('cost');
  });

  it('refuses documents with too many tokens', async () => {
    const r = await post(stack, { query: `{ ${'__typename '.repeat(5000)} }` });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('refuses pages larger than 100', async () => {
    expect(codes(await post(stack, { query: '{ stations(first: 1000) { totalCount } }' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses HTTP batching', async () => {
    const r = await post(stack, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).not.toContain('"data"');
  });

  it('runs no mutation over GET', async () => {
    const query = encodeURIComponent('mutation { registerWorker(input: {name: "x", phone: "13800000000", occupation: OTHER, districtCode: "110105"}) { id } }');
    const res = await fetch(`${stack.gatewayUrl}?query=${query}`, { headers: { 'apollo-require-preflight': 'true', authorization: 'Bearer demo-admin' } });
    expect(res.status).toBe(405);
  });

  it('blocks form-encoded and other simple requests that a browser could send cross-site', async () => {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(res.status).toBe(400);
    const get = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
  });

  it('allows introspection and field suggestions in development', async () => {
    const r = await post(stack, { query: '{ __schema { queryType { name } } }' });
    expect(r.body.data.__schema.queryType.name).toBe('Query');
    const typo = await post(stack, { query: '{ stationz { totalCount } }' });
    expect(typo.body.errors[0].message).toMatch(/Did you mean/);
  });
});

describe('gateway in production mode', () => {
  let stack: Stack;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-prod-'));
    const keys = path.join(dir, 'keys.json');
    fs.writeFileSync(keys, JSON.stringify([{ id: 'prod-admin', sha256: createHash('sha256').update('prod-admin-key').digest('hex'), role: 'admin' }]));
    stack = await startStack({ NODE_ENV: 'production', API_KEYS_FILE: keys, PHONE_ENCRYPTION_KEY: 'ab'.repeat(32) });
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the published demo keys', async () => {
    expect(codes(await post(stack, { query: '{ __typename }' }, { authorization: 'Bearer demo-admin' }))).toEqual(['UNAUTHENTICATED']);
    expect((await post(stack, { query: '{ platforms { code } }' }, { authorization: 'Bearer prod-admin-key' })).body.data.platforms.length).toBeGreaterThan(0);
  });

  it('turns introspection and field suggestions off', async () => {
    const r = await post(stack, { query: '{ __schema { queryType { name } } }' });
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    const typo = await post(stack, { query: '{ stationz { totalCount } }' });
    expect(typo.body.errors[0].message).not.toMatch(/Did you mean|stations/);
  });

  it('keeps expected errors and their codes, without the subgraph’s name', async () => {
    const r = await post(stack, { query: '{ stations(first: 1000) { totalCount } }' });
    expect(r.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(r.body.errors[0].extensions.serviceName).toBeUndefined();
    expect(JSON.stringify(r.body)).not.toMatch(/stacktrace|\/work\/|\.ts:/);
  });

  it('serves no landing page', async () => {
    const res = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toMatch(/<html/i);
  });

  it('answers a failing subgraph as SERVICE_UNAVAILABLE at its field: no address, stack or internal service name reaches the caller', async () => {
    const stationsPort = new URL(stack.subgraphUrls.stations).port;
    await stack.kill('stations');
    const r = await post(stack, { query: '{ stations(first: 1) { totalCount } }' });
    expect(r.status).toBe(503);
    expect(r.body.errors).toEqual([
      expect.objectContaining({ path: ['stations'], extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'stations' } }),
    ]);
    expect(JSON.stringify(r.body)).not.toContain(stationsPort);
  });
});

describe('rate limits on cost', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ RATE_LIMIT_ANONYMOUS_PER_MINUTE: '20', RATE_LIMIT_PER_MINUTE: '600' });
  }, STARTUP_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  it('charges anonymous callers per IP until RATE_LIMITED, with Retry-After', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 25; i++) {
      last = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
      statuses.push(last.status);
      if (last.status === 429) break;
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    const body: any = await last!.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(body.data).toBeUndefined();
  });

  it('keeps API keys in buckets of their own, charged by cost', async () => {
    const send = () =>
      fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer demo-dashboard' },
        body: JSON.stringify({ query: '{ stations(first: 100) { edges { node { id } } } }' }),
      });
    const first = await send();
    expect(first.status).toBe(200);
    const remaining = Number(first.headers.get('ratelimit-remaining'));
    expect(remaining).toBe(600 - 201);
    const second = await send();
    expect(Number(second.headers.get('ratelimit-remaining'))).toBeLessThanOrEqual(remaining - 201 + 5);
  });

  it('says when one operation costs more than the whole budget', async () => {
    const q = `{ a: stations(first: 100) { edges { node { id } } } b: stations(first: 100) { edges { node { id } } } c: stations(first: 100) { edges { node { id } } } d: stations(first: 100) { edges { node { id } } } }`;
    const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer demo-admin' }, body: JSON.stringify({ query: q }) });
    expect(res.status).toBe(429);
    expect(((await res.json()) as any).errors[0].message).toMatch(/costs 804 points, more than this caller's limit of 600/);
  });
});
