import { ApolloServer } from '@apollo/server';
import { Env, MAX_JSON_DEPTH, Metrics, createHttpHandler, createLogger, jsonDepthExceeds, listenHttp, metricsAccess, type Listening, type MetricsAccess } from '../src';

describe('jsonDepthExceeds: nesting checked before parsing', () => {
  it('counts objects and arrays, and stops at the first level too many', () => {
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(jsonDepthExceeds('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds('[]', 1)).toBe(false);
    expect(jsonDepthExceeds('[[]]', 1)).toBe(true);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonDepthExceeds(JSON.stringify({ query: '[[[[[[{{{{{{' }), 1)).toBe(false);
    expect(jsonDepthExceeds(JSON.stringify({ query: 'a "quoted" [[[[ \\" [[[[' }), 1)).toBe(false);
    expect(jsonDepthExceeds(`{"q":"\\\\"}${'['.repeat(5)}`, 3)).toBe(true); // the string ends after an escaped backslash
  });

  it('lets every real request through: variables with nested input objects are a dozen levels at most', () => {
    const variables = { input: { a: { b: { c: { d: [{ e: [{ f: 1 }] }] } } } } };
    expect(jsonDepthExceeds(JSON.stringify({ query: '{ x }', variables }), MAX_JSON_DEPTH)).toBe(false);
  });
});

describe('the kit HTTP handler in front of GraphQL', () => {
  let apollo: ApolloServer;
  let listening: Listening | undefined;
  const seen: { requestId?: string; refused: number } = { refused: 0 };
  beforeAll(async () => {
    apollo = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } });
    await apollo.start();
  });
  afterAll(() => apollo.stop());
  afterEach(async () => {
    await listening?.close(0);
    listening = undefined;
  });

  const serve = async (access?: MetricsAccess) => {
    const handler = createHttpHandler({
      apollo,
      log: createLogger('stations'),
      metrics: new Metrics('stations'),
      ready: async () => undefined,
      context: async (req) => {
        seen.requestId = req.headers['x-request-id'] as string;
        return {};
      },
      refusedBody: async () => void (seen.refused += 1),
      ...(access ? { metricsAccess: access } : {}),
    });
    listening = await listenHttp(handler, 0, '127.0.0.1');
    return listening.url;
  };
  const post = (url: string, body: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('refuses a deeply nested body with 400 BAD_REQUEST in a few milliseconds, and reports the refusal to be charged', async () => {
    const url = await serve();
    const before = seen.refused;
    const body = '['.repeat(900_000);
    const started = performance.now();
    const res = await post(url, body);
    const ms = performance.now() - started;
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(seen.refused).toBe(before + 1);
    // The time is mostly sending 900 kB over loopback; parsing it used to take 0.8 s and answer 500.
    process.stdout.write(`900 kB of nested [ refused in ${ms.toFixed(1)} ms\n`);
    expect(ms).toBeLessThan(500);
    // A request of ordinary depth still runs.
    expect(await (await post(url, JSON.stringify({ query: '{ ok }' }))).json()).toEqual({ data: { ok: true } });
  });

  it('refuses a body over the size limit with 413, also charged', async () => {
    const url = await serve();
    const before = seen.refused;
    const res = await post(url, JSON.stringify({ query: `{ ok } #${'x'.repeat(1_100_000)}` }));
    expect(res.status).toBe(413);
    expect(seen.refused).toBe(before + 1);
    // The body's rest is left unread: the connection is closed rather than reused, so the next
    // request goes on a fresh one and is answered.
    expect(res.headers.get('connection')).toBe('close');
    for (let i = 0; i < 5; i++) expect(await (await post(url, JSON.stringify({ query: '{ ok }' }))).json()).toEqual({ data: { ok: true } });
  });

  it('keeps a well-formed X-Request-Id and replaces any other with a fresh UUID, before the context sees it', async () => {
    const url = await serve();
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const ask = async (id: string) => {
      const res = await post(url, JSON.stringify({ query: '{ ok }' }), { 'x-request-id': id });
      expect(res.status).toBe(200);
      return { answered: res.headers.get('x-request-id'), context: seen.requestId };
    };
    expect(await ask('trace-01.a:b_c-d')).toEqual({ answered: 'trace-01.a:b_c-d', context: 'trace-01.a:b_c-d' });
    expect(await ask('a'.repeat(64))).toEqual({ answered: 'a'.repeat(64), context: 'a'.repeat(64) });
    for (const bad of ['a'.repeat(8007), 'a'.repeat(65), 'has space', 'caf\u00e9', 'tab\there', '<script>', 'id;drop']) {
      const { answered, context } = await ask(bad);
      expect(answered).toMatch(uuid);
      expect(context).toBe(answered);
    }
  });

  describe('/metrics', () => {
    const scrape = async (url: string, authorization?: string) =>
      (await fetch(url.replace(/\/graphql$/, '/metrics'), authorization ? { headers: { authorization } } : {})).status;

    it('is open outside production without a token', async () => {
      expect(metricsAccess(new Env({ NODE_ENV: 'development' }))).toEqual({ served: true, token: undefined });
      expect(await scrape(await serve({ served: true }))).toBe(200);
    });

    it('is not served in production without METRICS_TOKEN', async () => {
      const access = metricsAccess(new Env({ NODE_ENV: 'production' }));
      expect(access.served).toBe(false);
      expect(await scrape(await serve(access))).toBe(404);
    });

    it('asks for Authorization: Bearer <METRICS_TOKEN> when one is set', async () => {
      const token = 'metrics-token-0123456789';
      const url = await serve(metricsAccess(new Env({ NODE_ENV: 'production', METRICS_TOKEN: token })));
      expect(await scrape(url)).toBe(401);
      expect(await scrape(url, 'Bearer wrong-token-0123456789')).toBe(401);
      expect(await scrape(url, `Bearer ${token}x`)).toBe(401);
      expect(await scrape(url, `Bearer ${token}`)).toBe(200);
    });

    it('refuses a short METRICS_TOKEN at start-up', () => {
      expect(() => metricsAccess(new Env({ NODE_ENV: 'production', METRICS_TOKEN: 'short' }))).toThrow(/METRICS_TOKEN/);
    });
  });
});
