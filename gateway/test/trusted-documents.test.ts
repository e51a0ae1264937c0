import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Env, createLogger } from '@nef/kit';
import { until } from '@nef/kit/testing';
import { loadConfig } from '../src/config';
import { ApiKeys, hashKey, validateEntry } from '../src/keys';
import { buildGateway, type Gateway } from '../src/server';
import { operationsOfSource, readManifest, sha256, storeManifest } from '../src/trusted/manifest';
import { loadTrustedDocuments } from '../src/trusted/settings';
import { UsageMetrics } from '../src/trusted/usage-metrics';
import { Registry } from 'prom-client';

// Operations the gateway answers by itself (no subgraph needed): what matters here is which run.
const APP = 'query Ping { __typename }\nquery PingTwice { a: __typename b: __typename }';
const OTHER = 'query Other { other: __typename }';

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

function setUp(): { dir: string; docs: string; keysFile: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-trusted-'));
  const docs = path.join(dir, 'documents');
  storeManifest(docs, 'app', operationsOfSource(APP, 'app.graphql'));
  storeManifest(docs, 'other', operationsOfSource(OTHER, 'other.graphql'));
  const keysFile = path.join(dir, 'keys.json');
  fs.writeFileSync(
    keysFile,
    JSON.stringify([
      { id: 'app-partner', sha256: hashKey('app-key'), role: 'partner', platform: 'MEITUAN', operations: 'app' },
      { id: 'admin', sha256: hashKey('admin-key'), role: 'admin', freeForm: true },
    ]),
  );
  return { dir, docs, keysFile };
}

const ping = operationsOfSource(APP, 'app.graphql').find((op) => op.name === 'Ping')!;
const other = operationsOfSource(OTHER, 'other.graphql')[0]!;
const byId = (id: string, operationName?: string) => ({ ...(operationName ? { operationName } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: id } } });

