/**
 * Error messages in the caller's language, through a real gateway over an in-process subgraph
 * built on the kit (named `stations`, answering two of the supergraph's stations fields): the
 * same request gives the same code and extensions in Chinese for a caller whose
 * Accept-Language prefers it and in English otherwise; the gateway's own refusals (API key,
 * operation limits, rate limit, a domain that cannot answer) have exact Chinese.
 */
import { Env, createLogger, notFound, requireDistrictCode, type SubgraphModule } from '@nef/kit';
import { TEST_PRINCIPAL_ENV, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { loadConfig } from '../src/config';
import { varyWith } from '../src/i18n';
import { buildGateway, type Gateway } from '../src/server';

const log = createLogger('gateway', 'silent');

/** `district` refuses a malformed code with the kit's check; `station` knows no station and says so in English only. */
const stations: SubgraphModule<unknown> = {
  name: 'stations',
  typeDefs: `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
    type Query { district(code: ID!): District station(id: ID!): Station }
    type District @key(fields: "code") { code: ID! name: String! }
    type Station @key(fields: "id") { id: ID! name: String! }
  `,
  resolvers: {
    Query: {
      district: (_: unknown, args: { code: string }) => ({ code: requireDistrictCode('code', args.code), name: '朝阳区' }),
      station: (_: unknown, args: { id: string }) => {
        throw notFound(`no station ${args.id}`);
      },
    },
  },
  entities: [],
  migrations: [],
  createLoaders: () => ({}),
};

/** Nothing listens here: the domains routed to it cannot answer. */
const DEAD = 'http://127.0.0.1:9/graphql';

interface Answer {
  status: number;
  vary: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
}

async function ask(url: string, query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: res.status, vary: res.headers.get('vary'), body: (await res.json()) as Answer['body'] };
}

/** Everything of an error but its message: what must be the same in every language. */
const withoutMessage = (a: Answer) => (a.body.errors ?? []).map(({ message: _m, ...rest }) => rest);
const messages = (a: Answer) => (a.body.errors ?? []).map((e) => e.message);

