/**
 * npm run operations:publish -- --client <name> [--replace] [--dir DIR] [--supergraph FILE] <files...>
 *
 * Publishes a client's operations as trusted documents: `.graphql` files (each named operation,
 * printed with the fragments it uses) or a persisted query manifest (`.json`, as
 * @apollo/generate-persisted-query-manifest writes it). Every operation is validated against the
 * supergraph the gateway serves (gateway/supergraph.graphql) before anything is stored; then
 * they are added to TRUSTED_DOCUMENTS_DIR/<name>.json (with --replace, the manifest holds only
 * these). The gateway reads the manifests at start and on SIGHUP.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SUPERGRAPH_FILE } from '../config';
import { MANIFEST_NAME } from '../keys';
import { clientSchemaOf, describeBreakage, findBreakages } from './contract';
import { operationsOfSource, readManifest, storeManifest, type TrustedOperation } from '../trusted/manifest';
import { DEFAULT_TRUSTED_DOCUMENTS_DIR } from '../trusted/settings';

const USAGE = 'usage: npm run operations:publish -- --client <name> [--replace] [--dir DIR] [--supergraph FILE] <file.graphql|manifest.json>...';

/** The operations of the given files; two different operations under one name are refused. */
export function readOperations(files: string[]): TrustedOperation[] {
  const byId = new Map<string, TrustedOperation>();
  const byName = new Map<string, TrustedOperation>();
  for (const file of files) {
    const ops = file.endsWith('.json') ? readManifest(file).operations : operationsOfSource(fs.readFileSync(file, 'utf8'), file);
    for (const op of ops) {
      const same = byName.get(op.name);
      if (same && same.id !== op.id) throw new Error(`two different operations are named ${op.name} (${file})`);
      byName.set(op.name, op);
      byId.set(op.id, op);
    }
  }
  return [...byId.values()];
}

export function main(argv: string[]): number {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: { client: { type: 'string' }, replace: { type: 'boolean' }, dir: { type: 'string' }, supergraph: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.client || !MANIFEST_NAME.test(values.client) || positionals.length === 0) {
    console.error(`${values.client ? `"${values.client}" is not a manifest name (lower-case letters, digits and "-"). ` : ''}${USAGE}`);
    return 2;
  }
  const dir = path.resolve(values.dir || process.env.TRUSTED_DOCUMENTS_DIR || DEFAULT_TRUSTED_DOCUMENTS_DIR);
  try {
    const operations = readOperations(positionals);
    if (operations.length === 0) throw new Error('the files hold no operation');
    const schema = clientSchemaOf(fs.readFileSync(values.supergraph ?? DEFAULT_SUPERGRAPH_FILE, 'utf8'));
    const broken = findBreakages(schema, { [values.client]: operations });
    if (broken.length > 0) {
      console.error(`not published: ${broken.length} error(s) against the supergraph`);
      for (const b of broken) console.error(`- ${describeBreakage(b)}`);
      return 1;
    }
    const { added, removed, total } = storeManifest(dir, values.client, operations, { replace: values.replace ?? false });
    console.log(`${values.client}: ${total} operation(s) in ${path.relative(process.cwd(), path.join(dir, `${values.client}.json`))}`);
    for (const op of added) console.log(`  + ${op.name} ${op.id}`);
    for (const op of removed) console.log(`  - ${op.name} ${op.id}`);
    if (added.length === 0 && removed.length === 0) console.log('  (unchanged)');
    else console.log('Reload the gateway (kill -HUP <pid>) to use them.');
    return 0;
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