describe('trusted documents at the gateway', () => {
  const log = createLogger('gateway', 'silent');
  const gateways: Gateway[] = [];
  let setup: ReturnType<typeof setUp>;
  beforeAll(() => {
    setup = setUp();
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    fs.rmSync(setup.dir, { recursive: true, force: true });
  });

  async function start(vars: Record<string, string>): Promise<{ gateway: Gateway; url: string; post: (key: string | undefined, body: unknown) => Promise<Answer> }> {
    const config = loadConfig(new Env({ RATE_LIMIT_PER_MINUTE: '0', API_KEYS_FILE: setup.keysFile, TRUSTED_DOCUMENTS_DIR: setup.docs, ...vars }));
    const gateway = await buildGateway(config, log);
    gateways.push(gateway);
    const url = await gateway.listen(0, '127.0.0.1');
    return {
      gateway,
      url,
      async post(key, body) {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: (await res.json()) as Answer['body'] };
      },
    };
  }
  const codes = (a: Answer) => (a.body.errors ?? []).map((e) => e.extensions?.code);

  describe('enforcing (TRUSTED_DOCUMENTS=enforce, as in production)', () => {
    let gw: Awaited<ReturnType<typeof start>>;
    beforeAll(async () => {
      gw = await start({ TRUSTED_DOCUMENTS: 'enforce' });
    });

    it('runs a bound key’s published operation sent by id, or as its exact text', async () => {
      const a = await gw.post('app-key', byId(ping.id));
      expect(a).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
      const b = await gw.post('app-key', { query: ping.body });
      expect(b).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
      const c = await gw.post('app-key', { query: ping.body, ...byId(ping.id) });
      expect(c.body.data).toEqual({ __typename: 'Query' });
    });

    it('refuses other text from a bound key with 400 OPERATION_NOT_TRUSTED, even the same operation spelt differently', async () => {
      const free = await gw.post('app-key', { query: '{ platforms { code } }' });
      expect(free.status).toBe(400);
      expect(codes(free)).toEqual(['OPERATION_NOT_TRUSTED']);
      expect(free.body.data).toBeUndefined();
      const respelt = await gw.post('app-key', { query: 'query Ping {  __typename }' });
      expect([respelt.status, codes(respelt)]).toEqual([400, ['OPERATION_NOT_TRUSTED']]);
      // Another client's published operation is not this key's.
      const foreign = await gw.post('app-key', { query: other.body });
      expect([foreign.status, codes(foreign)]).toEqual([400, ['OPERATION_NOT_TRUSTED']]);
    });

    it('answers an id the key’s manifest does not hold, or no manifest holds, with 400 PERSISTED_QUERY_NOT_FOUND', async () => {
      const foreign = await gw.post('app-key', byId(other.id));
      expect([foreign.status, codes(foreign)]).toEqual([400, ['PERSISTED_QUERY_NOT_FOUND']]);
      const unknown = await gw.post('app-key', byId(sha256('query Nope { __typename }')));
      expect([unknown.status, codes(unknown)]).toEqual([400, ['PERSISTED_QUERY_NOT_FOUND']]);
      const anonymous = await gw.post(undefined, byId(sha256('query Nope { __typename }')));
      expect([anonymous.status, codes(anonymous)]).toEqual([400, ['PERSISTED_QUERY_NOT_FOUND']]);
    });

    it('holds GET requests to the same rules', async () => {
      const get = async (params: Record<string, string>) => {
        const res = await fetch(`${gw.url}?${new URLSearchParams(params)}`, { headers: { authorization: 'Bearer app-key', 'apollo-require-preflight': 'true' } });
        return { status: res.status, body: (await res.json()) as Answer['body'] };
      };
      expect((await get({ extensions: JSON.stringify(byId(ping.id).extensions) })).body.data).toEqual({ __typename: 'Query' });
      const free = await get({ query: '{ __typename }' });
      expect([free.status, codes(free)]).toEqual([400, ['OPERATION_NOT_TRUSTED']]);
    });

    it('lets a free-form key send any text, and run any published operation by id', async () => {
      expect((await gw.post('admin-key', { query: '{ __typename }' })).body.data).toEqual({ __typename: 'Query' });
      expect((await gw.post('admin-key', byId(other.id))).body.data).toEqual({ other: 'Query' });
    });

    it('stores nothing a caller sends: text with its id does not make the id known', async () => {
      const text = 'query Registered { registered: __typename }';
      expect((await gw.post('admin-key', { query: text, ...byId(sha256(text)) })).body.data).toEqual({ registered: 'Query' });
      expect(codes(await gw.post('admin-key', byId(sha256(text))))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      // An id that is not the text's is refused (Apollo Server's own check).
      expect((await gw.post('admin-key', { query: text, ...byId(ping.id) })).status).toBe(400);
    });

    it('counts operations and refusals per API key and operation name in /metrics', async () => {
      const before = await gw.gateway.metrics.registry.metrics();
      const count = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
      const refusedLine = /gateway_operation_errors_total\{key="app-partner",operation="Sneaky",code="OPERATION_NOT_TRUSTED"[^}]*\} (\d+)/;
      const pingLine = /gateway_operations_total\{key="app-partner",operation="Ping"[^}]*\} (\d+)/;
      await gw.post('app-key', { query: 'query Sneaky { __typename }', operationName: 'Sneaky' });
      await gw.post('app-key', byId(ping.id));
      const after = await gw.gateway.metrics.registry.metrics();
      expect(count(after, refusedLine) - count(before, refusedLine)).toBe(1);
      expect(count(after, pingLine) - count(before, pingLine)).toBe(1);
      expect(after).toMatch(/gateway_untrusted_operations_total\{key="app-partner",outcome="refused"[^}]*\} [1-9]/);
      expect(after).toMatch(/graphql_errors_total\{code="OPERATION_NOT_TRUSTED"[^}]*\} [1-9]/);
      expect(after).toMatch(/gateway_operations_total\{key="admin",operation="Registered"/);
    });
  });

  it('charges each refusal to the key’s rate limit, as a refused body is', async () => {
    // A bucket of 200 points that refills by one a minute: two refusals (100 each) empty it.
    const gw = await start({ TRUSTED_DOCUMENTS: 'enforce', RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '200' });
    expect((await gw.post('app-key', byId(ping.id))).status).toBe(200);
    for (let i = 0; i < 2; i++) expect(codes(await gw.post('app-key', { query: '{ __typename }' }))).toEqual(['OPERATION_NOT_TRUSTED']);
    let limited: Answer | undefined;
    await until(async () => {
      limited = await gw.post('app-key', byId(ping.id));
      return limited.status !== 200;
    });
    expect([limited!.status, codes(limited!)]).toEqual([429, ['RATE_LIMITED']]);
  });

  describe('in development (not enforcing)', () => {
    it('runs other text from a bound key, and counts it as outside the manifest', async () => {
      const gw = await start({});
      const free = await gw.post('app-key', { query: 'query Free { __typename }' });
      expect(free).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
      expect(await gw.gateway.metrics.registry.metrics()).toMatch(/gateway_untrusted_operations_total\{key="app-partner",outcome="allowed"[^}]*\} 1/);
      // Unknown ids are still not found: nothing is stored from callers in development either.
      expect(codes(await gw.post('app-key', byId(sha256('query Free { __typename }'))))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    });
  });
});

