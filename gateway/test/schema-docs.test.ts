/**
 * The playground's docs explain the domain only if every element of the public API carries a
 * description. This builds the API schema the gateway serves (gateway/supergraph.graphql, as
 * `npm run compose` writes it) and lists every type, field, argument, input field and enum
 * value without one, so the rule holds as the subgraphs' schemas grow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';

const SUPERGRAPH_FILE = path.resolve(__dirname, '../supergraph.graphql');

const described = (description: string | null | undefined) => !!description && description.trim().length > 0;

/** Every schema coordinate (Type, Type.field, Type.field(arg:), Enum.VALUE) that has no description. */
export function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing.sort();
}

describe('schema documentation', () => {
  it('describes every type, field, argument, input field and enum value of the API schema', () => {
    const sdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
    const schema = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
    // A sanity check that this is the real schema, not an empty one that passes trivially.
    expect(schema.getQueryType()?.getFields().stationsNear).toBeDefined();
    const missing = undocumented(schema);
    if (missing.length > 0) {
      throw new Error(
        `${missing.length} schema elements have no description; add one in the subgraph's ` +
          `services/<name>/src/schema.graphql and run npm run compose:\n  ${missing.join('\n  ')}`,
      );
    }
  });

  it('finds every kind of undocumented element', () => {
    const schema = buildSchema(`
      "Described."
      type Query { "Described." a(x: Int): E! "Described." b("Described." y: In): Int c: Int }
      enum E { "Described." ONE TWO }
      input In { "Described." p: Int q: Int }
      scalar DateTime
    `);
    expect(undocumented(schema)).toEqual(['DateTime', 'E', 'E.TWO', 'In', 'In.q', 'Query.a(x:)', 'Query.c']);
  });
});
