#!/usr/bin/env node
// npm run build: the production build. Each package's src/ is compiled file by file (esbuild,
// CommonJS, no bundling) into its dist/, keeping the folder layout, so that every path taken
// from __dirname (schema .graphql files, gateway/supergraph.graphql, trusted-documents, the UI
// sources) resolves from dist/ as it does from src/; the files that are not TypeScript (SDL,
// CSS, .cjs) are copied beside the compiled code. Types are checked by `npm run typecheck`,
// not here. Then the gateway's UI bundles are built into their cache (node_modules/.cache/nef-ui)
// from the compiled gateway, so that it starts without building them.
//
// The compiled code runs with plain node and the `nef-compiled` export condition, which points
// `@nef/kit` and its subpaths at packages/kit/dist:
//   node --conditions=nef-compiled services/stations/dist/main.js
//   node --conditions=nef-compiled gateway/dist/main.js
// Options: --skip-ui (no UI bundles).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { root } from './lib.mjs';

const PACKAGES = ['packages/kit', 'services/stations', 'services/union', 'services/training', 'services/governance', 'gateway'];
/** Browser code: bundled by gateway/src/ui/build.ts from its sources, so copied as it is. */
const BROWSER_DIRS = ['gateway/src/ui/playground', 'gateway/src/ui/dashboard'];
const COPIED = /\.(graphql|css|cjs|json)$/;

function listFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const inside = (file, dir) => !path.relative(dir, file).startsWith('..');

async function buildPackage(pkg) {
  const src = path.join(root, pkg, 'src');
  const dist = path.join(root, pkg, 'dist');
  fs.rmSync(dist, { recursive: true, force: true });
  const files = listFiles(src);
  const browser = BROWSER_DIRS.map((d) => path.join(root, d));
  const isBrowser = (f) => browser.some((d) => inside(f, d));
  const entryPoints = files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.d.cts') && !isBrowser(f));
  await esbuild.build({
    entryPoints,
    outbase: src,
    outdir: dist,
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // TypeORM knows migrations by their class names; errors are logged by theirs.
    keepNames: true,
    sourcemap: true,
    logLevel: 'warning',
  });
  let copied = 0;
  for (const f of files) {
    if (!(COPIED.test(f) || isBrowser(f) || (pkg === 'gateway' && inside(f, path.join(src, 'ui'))))) continue;
    const to = path.join(dist, path.relative(src, f));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(f, to);
    copied += 1;
  }
  console.log(`${pkg}: ${entryPoints.length} compiled, ${copied} copied to ${path.relative(root, dist)}/`);
}

const started = performance.now();
for (const pkg of PACKAGES) await buildPackage(pkg);
if (!process.argv.includes('--skip-ui')) {
  const r = spawnSync(process.execPath, ['--conditions=nef-compiled', path.join(root, 'gateway', 'dist', 'ui', 'build.js')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(`built in ${Math.round(performance.now() - started)} ms`);
