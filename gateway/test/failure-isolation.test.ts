/**
 * One service down costs only its own fields. GraphQL turns a field that cannot be resolved
 * into null and, when the field is non-null, nulls its parent instead, up to the nearest
 * nullable field; so every field that a subgraph's failure can leave unresolved must be
 * nullable, or a failure spreads to fields other services answered. This reads
 * gateway/supergraph.graphql (as `npm run compose` writes it) and names each field that breaks
 * the rule. The fields a subgraph's failure can leave unresolved:
 *
 * - every root field (Query, Mutation): each is one fetch from one subgraph;
 * - a field of an entity served by a subgraph other than the entity's owner (Worker.enrollments
 *   from training on union's Worker), and a field that @requires fields of another subgraph;
 * - a field whose type is an entity with non-null fields its own subgraph does not serve
 *   (training's Course.station, whose name comes from stations): resolving those is a fetch
 *   from the owner, and a null there reaches the field. Lists of such entities are nullable
 *   lists.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';

const SUPERGRAPH_FILE = path.resolve(__dirname, '../supergraph.graphql');
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

interface Field {
  parent: string;
  name: string;
  type: TypeNode;
  /** The subgraphs that resolve the field (not those that only mark it @external). */
  servedBy: string[];
  /** The field @requires fields that another fetch supplies. */
  requires: boolean;
}

interface ObjectType {
  name: string;
  graphs: string[];
  /** Fields named in a @key: every subgraph of the type can answer them. */
  keyFields: Set<string>;
  fields: Field[];
}

const argument = (directive: ConstDirectiveNode, name: string): string | boolean | undefined => {
  const value = directive.arguments?.find((a) => a.name.value === name)?.value;
  if (value?.kind === Kind.ENUM || value?.kind === Kind.STRING) return value.value;
  if (value?.kind === Kind.BOOLEAN) return value.value;
  return undefined;
};

const directives = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) =>
  (node.directives ?? []).filter((d) => d.name.value === name);

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

function objectType(definition: ObjectTypeDefinitionNode): ObjectType {
  const joins = directives(definition, 'join__type');
  const graphs = [...new Set(joins.map((d) => String(argument(d, 'graph'))))];
  const keyFields = new Set(
    joins.flatMap((d) => {
      const key = argument(d, 'key');
      return typeof key === 'string' ? key.split(/[\s{}]+/).filter(Boolean) : [];
    }),
  );
  const fields = (definition.fields ?? []).map((f: FieldDefinitionNode): Field => {
    const joinFields = directives(f, 'join__field').filter((d) => argument(d, 'graph') !== undefined);
    const servedBy =
      joinFields.length === 0 ? graphs : joinFields.filter((d) => argument(d, 'external') !== true).map((d) => String(argument(d, 'graph')));
    return {
      parent: definition.name.value,
      name: f.name.value,
      type: f.type,
      servedBy,
      requires: joinFields.some((d) => argument(d, 'requires') !== undefined),
    };
  });
  return { name: definition.name.value, graphs, keyFields, fields };
}

/** The object types of a supergraph, with the subgraphs that serve each field. */
export function readSupergraph(document: DocumentNode): Map<string, ObjectType> {
  const types = new Map<string, ObjectType>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION) types.set(definition.name.value, objectType(definition));
  }
  return types;
}

/** An entity several subgraphs serve fields of. */
const isSharedEntity = (type: ObjectType | undefined): type is ObjectType =>
  !!type && !ROOT_TYPES.includes(type.name) && type.keyFields.size > 0 && type.graphs.length > 1;

/**
 * Which subgraph keeps each shared entity's record (docs/architecture.md, who owns what). It is
 * declared, not counted: the others may well serve more of its fields (governance adds more to
 * Worker than union has). A new shared entity must be added here before this test passes.
 */
export const OWNERS: Record<string, string> = { District: 'STATIONS', Region: 'STATIONS', Station: 'STATIONS', Worker: 'UNION' };

export function owner(type: ObjectType, declaredOwners: Record<string, string> = OWNERS): string {
  const declared = declaredOwners[type.name];
  if (!declared) throw new Error(`${type.name} is shared by ${type.graphs.join(', ')}: declare which subgraph owns it in OWNERS`);
  if (!type.graphs.includes(declared)) throw new Error(`${type.name} is said to be owned by ${declared}, which does not serve it`);
  return declared;
}

