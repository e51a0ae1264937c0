#!/usr/bin/env node
// npm run generate -- --scale city|national [--seed 42] [--workers N] [--stations N]: writes the
// whole city or national data set, each service's share into its own database (DATA_DIR or
// DATABASE_URL, as the services use), one service after another with their progress. Each
// service's generator resumes an interrupted run and adds nothing on a second one.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureInstalled, root } from './lib.mjs';

ensureInstalled();
const args = process.argv.slice(2);
const value = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
};
const scale = value('scale') ?? 'city';
if (scale !== 'city' && scale !== 'national') {
  console.error(`error: --scale must be city or national, got ${scale}`);
  process.exit(1);
}
const seed = value('seed') ?? '42';
const workers = value('workers');
const stations = value('stations');
const started = Date.now();
for (const service of ['stations', 'union', 'training', 'governance']) {
  const own = ['--scale', scale, '--seed', seed];
  if (workers && service !== 'stations') own.push('--workers', workers);
  // Courses and rewards point at the generated stations: each is told how many there are.
  if (stations && service !== 'union') own.push('--stations', stations);
  console.log(`\n=== ${service}`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join('services', service, 'src', 'cli', 'generate.ts'), ...own], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, INIT_CWD: process.env.INIT_CWD ?? process.cwd() },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`=== ${service}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
console.log(`\nthe ${scale} data set (seed ${seed}) is written: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
