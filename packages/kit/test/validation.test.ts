import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { DirectiveFloodRule, directiveFloodPlugin, withoutSuggestions } from '../src';

const schema = buildSchema('type Query { a: Int b: Int }');

describe('directive overloading', () => {
  const rules = [...specifiedRules, DirectiveFloodRule];

  it('reports the first unknown directive once, however many follow', () => {
    const document = parse(`{ a ${'@aa'.repeat(60)} b @bb }`);
    expect(validate(schema, document)).toHaveLength(61); // GraphQL's own rules: one error each
    expect(validate(schema, document, [DirectiveFloodRule]).map((e) => [e.message, e.locations])).toEqual([['Unknown directive "@aa".', [{ line: 1, column: 5 }]]]);
  });

  it('reports a known directive repeated at one location once, and lets distinct uses through', () => {
    expect(validate(schema, parse(`{ a ${'@include(if: true) '.repeat(60)} }`), [DirectiveFloodRule]).map((e) => e.message)).toEqual([
      'The directive "@include" can only be used once at this location.',
    ]);
    expect(validate(schema, parse(`{ ${Array.from({ length: 30 }, (_, i) => `f${i}: a @include(if: true)`).join(' ')} }`), rules)).toEqual([]);
  });

  it('is answered through Apollo Server with that one error and HTTP 400', async () => {
    const apollo = new ApolloServer({ typeDefs: 'type Query { a: Int }', validationRules: [DirectiveFloodRule], plugins: [directiveFloodPlugin()] });
    await apollo.start();
    const ask = async (query: string) => {
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query } },
        context: async () => ({}),
      });
      return { status: result.status, errors: JSON.parse((result.body as { string: string }).string).errors };
    };
    try {
      const unknown = await ask(`{ a ${'@aa'.repeat(60)} }`);
      expect(unknown.status).toBe(400);
      expect(unknown.errors).toEqual([expect.objectContaining({ message: 'Unknown directive "@aa".', extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) })]);
      const repeated = await ask(`{ a ${'@skip(if: false) '.repeat(60)} }`);
      expect(repeated.errors).toEqual([expect.objectContaining({ message: 'The directive "@skip" can only be used once at this location.' })]);
      // Other validation errors are answered as before, all of them.
      expect((await ask('{ b c }')).errors).toHaveLength(2);
    } finally {
      await apollo.stop();
    }
  });
});

describe('withoutSuggestions', () => {
  it('strips every kind of "Did you mean" GraphQL writes, and nothing else', () => {
    expect(withoutSuggestions('Cannot query field "stationz" on type "Query". Did you mean "station" or "stations"?')).toBe(
      'Cannot query field "stationz" on type "Query".',
    );
    expect(
      withoutSuggestions('Variable "$k" got invalid value "RIDER_HOM" at "k[0]"; Value "RIDER_HOM" does not exist in "StationKind" enum. Did you mean the enum value "RIDER_HOME"?'),
    ).toBe('Variable "$k" got invalid value "RIDER_HOM" at "k[0]"; Value "RIDER_HOM" does not exist in "StationKind" enum.');
    expect(withoutSuggestions('Field "kindz" is not defined by type "StationFilter". Did you mean "kinds"?')).toBe('Field "kindz" is not defined by type "StationFilter".');
    expect(withoutSuggestions('name must be 1 to 100 characters')).toBe('name must be 1 to 100 characters');
  });
});
