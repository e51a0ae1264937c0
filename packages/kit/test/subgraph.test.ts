import { EntitySchema, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { AuditEntity, PRINCIPAL_HEADER, conflict, generatePrincipalKeyPair, manualClock, readAuditLog, signPrincipal, type SubgraphModule } from '../src';
import { TEST_PRINCIPAL_KEYS, startTestSubgraph, testPrincipalHeaders, type TestSubgraph } from '../src/testing';

interface NoteRow {
  id: string;
  body: string;
}
const Note = new EntitySchema<NoteRow>({
  name: 'Note',
  tableName: 'notes',
  columns: { id: { type: 'varchar', length: 36, primary: true }, body: { type: 'varchar', length: 100 } },
});
class NotesInit1700000000000 implements MigrationInterface {
  name = 'NotesInit1700000000000';
  async up(q: QueryRunner) {
    await q.createTable(
      new Table({
        name: 'notes',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'body', type: 'varchar', length: '100' },
        ],
      }),
    );
  }
  async down(q: QueryRunner) {
    await q.dropTable('notes');
  }
}

/** A one-table subgraph, enough to exercise what the kit does around every service. */
const notes: SubgraphModule<{ now: Date }> = {
  name: 'stations',
  typeDefs: `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
    type Query { whoAmI: String! now: String! leak: String conflict: String secret(id: ID!): String secretUnrecordable: String }
    type Mutation { addNotesThenFail(ids: [ID!]!): Int }
  `,
  resolvers: {
    Query: {
      whoAmI: (_: unknown, __: unknown, ctx: any) => ctx.principal.role,
      now: (_: unknown, __: unknown, ctx: any) => `${ctx.now.toISOString()} ${ctx.loaders.now.toISOString()}`,
      leak: () => {
        throw new Error("ER_NO_SUCH_TABLE: SELECT phone FROM workers WHERE id = '13800138001' at /srv/app/src/x.ts:12");
      },
      conflict: () => {
        throw conflict('the course is full');
      },
      secret: (_: unknown, args: { id: string }, ctx: any) => {
        ctx.audit.record({ field: 'Worker.phone', subjectType: 'Worker', subjectId: args.id });
        return '13800138001';
      },
      secretUnrecordable: (_: unknown, __: unknown, ctx: any) => {
        ctx.audit.record({ field: 'Worker.phone', subjectType: 'Worker', subjectId: null });
        return '13800138001';
      },
    },
    Mutation: {
      addNotesThenFail: async (_: unknown, args: { ids: string[] }, ctx: any) =>
        ctx.db.transaction(async (em: any) => {
          for (const id of args.ids) await em.insert(Note, { id, body: 'half' });
          throw conflict('changed my mind');
        }),
    },
  },
  entities: [Note],
  migrations: [NotesInit1700000000000],
  createLoaders: (_db, now) => ({ now }),
};

