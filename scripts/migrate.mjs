#!/usr/bin/env node
// npm run migrate [-- <service>...] [--compiled]: runs each service's pending migrations (all
// four by default) under the migration lock, one service after another. With --compiled it
// runs the built entry points (services/<name>/dist, `npm run build`) with plain node, as the
// Docker image's `migrate` service does; otherwise the TypeScript sources through tsx.
// Exits non-zero when any service's migration failed (the others still run).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './lib.mjs';

const SERVICES = ['stations', 'union', 'training', 'governance'];
const args = process.argv.slice(2);
const compiled = args.includes('--compiled');
const named = args.filter((a) => !a.startsWith('--'));
const unknown = named.filter((n) => !SERVICES.includes(n));
if (unknown.length > 0) {
  console.error(`unknown service ${unknown.join(', ')}: expected one of ${SERVICES.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of named.length > 0 ? named : SERVICES) {
  const entry = compiled
    ? path.join(root, 'services', name, 'dist', 'cli', 'migrate.js')
    : path.join(root, 'services', name, 'src', 'cli', 'migrate.ts');
  if (!fs.existsSync(entry)) {
    console.error(`${name}: ${path.relative(root, entry)} is missing${compiled ? ' (run npm run build)' : ''}`);
    failed += 1;
    continue;
  }
  const nodeArgs = compiled ? ['--conditions=nef-compiled', '--enable-source-maps', entry] : ['--import', 'tsx', entry];
  const r = spawnSync(process.execPath, nodeArgs, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
