import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import { PRINCIPAL_HEADER, createLogger, verifyPrincipal } from '@nef/kit';
import { TEST_PRINCIPAL_KEYS, TEST_TRUSTED_KEYS } from '@nef/kit/testing';
import { SignedDataSource } from '../src/signed-data-source';

/**
 * What the gateway's data source answers in place of a fetch that failed, for each way a
 * subgraph can fail, against a real HTTP server on loopback. The gateway turns `_entities`
 * indexes into the client's paths (checked through the real gateway in test/e2e/subgraph-outage.test.ts).
 */

type Behaviour = (req: http.IncomingMessage, res: http.ServerResponse) => void;

let behaviour: Behaviour = (_req, res) => res.end();
let server: http.Server;
let url: string;
let source: SignedDataSource;

beforeAll(async () => {
  server = http.createServer((req, res) => behaviour(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  source = new SignedDataSource(url, TEST_PRINCIPAL_KEYS.signer, 'training', createLogger('gateway', 'silent'), undefined, {
    connections: 4,
    keepAliveMs: 1000,
    timeoutMs: 300,
  });
});
afterAll(async () => {
  await source.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const ROOT_QUERY = 'query Q__training__0 { a: courses(first: 1) { totalCount } course(id: "x") { id } __typename ...More } fragment More on Query { certificate(number: "n") { number } }';
const ENTITY_QUERY = 'query Q__training__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Station { upcomingSessions { id } } } }';

/** One fetch as the gateway's executor sends it. */
function fetchOf(query: string, variables: Record<string, unknown> = {}) {
  return source.process({
    kind: 'incoming operation',
    request: { query, variables },
    document: parse(query),
    incomingRequestContext: {} as never,
    context: {} as never,
  } as Parameters<SignedDataSource['process']>[0]);
}

const unavailable = { code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'training' };
const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe("a fetch from a subgraph that cannot answer", () => {
  it('answers SERVICE_UNAVAILABLE at each root field the fetch carried, by alias, through fragments', async () => {
    behaviour = (_req, res) => {
      res.writeHead(502);
      res.end('Bad Gateway');
    };
    const r = await fetchOf(ROOT_QUERY);
    expect(r.data).toBeUndefined();
    expect(r.errors).toEqual([
      { message: 'the training service is unavailable; try again shortly', path: ['a'], extensions: unavailable },
      { message: 'the training service is unavailable; try again shortly', path: ['course'], extensions: unavailable },
      { message: 'the training service is unavailable; try again shortly', path: ['certificate'], extensions: unavailable },
    ]);
  });

  it('answers one error per entity it was to complete', async () => {
    behaviour = (req) => req.socket.destroy();
    const r = await fetchOf(ENTITY_QUERY, { representations: [{ __typename: 'Station', id: 's1' }, { __typename: 'Station', id: 's2' }] });
    expect(r.errors?.map((e) => e.path)).toEqual([
      ['_entities', 0],
      ['_entities', 1],
    ]);
    for (const e of r.errors!) expect(e.extensions).toEqual(unavailable);
  });

  it('answers SERVICE_UNAVAILABLE when the subgraph does not answer in time', async () => {
    behaviour = () => undefined; // never answers
    const r = await fetchOf(ROOT_QUERY);
    expect(r.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['a'], 'SERVICE_UNAVAILABLE'],
      [['course'], 'SERVICE_UNAVAILABLE'],
      [['certificate'], 'SERVICE_UNAVAILABLE'],
    ]);
  });

  it('passes on the errors a subgraph sent with its 503, naming it, and spreads one without a path over every field', async () => {
    behaviour = (_req, res) =>
      json(res, 503, { data: null, errors: [{ message: 'the service is unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } }] });
    const r = await fetchOf(ROOT_QUERY);
    expect(r.errors?.map((e) => [e.path, e.extensions])).toEqual([
      [['a'], unavailable],
      [['course'], unavailable],
      [['certificate'], unavailable],
    ]);
    behaviour = (_req, res) =>
      json(res, 503, {
        data: { _entities: [null] },
        errors: [{ message: 'x', path: ['_entities', 0], extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'training' } }],
      });
    const entity = await fetchOf(ENTITY_QUERY, { representations: [{ __typename: 'Station', id: 's1' }] });
    expect(entity).toEqual({ data: { _entities: [null] }, errors: [{ message: 'x', path: ['_entities', 0], extensions: unavailable }] });
  });

  it('names the subgraph on the SERVICE_UNAVAILABLE errors of a 200 answer, and leaves its other errors alone', async () => {
    behaviour = (_req, res) =>
      json(res, 200, {
        data: { a: null, course: { id: 'x' }, certificate: null },
        errors: [
          { message: 'down', path: ['a'], extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true } },
          { message: 'no', path: ['certificate'], extensions: { code: 'FORBIDDEN' } },
        ],
      });
    const r = await fetchOf(ROOT_QUERY);
    expect(r.data).toEqual({ a: null, course: { id: 'x' }, certificate: null });
    expect(r.errors).toEqual([
      { message: 'down', path: ['a'], extensions: unavailable },
      { message: 'no', path: ['certificate'], extensions: { code: 'FORBIDDEN' } },
    ]);
  });

  it('answers a subgraph that refuses the gateway itself (a key it does not trust) as unexpected, at each field, without its words', async () => {
    behaviour = (_req, res) => json(res, 401, { errors: [{ message: 'requests must come through the gateway', extensions: { code: 'UNAUTHENTICATED' } }] });
    const r = await fetchOf(ROOT_QUERY);
    expect(r.errors).toEqual([
      { message: 'Internal server error', path: ['a'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { message: 'Internal server error', path: ['course'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { message: 'Internal server error', path: ['certificate'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    ]);
  });
});

describe('the principal on a subgraph request', () => {
  it('is signed for this subgraph and the exact body sent, and nothing unsigned goes with it', async () => {
    const seen: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    behaviour = (req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        json(res, 200, { data: { a: { totalCount: 1 } } });
      });
    };
    const operator = { role: 'operator' as const, keyId: 'k-op', domain: 'training' as const };
    await source.process({
      kind: 'incoming operation',
      request: { query: 'query Q { a: courses(first: 1) { totalCount } }', variables: { x: 'é 🚲' } },
      document: parse('query Q { a: courses(first: 1) { totalCount } }'),
      incomingRequestContext: {} as never,
      context: { principal: operator } as never,
    } as Parameters<SignedDataSource['process']>[0]);
    expect(seen).toHaveLength(1);
    const [{ headers, body }] = seen as [(typeof seen)[number]];
    expect(Object.keys(headers).filter((h) => h.startsWith('x-nef-principal'))).toEqual([PRINCIPAL_HEADER]);
    const header = String(headers[PRINCIPAL_HEADER]);
    expect(verifyPrincipal(header, TEST_TRUSTED_KEYS, { audience: 'training', body })).toEqual({ ok: true, principal: operator, kid: 'test' });
    expect(verifyPrincipal(header, TEST_TRUSTED_KEYS, { audience: 'union', body })).toMatchObject({ ok: false });
    expect(verifyPrincipal(header, TEST_TRUSTED_KEYS, { audience: 'training', body: body.replace('courses', 'Courses') })).toMatchObject({ ok: false });
  });
});
