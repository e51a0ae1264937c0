/**
 * Composes the four subgraph schemas into gateway/supergraph.graphql (`npm run compose`), or,
 * with --check, fails when that file is not what composing now would produce.
 */
import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { DOMAINS, readSubgraphTypeDefs } from '@nef/kit';
import { parse } from 'graphql';
import { DEFAULT_SUPERGRAPH_FILE, defaultSubgraphUrl } from './config';

const repo = path.resolve(__dirname, '../..');

export function composeSupergraph(): string {
  const result = composeServices(
    DOMAINS.map((name) => ({
      name,
      url: defaultSubgraphUrl(name),
      typeDefs: parse(readSubgraphTypeDefs(path.join(repo, 'services', name, 'src', 'schema.graphql'))),
    })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}

function main() {
  const check = process.argv.includes('--check');
  let sdl: string;
  try {
    sdl = composeSupergraph();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  const current = fs.existsSync(DEFAULT_SUPERGRAPH_FILE) ? fs.readFileSync(DEFAULT_SUPERGRAPH_FILE, 'utf8') : '';
  if (check) {
    if (current !== sdl) {
      console.error(`${path.relative(repo, DEFAULT_SUPERGRAPH_FILE)} is stale: run npm run compose and commit the result`);
      process.exit(1);
    }
    console.log(`${path.relative(repo, DEFAULT_SUPERGRAPH_FILE)} is up to date`);
    return;
  }
  fs.writeFileSync(DEFAULT_SUPERGRAPH_FILE, sdl);
  console.log(`wrote ${path.relative(repo, DEFAULT_SUPERGRAPH_FILE)}${current === sdl ? ' (unchanged)' : ''}`);
}

if (require.main === module) main();