/** Each non-null field a subgraph's failure can leave unresolved, with the reason. */
export function nonNullAtBoundaries(types: Map<string, ObjectType>, declaredOwners: Record<string, string> = OWNERS): string[] {
  const found: string[] = [];
  const owners = new Map([...types.values()].filter(isSharedEntity).map((t) => [t.name, owner(t, declaredOwners)]));
  for (const type of types.values()) {
    const typeOwner = owners.get(type.name);
    for (const field of type.fields) {
      if (field.type.kind !== Kind.NON_NULL_TYPE) continue;
      const coordinate = `${type.name}.${field.name}: ${print(field.type)}`;
      if (ROOT_TYPES.includes(type.name)) {
        found.push(`${coordinate} is a root field, answered by ${field.servedBy.join(', ')}`);
        continue;
      }
      if (typeOwner !== undefined && !type.keyFields.has(field.name) && !field.servedBy.includes(typeOwner)) {
        found.push(`${coordinate} is served by ${field.servedBy.join(', ')} on an entity ${typeOwner} owns`);
        continue;
      }
      if (field.requires) {
        found.push(`${coordinate} @requires fields another subgraph serves`);
        continue;
      }
      const target = types.get(namedType(field.type));
      if (!isSharedEntity(target)) continue;
      for (const graph of field.servedBy) {
        const elsewhere = target.fields.filter(
          (f) => f.type.kind === Kind.NON_NULL_TYPE && !target.keyFields.has(f.name) && !f.servedBy.includes(graph),
        );
        if (elsewhere.length > 0) {
          const names = elsewhere.map((f) => `${target.name}.${f.name}`).join(', ');
          found.push(`${coordinate} is served by ${graph}, but non-null ${names} come from another subgraph`);
          break;
        }
      }
    }
  }
  return found;
}

describe('failure isolation in the contract', () => {
  const types = readSupergraph(parse(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')));

  it('finds the shared entities and their owners in the supergraph', () => {
    // The real supergraph, not an empty one that passes trivially: every shared entity has a
    // declared owner that serves it, and the declared ones are all shared.
    const owners = Object.fromEntries([...types.values()].filter(isSharedEntity).map((t) => [t.name, owner(t)]));
    expect(owners).toEqual(OWNERS);
    expect(types.get('Query')?.fields.length).toBeGreaterThan(20);
    expect(types.get('Mutation')?.fields.length).toBeGreaterThan(20);
  });

  it('makes nullable every field one service down can leave unresolved', () => {
    const found = nonNullAtBoundaries(types);
    if (found.length > 0) {
      throw new Error(
        `${found.length} non-null fields would spread one service's failure to fields others answered; make each ` +
          `nullable in its services/<name>/src/schema.graphql (or put it under a nullable parent) and run npm run ` +
          `compose:\n  ${found.join('\n  ')}`,
      );
    }
  });

  it('names each kind of field that breaks the rule, and only those', () => {
    const sdl = `
      type Query @join__type(graph: A) @join__type(graph: B) {
        one: Thing @join__field(graph: A)
        list: [Thing!]! @join__field(graph: B)
      }
      type Thing @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
        id: ID!
        name: String! @join__field(graph: A)
        flag: Boolean! @join__field(graph: A) @join__field(graph: B, external: true)
        score: Int! @join__field(graph: A, requires: "extra")
        extra: Int! @join__field(graph: B)
        derived: Int @join__field(graph: B, requires: "flag")
      }
      type Place @join__type(graph: A, key: "id") @join__type(graph: B, key: "id") {
        id: ID!
        name: String! @join__field(graph: A)
        size: Int! @join__field(graph: A)
        visits: Int @join__field(graph: B)
      }
      type Home @join__type(graph: A) { place: Place! thing: Thing }
      type Value @join__type(graph: B) { place: Place! places: [Place!]! thing: Thing ok: Int! }
    `;
    expect(nonNullAtBoundaries(readSupergraph(parse(sdl)), { Thing: 'A', Place: 'A' })).toEqual([
      'Query.list: [Thing!]! is a root field, answered by B',
      'Thing.score: Int! @requires fields another subgraph serves',
      'Thing.extra: Int! is served by B on an entity A owns',
      'Value.place: Place! is served by B, but non-null Place.name, Place.size come from another subgraph',
      'Value.places: [Place!]! is served by B, but non-null Place.name, Place.size come from another subgraph',
    ]);
  });
});
