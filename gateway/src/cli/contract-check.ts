/**
 * npm run contract:check [-- --schema FILE] [--dir DIR]
 *
 * Composes the subgraph schemas as they are now (or reads FILE: a supergraph or a plain schema)
 * and validates every operation of every published manifest against the schema clients would
 * get. Fails, naming the manifest, the operation and the field, when a change would break one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { composeSupergraph } from '../compose';
import { clientSchemaOf, describeBreakage, findBreakages } from './contract';
import { readManifest, type TrustedOperation } from '../trusted/manifest';
import { DEFAULT_TRUSTED_DOCUMENTS_DIR } from '../trusted/settings';
import { MANIFEST_NAME } from '../keys';

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { schema: { type: 'string' }, dir: { type: 'string' } }, strict: true });
  const dir = path.resolve(values.dir || process.env.TRUSTED_DOCUMENTS_DIR || DEFAULT_TRUSTED_DOCUMENTS_DIR);
  try {
    const schema = clientSchemaOf(values.schema ? fs.readFileSync(values.schema, 'utf8') : composeSupergraph());
    const manifests: Record<string, TrustedOperation[]> = {};
    for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
      const name = file.replace(/\.json$/, '');
      if (name !== file && MANIFEST_NAME.test(name)) manifests[name] = readManifest(path.join(dir, file)).operations;
    }
    const count = Object.values(manifests).reduce((n, ops) => n + ops.length, 0);
    const broken = findBreakages(schema, manifests);
    if (broken.length > 0) {
      const operations = new Set(broken.map((b) => b.id)).size;
      console.error(`contract check failed: the schema would break ${operations} published operation(s)`);
      for (const b of broken) console.error(`- ${describeBreakage(b)}`);
      return 1;
    }
    console.log(`contract check: ${count} published operation(s) in ${Object.keys(manifests).length} manifest(s) are valid against the schema`);
    return 0;
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
