#!/usr/bin/env node
// Runs the whole suite on SQLite, then again on MySQL/MariaDB when TEST_MYSQL_URL is set
// (e.g. mysql://root@127.0.0.1:3306). Extra arguments go to Jest (a path, -t pattern...).
// `--fast` (npm run test:fast) runs the pure and in-process tests alone, on SQLite: everything
// but the suites that start real processes (test/e2e) or a browser (test/browser).
// Without arguments each pass runs in two parts: the in-process suites with at least two Jest
// workers (they wait on their databases as much as they compute, so two share even a 2-core
// machine well), then the suites that start whole stacks or a browser one at a time, as their
// timings under load assume.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureInstalled, root } from './lib.mjs';

ensureInstalled();
const fast = process.argv.includes('--fast');
const args = process.argv.slice(2).filter((a) => a !== '--fast');
const passes = [{ name: 'sqlite', env: {} }];
if (process.env.TEST_MYSQL_URL && !fast) passes.push({ name: 'mysql', env: { TEST_DATABASE_URL: process.env.TEST_MYSQL_URL } });

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const e2e = ['<rootDir>/test/e2e/', '<rootDir>/test/browser/'];
// The ignore patterns go last: the option takes every argument after it.
const inProcessArgs = (extra) => [`--maxWorkers=${Math.max(2, os.cpus().length - 1)}`, ...extra, '--testPathIgnorePatterns', ...e2e];
const inProcess = { label: ' (in-process)', args: inProcessArgs([]) };
const stacks = { label: ' (stacks and browser)', args: ['--maxWorkers=1', ...e2e.map((p) => `^${escapeRegExp(p.replace('<rootDir>', root))}`)] };
const parts = fast
  ? [{ label: '', args: inProcessArgs(args) }]
  : args.length > 0
    ? [{ label: '', args }]
    : [inProcess, stacks];

let passed = 0;
let failed = 0;
let broken = false;
for (const pass of passes) {
  for (const part of parts) {
    console.log(`\n=== test pass: ${pass.name}${part.label} ===`);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nef-jest-')), 'results.json');
    const env = { ...process.env, ...pass.env };
    if (pass.name === 'sqlite') delete env.TEST_DATABASE_URL;
    const r = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/jest/bin/jest.js'), '--json', `--outputFile=${out}`, ...part.args],
      { cwd: root, env, stdio: 'inherit' },
    );
    if (fs.existsSync(out)) {
      const res = JSON.parse(fs.readFileSync(out, 'utf8'));
      passed += res.numPassedTests;
      failed += res.numFailedTests;
      if (res.numRuntimeErrorTestSuites > 0 || res.numTotalTestSuites === 0) broken = true;
      console.log(`${pass.name}${part.label}: ${res.numPassedTests} passed, ${res.numFailedTests} failed`);
    } else {
      broken = true;
    }
    if (r.status !== 0) broken = true;
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
