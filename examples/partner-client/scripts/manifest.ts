/**
 * Writes persisted-query-manifest.json (`npm run manifest`): every operation of src/operations/,
 * as the generated documents hold it and graphql-request sends it (`print(document)`), under
 * its id, the SHA-256 of that text. The format is Apollo's persisted query manifest; publish it
 * to the gateway with `npm run partner-client:publish` (from the repository root).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, print, type DocumentNode } from 'graphql';
import * as generated from '../src/generated/graphql';
import { documentId } from '../src/persisted';
import { PACKAGE_DIR } from './schema';

export const MANIFEST_FILE = path.join(PACKAGE_DIR, 'persisted-query-manifest.json');

export function buildManifest() {
  const operations = Object.entries(generated)
    .filter(([name, value]) => name.endsWith('Document') && typeof value === 'object' && (value as DocumentNode).kind === Kind.DOCUMENT)
    .map(([, value]) => {
      const document = value as DocumentNode;
      const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
      const body = print(document);
      return { id: documentId(body), name: op.name!.value, type: op.operation, body };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

function main() {
  const text = `${JSON.stringify(buildManifest(), null, 2)}\n`;
  const before = fs.existsSync(MANIFEST_FILE) ? fs.readFileSync(MANIFEST_FILE, 'utf8') : '';
  fs.writeFileSync(MANIFEST_FILE, text);
  console.log(`wrote ${path.relative(process.cwd(), MANIFEST_FILE) || MANIFEST_FILE}${before === text ? ' (unchanged)' : ''}`);
}

if (require.main === module) main();
