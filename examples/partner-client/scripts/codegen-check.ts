/**
 * `npm run codegen:check`: fails when schema.graphql or src/generated/graphql.ts is stale, i.e.
 * not what `npm run schema` and `npm run codegen` would write now. It prints the schema from the
 * current gateway/supergraph.graphql and runs codegen on it into a temporary directory, then
 * compares both files with the committed ones. Nothing in the package is written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { GENERATED_FILE, SCHEMA_FILE, codegenConfig } from '../codegen';
import { PACKAGE_DIR, printApiSchema } from './schema';

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-partner-client-'));
  try {
    const freshSchema = path.join(tmp, 'schema.graphql');
    const freshGenerated = path.join(tmp, 'graphql.ts');
    fs.writeFileSync(freshSchema, printApiSchema());
    await generate(codegenConfig(freshSchema, freshGenerated), true);

    const stale = [
      [freshSchema, SCHEMA_FILE, 'npm run schema -w @nef/partner-client'],
      [freshGenerated, GENERATED_FILE, 'npm run codegen -w @nef/partner-client'],
    ].filter(([fresh, committed]) => !fs.existsSync(committed!) || fs.readFileSync(fresh!, 'utf8') !== fs.readFileSync(committed!, 'utf8'));
    const name = (file: string) => path.relative(PACKAGE_DIR, file);
    if (stale.length > 0) {
      for (const [, committed, fix] of stale) console.error(`examples/partner-client/${name(committed!)} is stale: run ${fix}`);
      console.error('(schema first, then codegen; commit both)');
      process.exitCode = 1;
      return;
    }
    console.log(`examples/partner-client/${name(SCHEMA_FILE)} and ${name(GENERATED_FILE)} are up to date`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
