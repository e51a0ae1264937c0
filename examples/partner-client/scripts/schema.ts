/**
 * Prints the public API schema of the supergraph (what a partner can query through the gateway)
 * to schema.graphql, so graphql-codegen reads a plain GraphQL schema: `npm run schema`.
 * The input is gateway/supergraph.graphql, the composed file committed with the gateway; the
 * join__/link__ machinery of federation is dropped by apiSchema(), descriptions are kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';

export const PACKAGE_DIR = path.resolve(__dirname, '..');
export const SUPERGRAPH_FILE = path.resolve(PACKAGE_DIR, '../../gateway/supergraph.graphql');
export const SCHEMA_FILE = path.join(PACKAGE_DIR, 'schema.graphql');

const HEADER = '# The public API schema of the supergraph, printed from gateway/supergraph.graphql by\n# `npm run schema -w @nef/partner-client`. Do not edit: change a subgraph schema, compose, print.\n\n';

/** The API schema, printed the same way on every run (the supergraph's own type order). */
export function printApiSchema(supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8')): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${HEADER}${printSchema(api).trimEnd()}\n`;
}

function main() {
  const sdl = printApiSchema();
  const before = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE}${before === sdl ? ' (unchanged)' : ''}`);
}

if (require.main === module) main();
