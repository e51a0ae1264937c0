import { EntitySchema, Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { AuditEntity, conflict, manualClock, readAuditLog, signPrincipal, type SubgraphModule } from '../src';
import { TEST_SECRET, startTestSubgraph, type TestSubgraph } from '../src/testing';

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

  const post = (headers: Record<string, string>, query = '{ whoAmI }') =>
    fetch(sg.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('serves a request whose principal the gateway signed', async () => {
    expect((await sg.query('{ whoAmI }', {}, { role: 'dashboard' })).data).toEqual({ whoAmI: 'dashboard' });
  });

  it.each([
    ['missing', {}],
    ['unsigned', { 'x-nef-principal': `v1.${Buffer.from(JSON.stringify({ p: { role: 'admin' }, iat: 0, exp: 9e9 })).toString('base64url')}.` }],
    ['forged', { 'x-nef-principal': signPrincipal({ role: 'admin' }, 'not-the-secret-but-just-as-long-000000') }],
    ['expired', { 'x-nef-principal': signPrincipal({ role: 'admin' }, TEST_SECRET, Date.now() - 3600_000) }],
  ])('answers 401 UNAUTHENTICATED to a %s principal, and runs nothing', async (_, headers) => {
    for (const query of ['{ whoAmI }', '{ _service { sdl } }']) {
      const res = await post(headers as Record<string, string>, query);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ errors: [{ message: 'requests must come through the gateway', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
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