describe('what the kit does around every subgraph', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(notes);
  });
  afterAll(() => sg.stop());

  /** Posts `query` with the headers `headersFor` makes for its exact body. */
  const post = (headersFor: (body: string) => Record<string, string>, query = '{ whoAmI }') => {
    const body = JSON.stringify({ query });
    return fetch(sg.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headersFor(body) }, body });
  };
  const admin = { role: 'admin' as const };
  const signed = (body: string, binding: { audience?: string; body?: string; now?: number } = {}, signer = TEST_PRINCIPAL_KEYS.signer) => ({
    [PRINCIPAL_HEADER]: signPrincipal(admin, signer, { audience: binding.audience ?? 'stations', body: binding.body ?? body, now: binding.now }),
  });
  /** The gateway's own header with its claims replaced (the signature kept). */
  const tampered = (body: string) => {
    const [head, claims, signature] = signed(body)[PRINCIPAL_HEADER].split('.') as [string, string, string];
    const changed = { ...JSON.parse(Buffer.from(claims, 'base64url').toString()), p: { role: 'admin', keyId: 'someone-else' } };
    return { [PRINCIPAL_HEADER]: `${head}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}` };
  };

  it('serves a request whose principal the gateway signed', async () => {
    expect((await sg.query('{ whoAmI }', {}, { role: 'dashboard' })).data).toEqual({ whoAmI: 'dashboard' });
  });

  const stranger = generatePrincipalKeyPair('test').signer;
  it.each<[string, (body: string) => Record<string, string>]>([
    ['missing', () => ({})],
    ['unsigned', () => ({ [PRINCIPAL_HEADER]: `v1.${Buffer.from(JSON.stringify({ p: { role: 'admin' }, iat: 0, exp: 9e9 })).toString('base64url')}.` })],
    ['forged (a key the subgraph does not trust, under a trusted key id)', (body) => signed(body, {}, stranger)],
    ['unknown key id', (body) => signed(body, {}, { ...TEST_PRINCIPAL_KEYS.signer, kid: 'retired' })],
    ['for another subgraph', (body) => signed(body, { audience: 'union' })],
    ['for another body', (body) => signed(body, { body: JSON.stringify({ query: '{ __typename }' }) })],
    ['expired', (body) => signed(body, { now: Date.now() - 36_000 })],
    ['tampered', tampered],
  ])('answers 401 UNAUTHENTICATED to a %s principal, and runs nothing', async (_, headersFor) => {
    for (const query of ['{ whoAmI }', '{ _service { sdl } }']) {
      const res = await post(headersFor, query);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ errors: [{ message: 'requests must come through the gateway', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  });

  it('refuses a GET, whose operation is in the URL where no principal covers it', async () => {
    const headers = testPrincipalHeaders(admin, 'stations', '');
    const res = await fetch(`${sg.url}?query=${encodeURIComponent('{ whoAmI }')}`, { headers: { ...headers, 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('masks an unexpected error: no SQL, values, paths or stack reach the caller', async () => {
    const res = await sg.query('{ leak }');
    expect(res.errors).toEqual([{ message: 'Internal server error', locations: [{ line: 1, column: 3 }], path: ['leak'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(JSON.stringify(res)).not.toMatch(/SELECT|13800138001|\/srv|stacktrace/);
  });

  it('keeps an expected error’s code and message, without a stack trace', async () => {
    const res = await sg.query('{ conflict }');
    expect(res.errors).toEqual([{ message: 'the course is full', locations: [{ line: 1, column: 3 }], path: ['conflict'], extensions: { code: 'CONFLICT' } }]);
  });

  it('writes nothing when a transaction fails half-way', async () => {
    const res = await sg.query('mutation { addNotesThenFail(ids: ["a", "b", "c"]) }', {}, { role: 'admin' });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await sg.db.manager.count(Note)).toBe(0);
  });

  it('runs concurrent transactions without mixing them up', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        sg.db.transaction(async (em) => {
          await em.insert(Note, { id: `n${i}`, body: 'kept' });
          if (i % 2) throw new Error('roll back the odd ones');
          return i;
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    const kept = await sg.db.manager.find(Note, { order: { id: 'ASC' } });
    expect(kept.map((n) => Number(n.id.slice(1))).sort((a, b) => a - b)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18]);
  });

  it('serves /healthz, /readyz and /metrics with the SQL statement counter', async () => {
    const base = sg.url.replace(/\/graphql$/, '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
    const before = sg.db.statements;
    await sg.db.manager.count(Note);
    expect(sg.db.statements).toBe(before + 1);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(Number(/sql_statements_total\{service="stations"\} (\d+)/.exec(metrics)?.[1])).toBe(sg.db.statements);
    expect(metrics).toMatch(/graphql_errors_total\{[^}]*code="UNAUTHENTICATED"[^}]*\} [1-9]/);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
  });

  describe('audit log', () => {
    const reader = { role: 'operator' as const, domain: 'union' as const, keyId: 'union-staff' };

    it('records who read which personal data, once per field and subject in a request', async () => {
      const res = await sg.query('{ a: secret(id: "w1") b: secret(id: "w1") c: secret(id: "w2") }', {}, reader);
      expect(res.data).toEqual({ a: '13800138001', b: '13800138001', c: '13800138001' });
      const rows = await sg.db.manager.find(AuditEntity, { where: { keyId: 'union-staff' }, order: { subjectId: 'ASC' } });
      expect(rows.map((r) => [r.role, r.field, r.subjectId])).toEqual([
        ['operator', 'Worker.phone', 'w1'],
        ['operator', 'Worker.phone', 'w2'],
      ]);
    });

    it('is append-only in the database itself', async () => {
      await sg.query('{ secret(id: "w3") }', {}, reader);
      await expect(sg.db.manager.query(`UPDATE audit_log SET subject_id = 'x'`)).rejects.toThrow(/append-only/);
      await expect(sg.db.manager.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      expect(await sg.db.manager.count(AuditEntity, { where: { subjectId: 'w3' } })).toBe(1);
    });

    it('withholds the data when its audit record cannot be written', async () => {
      const res = await sg.query('{ secretUnrecordable }', {}, reader);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res)).not.toContain('13800138001');
    });

    it('is readable by admins only, newest first, filtered by subject', async () => {
      await expect(readAuditLog(sg.db, reader, {})).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      const page = await readAuditLog(sg.db, { role: 'admin' }, { subjectId: 'w1', first: 10 });
      expect(page.totalCount).toBe(1);
      expect(page.edges[0]!.node).toMatchObject({ field: 'Worker.phone', keyId: 'union-staff', subjectId: 'w1' });
    });
  });
});

describe('the time a subgraph reads', () => {
  it('comes from the clock it was given, once per request, and reaches the loaders', async () => {
    const clock = manualClock('2026-11-22T23:59:30+08:00');
    const sg = await startTestSubgraph(notes, { clock });
    try {
      expect((await sg.query('{ now }')).data).toEqual({ now: '2026-11-22T15:59:30.000Z 2026-11-22T15:59:30.000Z' });
      clock.advance(45_000);
      expect((await sg.query('{ now }')).data).toEqual({ now: '2026-11-22T16:00:15.000Z 2026-11-22T16:00:15.000Z' });
    } finally {
      await sg.stop();
    }
  });
});

describe('how long a signed principal lives, by the subgraph’s clock', () => {
  const clock = manualClock('2026-11-20T08:00:00Z');
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(notes, { principalClock: clock });
  });
  afterAll(() => sg.stop());

  it('accepts a principal through its 30 s (and the 5 s of clock skew), and refuses it after', async () => {
    const body = JSON.stringify({ query: '{ whoAmI }' });
    const signedAt = clock().getTime();
    const send = () =>
      fetch(sg.url, { method: 'POST', headers: { 'content-type': 'application/json', ...testPrincipalHeaders({ role: 'dashboard' }, 'stations', body, signedAt) }, body });
    expect((await send()).status).toBe(200);
    clock.advance(35_000);
    expect((await send()).status).toBe(200);
    clock.advance(1_000);
    const late = await send();
    expect(late.status).toBe(401);
    expect(((await late.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // The gateway signs each request anew: a fresh principal is accepted at the same instant.
    expect((await sg.query('{ whoAmI }', {}, { role: 'dashboard' })).data).toEqual({ whoAmI: 'dashboard' });
  });

  it('refuses a principal dated more than the skew ahead of its clock', async () => {
    const body = JSON.stringify({ query: '{ whoAmI }' });
    const ahead = testPrincipalHeaders({ role: 'dashboard' }, 'stations', body, clock().getTime() + 6_000);
    expect((await fetch(sg.url, { method: 'POST', headers: { 'content-type': 'application/json', ...ahead }, body })).status).toBe(401);
  });
});
