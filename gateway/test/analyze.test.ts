import { buildSchema, getIntrospectionQuery, parse, type OperationDefinitionNode } from 'graphql';
import { analyzeOperation, UNPAGED_LIST_SIZE } from '../src/limits/analyze';

const schema = buildSchema(`
  type Query { stations(first: Int = 20): StationConnection! station(id: ID!): Station worker(id: ID!): Worker }
  type StationConnection { edges: [StationEdge!]! totalCount: Int! }
  type StationEdge { node: Station! cursor: String! }
  type Station { id: ID! name: String! offers: [Offer!]! district: District! }
  type Offer { title: String! }
  type District { code: ID! name: String! }
  type Worker { id: ID! reports(first: Int = 20): [Report!]! }
  type Report { id: ID! reporter: Worker! }
`);

const shapeOf = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return analyzeOperation(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
};

describe('measuring an operation before it runs', () => {
  it('costs a connection by its page size: one connection, then that many edges, nodes and their objects', () => {
    expect(shapeOf('{ stations(first: 5) { edges { node { name district { name } } } } }').cost).toBe(1 + 5 + 5 + 5);
  });

  it('uses the schema default page size when first is not given, and variables when it is', () => {
    expect(shapeOf('{ stations { edges { node { id } } } }').cost).toBe(1 + 20 + 20);
    expect(shapeOf('query($n: Int) { stations(first: $n) { edges { node { id } } } }', { n: 50 }).cost).toBe(1 + 50 + 50);
  });

  it('takes an omitted variable from its default, so a default cannot hide a page size', () => {
    const nested = 'query($n: Int = 100) { worker(id: "w") { reports(first: $n) { reporter { reports(first: $n) { reporter { id } } } } } }';
    expect(shapeOf(nested).cost).toBe(1 + 100 + 100 + 100 * 100 + 100 * 100);
    expect(shapeOf(nested, { n: 3 }).cost).toBe(1 + 3 + 3 + 9 + 9);
    expect(shapeOf('query($n: Int = 100) { stations(first: $n) { edges { node { id } } } }').cost).toBe(1 + 100 + 100);
  });

  it('falls back to the argument’s schema default when a variable is absent and has no default', () => {
    expect(shapeOf('query($n: Int) { stations(first: $n) { edges { node { id } } } }').cost).toBe(1 + 20 + 20);
    expect(shapeOf('query($n: Int) { worker(id: "w") { reports(first: $n) { id } } }').cost).toBe(1 + 20);
  });

  it('multiplies nested pages', () => {
    // worker, 100 reports, their 100 reporters, 100 reports of each, and their reporters
    expect(shapeOf('{ worker(id: "w") { reports(first: 100) { reporter { reports(first: 100) { reporter { id } } } } } }').cost).toBe(
      1 + 100 + 100 + 100 * 100 + 100 * 100,
    );
  });

  it('assumes unpaged lists hold a few items', () => {
    expect(shapeOf('{ station(id: "s") { offers { title } } }').cost).toBe(1 + 10);
    expect(shapeOf('{ stations(first: 2) { edges { node { offers { title } } } } }').cost).toBe(1 + 2 + 2 + 2 * 10);
    expect(UNPAGED_LIST_SIZE).toBe(10);
  });

  it('counts depth through fragments and inline fragments', () => {
    expect(shapeOf('{ station(id: "s") { district { name } } }').depth).toBe(2);
    expect(shapeOf('query { ...Q } fragment Q on Query { station(id: "s") { ... on Station { district { ...D } } } } fragment D on District { name }').depth).toBe(2);
  });

  it('counts every alias, __typename aliases included', () => {
    expect(shapeOf('{ a: __typename b: __typename station(id: "s") { c: name d: id } }').aliases).toBe(4);
  });

  it('counts directives on the operation, selections, fragments and spreads', () => {
    const q = 'query Q @skip(if: false) { station(id: "s") @include(if: true) { name @skip(if: false) @skip(if: false) ...F @include(if: true) } } fragment F on Station @include(if: true) { id }';
    expect(shapeOf(q).directives).toBe(6);
  });

  it('measures introspection: the standard query is 14 deep and costs nothing; circular probes go deeper', () => {
    expect(shapeOf(getIntrospectionQuery())).toMatchObject({ depth: 14, cost: 0 });
    const circular = `{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { type {
      fields { type { fields { type { fields { name } } } } } } } } } } } } } } } } } }`;
    expect(shapeOf(circular).depth).toBeGreaterThan(15);
  });

  it('counts every field selection, repeats included (field duplication)', () => {
    expect(shapeOf(`{ ${'__typename '.repeat(500)} }`).fields).toBe(500);
    expect(shapeOf('{ station(id: "s") { name name district { name } } }').fields).toBe(5);
    expect(shapeOf(getIntrospectionQuery()).fields).toBe(220); // fragments counted where spread
  });
});
