#!/usr/bin/env node
// npm run bench: installs the benchmark's own tools on first use (bench/: the load generator
// and the peer gateway, kept apart from the services' dependencies), then runs it. Arguments go
// to bench/src/run.ts; see docs/performance.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureInstalled, root } from './lib.mjs';

ensureInstalled();
const bench = path.join(root, 'bench');
const marker = path.join(bench, 'node_modules', '.package-lock.json');
if (!fs.existsSync(marker) || fs.statSync(marker).mtimeMs < fs.statSync(path.join(bench, 'package-lock.json')).mtimeMs) {
  console.log('Installing the benchmark tools (npm ci in bench/)...');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: bench, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(bench, 'src', 'run.ts'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
