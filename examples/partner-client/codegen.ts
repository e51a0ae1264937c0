/**
 * graphql-codegen configuration: `npm run codegen` reads schema.graphql (printed from the
 * supergraph by `npm run schema`) and the operations in src/operations/, and writes one file of
 * types and typed documents (TypedDocumentNode) that graphql-request understands.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

const OPERATIONS_DIR = path.join(__dirname, 'src', 'operations');
export const SCHEMA_FILE = path.join(__dirname, 'schema.graphql');
export const GENERATED_FILE = path.join(__dirname, 'src', 'generated', 'graphql.ts');

/**
 * The configuration for a schema file and an output file (absolute paths, so it works from any
 * directory); `npm run codegen:check` runs it into a temporary directory.
 */
export function codegenConfig(schema: string, output: string): CodegenConfig {
  // An explicit, sorted list rather than a glob, so the output never depends on directory order.
  const documents = fs
    .readdirSync(OPERATIONS_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => path.join(OPERATIONS_DIR, f));
  return {
    overwrite: true,
    silent: true,
    schema,
    documents,
    generates: {
      [output]: {
        // typescript-operations (v6) writes the operations' result and variable types and the
        // enums and inputs they use, nothing else; typed-document-node the documents themselves.
        plugins: ['typescript-operations', 'typed-document-node'],
        config: {
          useTypeImports: true,
          // DateTime travels as an ISO 8601 string.
          scalars: { DateTime: { input: 'string', output: 'string' } },
        },
      },
    },
  };
}

export default codegenConfig(SCHEMA_FILE, GENERATED_FILE);
