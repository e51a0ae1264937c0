import { parse, buildSchema, getOperationAST } from 'graphql';
import { VersionBook, badUserInput, analyzeForCache, bumpDataVersions, parseVersions, type CachePolicy, type SubgraphModule } from '../src';
import { startTestSubgraph, testPrincipalHeaders, until, type TestSubgraph } from '../src/testing';

const ownTypes = `
  type Query { shelf(id: ID!): Shelf  me: Person  slow(until: Int): String  clock: String }
  type Shelf { id: ID! title: String! books: [Book!]! visits: Int! owner: Person }
  type Book { title: String! }
  type Person { name: String! }
  type Mutation { renameShelf(title: String!): Shelf  countVisit: Int }
`;
/** As a service writes it: a Federation 2 schema, to which the kit adds the shared definitions. */
const typeDefs = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])\n${ownTypes}`;

const policy: CachePolicy = {
  namespaces: ['shelves', 'visits'],
  fields: {
    'Query.shelf': { deps: ['shelves'], maxAge: 600 },
    'Query.slow': { deps: [], maxAge: 600 },
    'Query.clock': { deps: [], maxAge: 'minute' },
    'Shelf.*': { deps: ['shelves'], maxAge: 3600 },
    'Shelf.visits': { deps: ['visits'], maxAge: 120 },
    'Shelf.owner': false,
    'Book.*': { deps: ['shelves'], maxAge: 3600 },
  },
  mutations: { countVisit: ['visits'] },
};

describe('which operations may be cached', () => {
  const schema = buildSchema(ownTypes);
  const analyze = (q: string) => {
    const doc = parse(q);
    return analyzeForCache(policy, schema, doc, getOperationAST(doc)!);
  };

  it('keeps a query whose every field is listed, with the union of its namespaces and the shortest max age', () => {
    expect(analyze('{ shelf(id: "1") { title books { title } } }')).toMatchObject({ kind: 'query', cacheable: true, deps: ['shelves'], maxAge: 600 });
    expect(analyze('{ shelf(id: "1") { title visits } }')).toMatchObject({ cacheable: true, deps: ['shelves', 'visits'], maxAge: 120 });
  });

  it('refuses a query with one field not listed, or listed as false, fragments included', () => {
    expect(analyze('{ me { name } }').cacheable).toBe(false);
    expect(analyze('{ shelf(id: "1") { owner { name } } }').cacheable).toBe(false);
    expect(analyze('{ shelf(id: "1") { ...F } } fragment F on Shelf { title owner { name } }').cacheable).toBe(false);
    expect(analyze('{ shelf(id: "1") { ...F } } fragment F on Shelf { title }').cacheable).toBe(true);
  });

  it('marks answers that follow the clock, and names what mutations change (all namespaces when not listed)', () => {
    expect(analyze('{ clock }')).toMatchObject({ cacheable: true, toMinute: true });
    expect(analyze('mutation { countVisit }')).toMatchObject({ kind: 'mutation', touches: ['visits'] });
    expect(analyze('mutation { renameShelf(title: "x") { title } }').touches.sort()).toEqual(['shelves', 'visits']);
  });
});

describe('data versions and the cache headers of a subgraph', () => {
  let sg: TestSubgraph;
  let title = 'first';
  let visits = 0;
  const mod: SubgraphModule<Record<string, never>> = {
    name: 'stations',
    typeDefs,
    resolvers: {
      Query: {
        shelf: (_: unknown, args: { id: string }) => ({ id: args.id }),
        me: () => ({ name: 'someone' }),
        clock: () => new Date().toISOString(),
        slow: (_: unknown, args: { until?: number }, ctx: any) => {
          if (args.until === 0) ctx.cache.noStore();
          else if (args.until) ctx.cache.validUntil(Date.now() + args.until * 1000);
          return 'ok';
        },
      },
      Shelf: { title: () => title, books: () => [{ title: 'b' }], visits: () => visits, owner: () => ({ name: 'x' }) },
      Mutation: {
        renameShelf: (_: unknown, args: { title: string }) => {
          if (!args.title) throw badUserInput('title must not be empty', { field: 'title' });
          title = args.title;
          return { id: '1' };
        },
        countVisit: () => ++visits,
      },
    } as any,
    entities: [],
    migrations: [],
    createLoaders: () => ({}),
    cache: policy,
  };
  beforeAll(async () => {
    sg = await startTestSubgraph(mod);
  });
  afterAll(() => sg.stop());

  const post = async (query: string) => {
    const body = JSON.stringify({ query });
    const res = await fetch(sg.url, { method: 'POST', headers: { 'content-type': 'application/json', ...testPrincipalHeaders({ role: 'anonymous' }, 'stations', body) }, body });
    return { versions: parseVersions(res.headers.get('x-nef-versions')), cache: res.headers.get('x-nef-cache'), body: (await res.json()) as any };
  };

  it('tags a cacheable answer with its max age and namespaces, and every answer with the versions', async () => {
    const r = await post('{ shelf(id: "1") { title books { title } } }');
    expect(r.cache).toBe('max-age=600; deps=shelves');
    expect([...r.versions.keys()].sort()).toEqual(['shelves', 'visits']);
    const personal = await post('{ me { name } }');
    expect(personal.cache).toBeNull();
    expect(personal.versions.size).toBe(2);
  });

  it('moves on exactly the namespaces a mutation changes, and answers with the new versions', async () => {
    const before = (await post('{ shelf(id: "1") { title } }')).versions;
    const visit = await post('mutation { countVisit }');
    expect(visit.versions.get('visits')).toBe(before.get('visits')! + 1);
    expect(visit.versions.get('shelves')).toBe(before.get('shelves'));
    const rename = await post('mutation { renameShelf(title: "second") { title } }');
    expect(rename.versions.get('shelves')).toBe(before.get('shelves')! + 1);
    expect(rename.versions.get('visits')).toBe(before.get('visits')! + 2);
  });

  it('moves nothing on when every mutation in the request failed, so cached answers stay', async () => {
    const before = (await post('{ shelf(id: "1") { title } }')).versions;
    const refused = await post('mutation { renameShelf(title: "") { title } }');
    expect(refused.body.data).toEqual({ renameShelf: null });
    expect(refused.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await post('{ shelf(id: "1") { title } }')).versions).toEqual(before);
  });

  it('lets resolvers forbid keeping an answer or shorten its life', async () => {
    expect((await post('{ slow(until: 0) }')).cache).toBeNull();
    const short = Number(/max-age=(\d+)/.exec((await post('{ slow(until: 5) }')).cache ?? '')?.[1]);
    expect(short).toBeGreaterThanOrEqual(4);
    expect(short).toBeLessThanOrEqual(5);
  });

  it('sees writes made by another process (a command) within its refresh time, without counting them as statements', async () => {
    let now = 1_000_000;
    const book = new VersionBook(sg.db, ['shelves'], 50, () => now);
    const v = (await book.current(true)).get('shelves')!;
    const statements = sg.db.statements;
    await bumpDataVersions(sg.db, ['shelves']);
    now += 49;
    expect((await book.current()).get('shelves')).toBe(v);
    now += 1;
    expect((await book.current()).get('shelves')).toBe(v + 1);
    expect(sg.db.statements).toBe(statements);
    // The service's own view catches up too (it refreshes every 200 ms).
    const served = async () => (await (await fetch(sg.url.replace(/\/graphql$/, '/versions'))).json()).shelves;
    await until(async () => (await served()) === v + 1, 2_000, () => 'the service never served the new version');
  });
});
