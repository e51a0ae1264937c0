import { ApolloServer } from '@apollo/server';
import { EntitySchema, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  Metrics,
  buildSubgraph,
  createHttpHandler,
  createLogger,
  graphQLStatus,
  listenHttp,
  openServiceDatabase,
  serviceUnavailable,
  unauthenticated,
  type DatabaseTarget,
  type Subgraph,
  type SubgraphModule,
} from '../src';
import { TEST_TRUSTED_KEYS, testDatabaseTarget, testPrincipalHeaders, until } from '../src/testing';
import { holdExclusiveLock } from '../../../test/support/sqlite-lock';
import { startTcpProxy, type TcpProxy } from '../../../test/support/tcp-proxy';

const su = { extensions: { code: 'SERVICE_UNAVAILABLE' } };
const internal = { extensions: { code: 'INTERNAL_SERVER_ERROR' } };
const forbidden = { extensions: { code: 'FORBIDDEN' } };

describe('the HTTP status policy', () => {
  it('answers 200 whenever some data was served, whatever failed beside it', () => {
    expect(graphQLStatus(200, { data: { stations: { totalCount: 3 }, courses: null }, errors: [su] })).toBe(200);
    expect(graphQLStatus(200, { data: { stations: { totalCount: 3 }, leak: null }, errors: [internal] })).toBe(200);
    // A resolver's UNAUTHENTICATED asks for 401; the rest of the answer still stands.
    expect(graphQLStatus(401, { data: { a: 1, me: null }, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] })).toBe(200);
  });

  it('answers 503 when nothing was served and every error is SERVICE_UNAVAILABLE', () => {
    expect(graphQLStatus(200, { data: null, errors: [su] })).toBe(503);
    expect(graphQLStatus(200, { data: { a: null, b: null }, errors: [su, su] })).toBe(503);
    expect(graphQLStatus(500, { errors: [su] })).toBe(503);
  });

  it('answers 500 when nothing was served and something unexpected failed', () => {
    expect(graphQLStatus(200, { data: null, errors: [su, internal] })).toBe(500);
    expect(graphQLStatus(200, { data: { leak: null }, errors: [{ extensions: {} }] })).toBe(500);
  });

  it('keeps the status of a request refused before it ran', () => {
    expect(graphQLStatus(400, { errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] })).toBe(400);
    expect(graphQLStatus(429, { errors: [{ extensions: { code: 'RATE_LIMITED' } }] })).toBe(429);
    expect(graphQLStatus(401, { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] })).toBe(401);
  });

  it('answers 200 for an operation that ran and whose fields failed for reasons of their own', () => {
    expect(graphQLStatus(200, { data: null, errors: [forbidden] })).toBe(200);
    expect(graphQLStatus(200, { data: { a: null }, errors: [su, forbidden] })).toBe(200);
  });

  it('gives an expected error raised outside any field its own status, not 500', () => {
    expect(graphQLStatus(500, { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] })).toBe(400);
    expect(graphQLStatus(500, { errors: [forbidden] })).toBe(403);
  });

  it('leaves an answer without errors alone', () => {
    expect(graphQLStatus(200, { data: { a: null } })).toBe(200);
  });
});

interface NoteRow {
  id: number;
  body: string;
}
const Note = new EntitySchema<NoteRow>({
  name: 'Note',
  tableName: 'notes',
  columns: { id: { type: 'int', primary: true, generated: 'increment' }, body: { type: 'varchar', length: 100 } },
});
class NotesInit1700000000000 implements MigrationInterface {
  name = 'NotesInit1700000000000';
  async up(q: QueryRunner) {
    await q.createTable(
      new Table({
        name: 'notes',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'body', type: 'varchar', length: '100' },
        ],
      }),
    );
  }
  async down(q: QueryRunner) {
    await q.dropTable('notes');
  }
}

