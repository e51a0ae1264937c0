/**
 * The playground's examples (gateway/src/ui/examples.ts): each is a valid operation of the API
 * the gateway serves (gateway/supergraph.graphql, as `npm run compose` writes it) with
 * variables that fit it, titled in Chinese and English; there is a mutation for each of the
 * four domains; and every example runs without an error against the demo data with the demo
 * keys, on the real processes (where the README's example of an error in Chinese is checked too).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, getOperationAST, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { DOMAINS } from '@nef/kit';
import { PLAYGROUND_EXAMPLES, exampleHeaders } from '../src/ui/examples';
import { STARTUP_TIMEOUT_MS, startStack, type Stack } from '../../test/support/stack';

const SUPERGRAPH_FILE = path.resolve(__dirname, '../supergraph.graphql');
const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');

/** The subgraph (lower case, as DOMAINS spells it) that serves each Mutation field. */
function mutationOwners(sdl: string): Map<string, string> {
  const owners = new Map<string, string>();
  const doc = parse(sdl);
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || def.name.value !== 'Mutation') continue;
    for (const field of def.fields ?? []) {
      const join = field.directives?.find((d) => d.name.value === 'join__field');
      const graph = join?.arguments?.find((a) => a.name.value === 'graph')?.value;
      if (graph?.kind === Kind.ENUM) owners.set(field.name.value, graph.value.toLowerCase());
    }
  }
  return owners;
}

function rootFields(document: DocumentNode): string[] {
  const op = getOperationAST(document);
  return (op?.selectionSet.selections ?? []).flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));
}

describe('the playground examples', () => {
  let api: GraphQLSchema;
  beforeAll(() => {
    api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  });

  it.each(PLAYGROUND_EXAMPLES.map((e) => [e.name, e] as const))('%s validates against the composed supergraph, variables included', (_name, example) => {
    const document = parse(example.query);
    expect(validate(api, document)).toEqual([]);
    const operation = getOperationAST(document);
    expect(operation?.name?.value).toBe(example.name);
    const coerced = getVariableValues(api, operation!.variableDefinitions ?? [], example.variables);
    expect(coerced.errors ?? []).toEqual([]);
    // Titled in both languages: Chinese, then English.
    expect(example.label).toMatch(/^[^A-Za-z]*\p{Script=Han}[^A-Za-z]*\s[A-Za-z]/u);
  });

  it('has a mutation in each domain', () => {
    const owners = mutationOwners(supergraphSdl);
    const domains = new Map<string, string[]>();
    for (const example of PLAYGROUND_EXAMPLES) {
      const document = parse(example.query);
      if (getOperationAST(document)?.operation !== 'mutation') continue;
      for (const field of rootFields(document)) {
        const owner = owners.get(field);
        if (owner) domains.set(owner, [...(domains.get(owner) ?? []), example.name]);
      }
    }
    expect([...domains.keys()].sort()).toEqual([...DOMAINS].sort());
  });

  it('asks for a key in place of the demo keys when those are off', () => {
    for (const example of PLAYGROUND_EXAMPLES.filter((e) => !e.keyless)) {
      expect(exampleHeaders(example, false).Authorization).toBe('Bearer YOUR-API-KEY');
      expect(exampleHeaders(example, true)).toBe(example.demoHeaders);
    }
  });
});

describe('the playground examples on the demo data', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await stack?.stop();
  });

  it.each(PLAYGROUND_EXAMPLES.map((e) => [e.name, e] as const))('%s runs with the demo keys, twice, without an error', async (_name, example) => {
    for (let run = 0; run < 2; run++) {
      const res = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...exampleHeaders(example, true) },
        body: JSON.stringify({ query: example.query, variables: example.variables, operationName: example.name }),
      });
      const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect({ status: res.status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
      for (const field of rootFields(parse(example.query))) expect(body.data?.[field]).not.toBeNull();
    }
  });

  // The README's example of an error in Chinese, on the real services.
  it('answers a refusal from a real subgraph in the caller’s language', async () => {
    const ask = async (language?: string) => {
      const res = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) },
        body: JSON.stringify({ query: '{ stations(first: 500) { totalCount } }' }),
      });
      return (await res.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] };
    };
    const chinese = (await ask('zh-CN')).errors!;
    const english = (await ask()).errors!;
    expect(chinese.map((e) => e.message)).toEqual(['「first」须为0至100之间的整数，收到500']);
    expect(english.map((e) => e.message)).toEqual(['first must be an integer from 0 to 100, got 500']);
    expect(chinese.map((e) => e.extensions)).toEqual(english.map((e) => e.extensions));
    expect(chinese[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
