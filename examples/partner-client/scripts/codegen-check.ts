/**
 * `npm run codegen:check`: fails when schema.graphql or src/generated/graphql.ts is stale, i.e.
 * not what `npm run schema` and `npm run codegen` would write now. It prints the schema from the
 * current gateway/supergraph.graphql and runs codegen on it into a temporary directory, then
 * compares both files with the committed ones. Then it checks that persisted-query-manifest.json
 * is what `npm run manifest` would write and that the gateway's published manifest holds every
 * operation of it. Nothing in the package is written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { GENERATED_FILE, SCHEMA_FILE, codegenConfig } from '../codegen';
import { MANIFEST_FILE, buildManifest } from './manifest';
import { PACKAGE_DIR, printApiSchema } from './schema';

/** Where `npm run partner-client:publish` stores the client's operations for the gateway. */
const PUBLISHED_FILE = path.resolve(PACKAGE_DIR, '../../gateway/trusted-documents/partner-client.json');

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
    // The operations as the client sends them must be the ones published to the gateway.
    const manifest = buildManifest();
    const committed = fs.existsSync(MANIFEST_FILE) ? fs.readFileSync(MANIFEST_FILE, 'utf8') : '';
    const published = fs.existsSync(PUBLISHED_FILE) ? (JSON.parse(fs.readFileSync(PUBLISHED_FILE, 'utf8')) as { operations: { id: string }[] }).operations : [];
    const unpublished = manifest.operations.filter((op) => !published.some((p) => p.id === op.id));
    if (committed !== `${JSON.stringify(manifest, null, 2)}\n` || unpublished.length > 0) {
      if (unpublished.length > 0) console.error(`not published to the gateway: ${unpublished.map((op) => op.name).join(', ')}`);
      console.error(`examples/partner-client/${name(MANIFEST_FILE)} or the published manifest is stale: run npm run partner-client:publish (from the repository root) and commit both`);
      process.exitCode = 1;
      return;
    }
    console.log(`examples/partner-client/${name(MANIFEST_FILE)} is up to date and its ${manifest.operations.length} operations are published`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