/** A one-table subgraph: a read and a write of the database, and fields that need none. */
const notes: SubgraphModule<Record<string, never>> = {
  name: 'training',
  typeDefs: `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
    type Query { notes: [String!] version: String! at(t: DateTime!): DateTime half(x: Float!): Float leak: String }
    type Mutation { addNote(body: String!): Int }
  `,
  resolvers: {
    Query: {
      notes: async (_: unknown, __: unknown, ctx: any) => (await ctx.db.manager.find(Note, { order: { id: 'ASC' } })).map((n: NoteRow) => n.body),
      version: () => '1',
      at: (_: unknown, args: { t: Date }) => args.t,
      half: (_: unknown, args: { x: number }) => args.x / 2,
      leak: () => {
        throw new Error('ER_NO_SUCH_TABLE at /srv/app/src/x.ts:12');
      },
    },
    Mutation: {
      addNote: (_: unknown, args: { body: string }, ctx: any) =>
        ctx.db.transaction(async (em: any) => {
          await em.insert(Note, { body: args.body });
          return em.count(Note);
        }),
    },
  },
  entities: [Note],
  migrations: [NotesInit1700000000000],
  createLoaders: () => ({}),
};

interface Answer {
  status: number;
  retryAfter: string | null;
  text: string;
  body: { data?: any; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
}

async function post(url: string, body: unknown): Promise<Answer> {
  const sent = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...testPrincipalHeaders({ role: 'admin' }, 'training', sent) },
    body: sent,
  });
  const text = await res.text();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text, body: JSON.parse(text) };
}

