import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import type { TrustedOperation } from '../trusted/manifest';

/** An operation the schema would no longer run, and why (graphql-js names the field or argument). */
export interface Breakage {
  manifest: string;
  operation: string;
  id: string;
  message: string;
  /** Line and column in the operation's text. */
  line?: number;
  column?: number;
}

/**
 * The schema clients query: the API schema of a supergraph (what the gateway serves, without
 * federation's join__/link__ machinery and @inaccessible parts), or a plain schema as it is.
 */
export function clientSchemaOf(sdl: string): GraphQLSchema {
  if (/@link\(url: "https:\/\/specs\.apollo\.dev\/join\//.test(sdl)) return Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
  return buildSchema(sdl);
}

/** Validates each operation against the schema, as the gateway would before running it. */
export function findBreakages(schema: GraphQLSchema, manifests: Record<string, readonly TrustedOperation[]>): Breakage[] {
  const found: Breakage[] = [];
  for (const [manifest, operations] of Object.entries(manifests)) {
    for (const op of operations) {
      let errors;
      try {
        errors = validate(schema, parse(op.body));
      } catch (err) {
        errors = [err as Error & { locations?: { line: number; column: number }[] }];
      }
      for (const e of errors) {
        const at = e.locations?.[0];
        found.push({ manifest, operation: op.name, id: op.id, message: e.message, ...(at ? { line: at.line, column: at.column } : {}) });
      }
    }
  }
  return found;
}

export function describeBreakage(b: Breakage): string {
  const at = b.line !== undefined ? ` (line ${b.line}, column ${b.column})` : '';
  return `${b.manifest}: ${b.operation} [${b.id.slice(0, 12)}]: ${b.message}${at}`;
}