describe('error messages in the caller’s language, through the gateway', () => {
  let subgraph: TestSubgraph;
  const gateways: Gateway[] = [];
  const start = async (vars: Record<string, string> = {}) => {
    const urls = { STATIONS_URL: subgraph.url, UNION_URL: DEAD, TRAINING_URL: DEAD, GOVERNANCE_URL: DEAD };
    const env = new Env({ ...TEST_PRINCIPAL_ENV.gateway, PLAYGROUND: 'false', DASHBOARD: 'false', RATE_LIMIT_PER_MINUTE: '0', ...urls, ...vars });
    const gateway = await buildGateway(loadConfig(env), log);
    gateways.push(gateway);
    return gateway.listen(0, '127.0.0.1');
  };
  let url: string;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(stations);
    url = await start();
  });
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
    await subgraph?.stop();
  });

  it('answers a kit check’s refusal in Chinese for zh-CN and in English without, with the same code and extensions', async () => {
    const query = '{ district(code: "11010") { code name } }';
    const english = await ask(url, query);
    const chinese = await ask(url, query, { 'accept-language': 'zh-CN' });
    expect(english.status).toBe(200);
    expect(chinese.status).toBe(english.status);
    expect(english.body.data).toEqual({ district: null });
    expect(chinese.body.data).toEqual(english.body.data);
    expect(messages(english)).toEqual(['code must be a six-digit GB/T 2260 code, got "11010"']);
    expect(messages(chinese)).toEqual(['「code」须为六位GB/T 2260行政区划代码，收到"11010"']);
    expect(withoutMessage(chinese)).toEqual(withoutMessage(english));
    expect(english.body.errors![0]).toMatchObject({ path: ['district'], extensions: { code: 'BAD_USER_INPUT', field: 'code' } });
    // The Chinese text travels from the subgraph inside an extension no caller ever sees.
    expect(JSON.stringify(english.body)).not.toContain('localizedMessages');
    expect(JSON.stringify(chinese.body)).not.toContain('localizedMessages');
  });

  it('honours the quality values: English preferred over Chinese is English, and the other way round', async () => {
    const query = '{ district(code: "x") { code } }';
    expect(messages(await ask(url, query, { 'accept-language': 'en-US,en;q=0.9,zh-CN;q=0.8' }))).toEqual(['code must be a six-digit GB/T 2260 code, got "x"']);
    expect(messages(await ask(url, query, { 'accept-language': 'en;q=0.4, zh-Hans;q=0.6' }))).toEqual(['「code」须为六位GB/T 2260行政区划代码，收到"x"']);
    expect(messages(await ask(url, query, { 'accept-language': 'zh;q=0, en' }))).toEqual(['code must be a six-digit GB/T 2260 code, got "x"']);
  });

  // (Outside production the gateway adds serviceName, the subgraph an error came from.)
  it('gives a message thrown in English only a Chinese sentence for its code, the English kept in extensions.detail', async () => {
    const query = '{ station(id: "s-404") { id name } }';
    const english = await ask(url, query);
    const chinese = await ask(url, query, { 'accept-language': 'zh' });
    expect(english.body.errors).toEqual([expect.objectContaining({ message: 'no station s-404', path: ['station'], extensions: { code: 'NOT_FOUND', serviceName: 'stations' } })]);
    expect(chinese.body.errors).toEqual([
      expect.objectContaining({ message: '所指的对象不存在', path: ['station'], extensions: { code: 'NOT_FOUND', serviceName: 'stations', detail: 'no station s-404' } }),
    ]);
  });

  it('says Vary: Accept-Language on every answer, and never serves one language’s error to the other', async () => {
    const query = '{ district(code: "999") { code } }';
    // Asked twice in English (an answer is kept from its second asking), then in Chinese.
    for (let i = 0; i < 2; i++) expect(messages(await ask(url, query))).toEqual(['code must be a six-digit GB/T 2260 code, got "999"']);
    const chinese = await ask(url, query, { 'accept-language': 'zh-CN' });
    expect(messages(chinese)).toEqual(['「code」须为六位GB/T 2260行政区划代码，收到"999"']);
    expect(chinese.vary).toMatch(/accept-language/i);
    const get = await fetch(`${url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(get.headers.get('vary')).toMatch(/accept-language/i);
  });

  it('answers the gateway’s own refusals in Chinese: API key, validation, an unavailable domain', async () => {
    const unknownKey = await ask(url, '{ __typename }', { authorization: 'Bearer nope', 'accept-language': 'zh-CN' });
    expect(unknownKey.status).toBe(401);
    expect(unknownKey.body.errors).toEqual([{ message: '未知的API密钥', extensions: { code: 'UNAUTHENTICATED' } }]);
    const malformed = await ask(url, '{ __typename }', { authorization: 'Basic x', 'accept-language': 'zh' });
    expect(malformed.body.errors).toEqual([{ message: 'Authorization须为"Bearer <API密钥>"', extensions: { code: 'UNAUTHENTICATED' } }]);
    const english = await ask(url, '{ __typename }', { authorization: 'Bearer nope' });
    expect(english.body.errors).toEqual([{ message: 'unknown API key', extensions: { code: 'UNAUTHENTICATED' } }]);

    const notPartner = await ask(url, '{ __typename }', { 'x-acting-worker': 'mt-10001', 'accept-language': 'zh-CN' });
    expect(notPartner.status).toBe(400);
    expect(notPartner.body.errors).toEqual([{ message: 'X-Acting-Worker仅供合作平台的密钥使用', extensions: { code: 'BAD_USER_INPUT' } }]);

    const invalid = await ask(url, '{ nothingHere }', { 'accept-language': 'zh-CN' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors![0]).toMatchObject({
      message: '请求的GraphQL文档与本接口的定义不符',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', detail: expect.stringContaining('nothingHere') },
    });

    const down = await ask(url, '{ course(id: "c1") { id } }', { 'accept-language': 'zh-CN' });
    expect(down.status).toBe(503);
    expect(down.body.errors).toEqual([
      expect.objectContaining({ message: '培训服务暂时不可用，请稍后重试', path: ['course'], extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'training', serviceName: 'training' } }),
    ]);
  });

  it('refuses an operation over the cost limit in Chinese, with the same limit and max', async () => {
    const limited = await start({ MAX_QUERY_COST: '1' });
    const query = '{ a: district(code: "110105") { code } b: district(code: "110108") { code } }';
    const english = await ask(limited, query);
    const chinese = await ask(limited, query, { 'accept-language': 'zh-CN,zh;q=0.9' });
    expect(english.status).toBe(400);
    expect(chinese.status).toBe(400);
    expect(messages(english)).toEqual(['operation exceeds the cost limit of this API (1)']);
    expect(messages(chinese)).toEqual(['操作超出了本接口的成本上限（1）']);
    expect(withoutMessage(chinese)).toEqual(withoutMessage(english));
    expect(chinese.body.errors![0]!.extensions).toEqual({ code: 'OPERATION_LIMIT_EXCEEDED', limit: 'cost', max: 1 });
  });

  it('refuses an operation outside a key’s published manifest in Chinese (trusted documents)', async () => {
    const enforcing = await start({ TRUSTED_DOCUMENTS: 'enforce' });
    const partner = { authorization: 'Bearer demo-meituan' };
    const notTrusted = await ask(enforcing, '{ __typename }', { ...partner, 'accept-language': 'zh-CN' });
    expect(notTrusted.status).toBe(400);
    expect(notTrusted.body.errors).toEqual([
      {
        message: '此API密钥只能执行其清单"partner-client"中已发布的操作：请按id（extensions.persistedQuery.sha256Hash）或原文发送其中之一',
        extensions: { code: 'OPERATION_NOT_TRUSTED' },
      },
    ]);
    const english = await ask(enforcing, '{ __typename }', partner);
    expect(english.body.errors).toEqual([{ message: expect.stringContaining('this API key runs only the operations published'), extensions: { code: 'OPERATION_NOT_TRUSTED' } }]);
    const res = await fetch(enforcing, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...partner, 'accept-language': 'zh' },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Answer['body']).errors).toEqual([
      { message: '未找到该持久化操作（PersistedQueryNotFound）', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
    ]);
  });

  it('refuses in Chinese when the rate limit is reached, with the same Retry-After', async () => {
    const limited = await start({ RATE_LIMIT_PER_MINUTE: '1000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2' });
    const query = '{ district(code: "110105") { code } }';
    expect((await ask(limited, query)).status).toBe(200);
    expect((await ask(limited, query)).status).toBe(200);
    const chinese = await ask(limited, query, { 'accept-language': 'zh-CN' });
    const english = await ask(limited, query);
    expect(chinese.status).toBe(429);
    expect(english.status).toBe(429);
    const seconds = chinese.body.errors![0]!.extensions!.retryAfterSeconds;
    expect(seconds).toEqual(expect.any(Number));
    expect(messages(chinese)).toEqual([`已达到请求频率上限：请在${seconds}秒后重试`]);
    expect(messages(english)).toEqual([`rate limit reached: retry after ${english.body.errors![0]!.extensions!.retryAfterSeconds} s`]);
    expect(chinese.body.errors![0]!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: seconds });

    // An operation that costs more than the whole budget: no waiting helps.
    const costly = await start({ RATE_LIMIT_PER_MINUTE: '1000', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1' });
    const tooBig = await ask(costly, '{ a: district(code: "110105") { code } b: district(code: "110108") { code } }', { 'accept-language': 'zh' });
    expect(tooBig.status).toBe(429);
    expect(tooBig.body.errors).toEqual([{ message: '此操作需要2点，超过了该调用方每分钟1点的额度；请减少每页的条数', extensions: { code: 'RATE_LIMITED' } }]);
  });
});

describe('the Vary header', () => {
  it('adds Accept-Language once to what is there', () => {
    expect(varyWith(undefined, 'Accept-Language')).toBe('Accept-Language');
    expect(varyWith('Accept', 'Accept-Language')).toBe('Accept, Accept-Language');
    expect(varyWith('accept-language, Origin', 'Accept-Language')).toBe('accept-language, Origin');
    expect(varyWith('*', 'Accept-Language')).toBe('*');
  });
});