describe('a subgraph under the policy', () => {
  let subgraph: Subgraph;
  let url: string;
  let target: DatabaseTarget;
  let drop: () => Promise<void>;
  /** On MySQL the subgraph reaches its database through this proxy, so the test can take it away. */
  let proxy: TcpProxy | undefined;

  beforeAll(async () => {
    ({ target, drop } = testDatabaseTarget('training'));
    let reached = target;
    if (target.engine === 'mysql') {
      proxy = await startTcpProxy({ host: target.host, port: target.port });
      reached = { ...target, port: proxy.port };
    }
    const log = createLogger('training', 'silent');
    const metrics = new Metrics('training');
    const db = await openServiceDatabase(notes as SubgraphModule<unknown>, reached, log, metrics);
    subgraph = await buildSubgraph(notes, { db, trustedKeys: TEST_TRUSTED_KEYS, log, metrics });
    url = await subgraph.listen(0);
  });
  afterAll(async () => {
    await subgraph?.stop();
    await proxy?.close();
    await drop?.();
  });

  it.each([
    ['a DateTime literal that is no instant', '{ at(t: "garbage") }'],
    ['a DateTime literal with month 13 and hour 99', '{ at(t: "2026-13-45T99:00") }'],
    ['a DateTime literal on a day the month does not have', '{ at(t: "2026-02-30T10:00:00+08:00") }'],
    ['a Float literal too large for a double', '{ half(x: 1e999) }'],
    ['a subscription', 'subscription { version }'],
  ])('refuses %s with 400 BAD_USER_INPUT, running nothing', async (_, query) => {
    const r = await post(url, { query });
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it.each([
    ['a DateTime variable that is no instant', { query: 'query($t: DateTime!) { at(t: $t) }', variables: { t: 'garbage' } }],
    ['a DateTime variable with month 13', { query: 'query($t: DateTime!) { at(t: $t) }', variables: { t: '2026-13-45T99:00' } }],
    // JSON.parse reads 1e999 as Infinity, which Float refuses.
    ['a Float variable too large for a double', '{"query":"query($x: Float!) { half(x: $x) }","variables":{"x":1e999}}'],
  ])('refuses %s with 400 BAD_USER_INPUT naming the variable', async (_, body) => {
    const r = await post(url, body);
    expect(r.status).toBe(400);
    expect(r.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(r.body.errors?.[0]?.message).toMatch(/^Variable "\$[tx]"/);
  });

  it('takes a well-formed DateTime and Float', async () => {
    const r = await post(url, { query: '{ at(t: "2026-02-28T23:30:00+08:00") half(x: 3) }' });
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ at: '2026-02-28T15:30:00.000Z', half: 1.5 });
  });

  it('answers 500 when nothing was served and the failure was unexpected', async () => {
    const r = await post(url, { query: '{ leak }' });
    expect(r.status).toBe(500);
    expect(r.body.errors).toEqual([expect.objectContaining({ message: 'Internal server error', path: ['leak'], extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
  });

  it('answers SERVICE_UNAVAILABLE at the path of each field its database could not serve, 503 when nothing was served, and serves again once the database is back', async () => {
    expect((await post(url, { query: 'mutation { addNote(body: "before") }' })).body.data).toEqual({ addNote: 1 });
    const unavailable = { code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'training' };
    if (proxy) {
      await proxy.cut();
      const partial = await post(url, { query: '{ notes version }' });
      expect(partial.status).toBe(200);
      expect(partial.body.data).toEqual({ notes: null, version: '1' });
      expect(partial.body.errors).toEqual([expect.objectContaining({ path: ['notes'], extensions: unavailable })]);
      const none = await post(url, { query: 'mutation { addNote(body: "while down") }' });
      expect(none.status).toBe(503);
      expect(none.retryAfter).toBe('5');
      expect(none.body.errors).toEqual([expect.objectContaining({ path: ['addNote'], extensions: unavailable })]);
      expect(none.text).not.toMatch(new RegExp(`ECONN|PROTOCOL|${proxy.port}|127\\.0\\.0\\.1|stack`));
      await proxy.restore();
      await until(async () => (await post(url, { query: '{ notes }' })).status === 200);
    } else {
      if (target.engine !== 'sqlite') throw new Error('expected a SQLite target');
      // Another process writing for longer than the busy timeout: reads go on (WAL), writes wait, then fail.
      const lock = holdExclusiveLock(target.file);
      let none: Answer;
      let partial: Answer;
      try {
        [none, partial] = await Promise.all([
          post(url, { query: 'mutation { addNote(body: "while locked") }' }),
          post(url, { query: '{ notes version }' }),
        ]);
      } finally {
        lock.release();
      }
      expect(partial.status).toBe(200);
      expect(partial.body.data).toEqual({ notes: ['before'], version: '1' });
      expect(none.status).toBe(503);
      expect(none.retryAfter).toBe('5');
      expect(none.body.errors).toEqual([expect.objectContaining({ path: ['addNote'], extensions: unavailable })]);
      expect(none.text).not.toMatch(/SQLITE|database is locked|stack/);
    }
    const after = await post(url, { query: 'mutation { addNote(body: "after") }' });
    expect(after.status).toBe(200);
    expect((await post(url, { query: '{ notes }' })).body.data).toEqual({ notes: ['before', 'after'] });
  });
});

describe('a request its context refuses', () => {
  it('answers 503 with Retry-After when a service the context needs is down, and 401 for a bad key', async () => {
    const apollo = new ApolloServer({ typeDefs: 'type Query { a: Int }' });
    await apollo.start();
    let refusal: unknown;
    const handler = createHttpHandler({
      apollo,
      log: createLogger('gateway', 'silent'),
      metrics: new Metrics('gateway'),
      ready: async () => undefined,
      context: async () => {
        throw refusal;
      },
    });
    const listening = await listenHttp(handler, 0, '127.0.0.1');
    const send = async () => {
      const res = await fetch(listening.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ a }"}' });
      return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
    };
    try {
      refusal = serviceUnavailable('the union service is unavailable; try again shortly', { service: 'union' });
      expect(await send()).toEqual({
        status: 503,
        retryAfter: '5',
        body: { errors: [{ message: 'the union service is unavailable; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, service: 'union' } }] },
      });
      refusal = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:4002'), { code: 'ECONNREFUSED' }) });
      const down = await send();
      expect(down.status).toBe(503);
      expect(down.body.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(JSON.stringify(down.body)).not.toMatch(/4002|ECONNREFUSED/);
      refusal = unauthenticated('unknown API key');
      expect(await send()).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
      refusal = new Error('a bug');
      expect((await send()).status).toBe(500);
    } finally {
      await listening.close();
      await apollo.stop();
    }
  });
});