describe('trusted documents settings', () => {
  const keys = (...entries: unknown[]) => new ApiKeys(entries.map(validateEntry));
  const partner = (extra: object) => ({ id: 'p', sha256: hashKey('p'), role: 'partner', platform: 'MEITUAN', ...extra });
  let setup: ReturnType<typeof setUp>;
  beforeAll(() => {
    setup = setUp();
  });
  afterAll(() => fs.rmSync(setup.dir, { recursive: true, force: true }));

  it('enforces in production and with TRUSTED_DOCUMENTS=enforce, not otherwise', () => {
    const k = keys(partner({ operations: 'app' }));
    expect(loadTrustedDocuments(new Env({ NODE_ENV: 'production', TRUSTED_DOCUMENTS_DIR: setup.docs }), k).enforce).toBe(true);
    expect(loadTrustedDocuments(new Env({ TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_DIR: setup.docs }), k).enforce).toBe(true);
    expect(loadTrustedDocuments(new Env({ TRUSTED_DOCUMENTS_DIR: setup.docs }), k).enforce).toBe(false);
    expect(() => loadTrustedDocuments(new Env({ TRUSTED_DOCUMENTS: 'off' }), k)).toThrow(/TRUSTED_DOCUMENTS must be "enforce" or unset/);
  });

  it('refuses a key bound to a manifest that is not published', () => {
    expect(() => loadTrustedDocuments(new Env({ TRUSTED_DOCUMENTS_DIR: setup.docs }), keys(partner({ operations: 'missing' })))).toThrow(
      /API key "p" is bound to operations "missing", which are not published/,
    );
  });

  it('lists keys neither bound nor free-form (production warns), and refuses them with TRUSTED_DOCUMENTS=enforce', () => {
    const k = keys(partner({}), { id: 'a', sha256: hashKey('a'), role: 'admin', freeForm: true });
    expect(loadTrustedDocuments(new Env({ NODE_ENV: 'production', TRUSTED_DOCUMENTS_DIR: setup.docs }), k).unbound).toEqual(['p']);
    expect(() => loadTrustedDocuments(new Env({ TRUSTED_DOCUMENTS: 'enforce', TRUSTED_DOCUMENTS_DIR: setup.docs }), k)).toThrow(
      /API keys "p" need "operations" \(a manifest\) or "freeForm": true/,
    );
  });

  it('refuses a key entry both bound and free-form, or bound to a malformed name', () => {
    expect(() => validateEntry(partner({ operations: 'app', freeForm: true }), 0)).toThrow(/either bound to "operations" or "freeForm", not both/);
    expect(() => validateEntry(partner({ operations: '../etc' }), 0)).toThrow(/"operations" must name a published manifest/);
  });

  it('binds the demo partner keys to the partner client’s published manifest', () => {
    const config = loadConfig(new Env({}));
    expect(config.keys.entry('demo-meituan')?.operations).toBe('partner-client');
    expect(config.keys.entry('demo-admin')?.freeForm).toBe(true);
    expect(config.trusted.documents.names()).toContain('partner-client');
    expect(config.trusted.unbound).toEqual([]);
  });
});

describe('manifests', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-manifest-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints each operation with the fragments it uses, under the SHA-256 of that text', () => {
    const ops = operationsOfSource('fragment F on Query { __typename }\nquery A { ...F }\nquery B { __typename }', 'x.graphql');
    expect(ops.map((op) => op.name)).toEqual(['A', 'B']);
    expect(ops[0]!.body).toBe('query A {\n  ...F\n}\n\nfragment F on Query {\n  __typename\n}');
    expect(ops[0]!.id).toBe(sha256(ops[0]!.body));
    expect(() => operationsOfSource('{ __typename }', 'anon.graphql')).toThrow(/anon.graphql: every trusted operation needs a name/);
  });

  it('adds on publish (old clients keep their operations), and replaces with --replace', () => {
    const [a] = operationsOfSource('query A { __typename }', 'a');
    const [a2] = operationsOfSource('query A { a2: __typename }', 'a2');
    storeManifest(dir, 'c', [a!]);
    expect(storeManifest(dir, 'c', [a2!]).total).toBe(2);
    const replaced = storeManifest(dir, 'c', [a2!], { replace: true });
    expect(replaced.removed.map((op) => op.id)).toEqual([a!.id]);
    expect(readManifest(path.join(dir, 'c.json')).operations.map((op) => op.id)).toEqual([a2!.id]);
  });

  it('refuses a manifest whose id is not the SHA-256 of its body', () => {
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256('x'), name: 'A', type: 'query', body: 'query A { __typename }' }] }));
    expect(() => readManifest(file)).toThrow(/operation A has id .* which is not the SHA-256 of its body/);
  });
});

describe('per-key metrics labels', () => {
  it('keeps published operation names, caps the others, and names what has no name', () => {
    const usage = new UsageMetrics(new Registry(), () => new Set(['Benefits']), 2);
    expect(['A', 'B', 'C', 'A', 'Benefits', null].map((n) => usage.operationLabel(n))).toEqual(['A', 'B', 'other', 'A', 'Benefits', 'unnamed']);
    expect(new UsageMetrics(new Registry(), () => new Set(), 5).operationLabel('x'.repeat(65))).toBe('other');
  });
});
