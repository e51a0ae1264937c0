#!/usr/bin/env node
// Generates each service's resolver types from its schema (services/<name>/codegen.ts writes
// src/generated/resolvers.ts). With --check, writes nothing and fails when a file is stale.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureInstalled, root } from './lib.mjs';

ensureInstalled();
const check = process.argv.includes('--check');
const services = ['stations', 'union', 'training', 'governance'];
let failed = 0;
for (const name of services) {
  const dir = path.join(root, 'services', name);
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts', '--silent', ...(check ? ['--check'] : [])],
    { cwd: dir, stdio: 'inherit' },
  );
  if (r.status !== 0) {
    failed++;
    console.error(check ? `${name}: src/generated/resolvers.ts is stale: run npm run codegen and commit the result` : `${name}: codegen failed`);
  } else {
    console.log(`${name}: resolver types ${check ? 'are current' : 'written'}`);
  }
}
process.exit(failed ? 1 : 0);
