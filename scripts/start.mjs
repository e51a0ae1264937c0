#!/usr/bin/env node
// npm start: runs the four subgraphs and the gateway as separate processes on the embedded
// database (or DATABASE_URL), waits until each is ready, prints the URLs and the demo keys,
// and stops every process on Ctrl-C. Logs at LOG_LEVEL (default warn) go to the console,
// prefixed with the process name.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureInstalled, root } from './lib.mjs';

ensureInstalled();

const SERVICES = [
  { name: 'stations', port: 4001 },
  { name: 'union', port: 4002 },
  { name: 'training', port: 4003 },
  { name: 'governance', port: 4004 },
];
const portOf = (name, fallback) => Number(process.env[`${name.toUpperCase()}_PORT`] ?? fallback);
const gatewayPort = Number(process.env.PORT ?? 4000);
const host = process.env.HOST ?? '127.0.0.1';
const started = Date.now();
const children = new Map();
let stopping = false;

function run(name, entry, env) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}]`.padEnd(13);
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) if (line.trim()) console.log(`${prefix} ${line}`);
    });
  }
  child.on('exit', (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`${prefix} exited (${signal ?? `code ${code}`}); stopping the others`);
      stop(1);
    } else if (children.size === 0) {
      process.exit(process.exitCode ?? 0);
    }
  });
  children.set(name, child);
}

async function waitReady(name, url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  console.error(`${name} was not ready after ${timeoutMs / 1000}s`);
  stop(1);
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  if (children.size === 0) process.exit(code);
  for (const child of children.values()) child.kill('SIGTERM');
  setTimeout(() => {
    for (const child of children.values()) child.kill('SIGKILL');
    process.exit(code);
  }, 5000).unref();
}

process.on('SIGINT', () => {
  console.log('\nStopping...');
  stop(0);
});
process.on('SIGTERM', () => stop(0));

const subgraphUrls = {};
for (const s of SERVICES) {
  const port = portOf(s.name, s.port);
  subgraphUrls[`${s.name.toUpperCase()}_URL`] = `http://127.0.0.1:${port}/graphql`;
  run(s.name, path.join('services', s.name, 'src', 'main.ts'), { PORT: String(port), HOST: '127.0.0.1' });
}
await Promise.all(SERVICES.map((s) => waitReady(s.name, `http://127.0.0.1:${portOf(s.name, s.port)}/readyz`)));
if (stopping) process.exit(process.exitCode ?? 1);
run('gateway', path.join('gateway', 'src', 'main.ts'), { PORT: String(gatewayPort), HOST: host, ...subgraphUrls });
const local = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${gatewayPort}`;
await waitReady('gateway', `${local}/readyz`);
if (stopping) process.exit(process.exitCode ?? 1);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const usingMysql = Boolean(process.env.DATABASE_URL);
console.log(`
The supergraph is up in ${seconds}s (${usingMysql ? 'MySQL at DATABASE_URL' : `SQLite files in ${process.env.DATA_DIR ?? './data'}`}${process.env.DEMO_DATA === 'false' ? '' : ', demo data loaded'}).

  GraphQL      ${local}/graphql   (open it in a browser for the playground)
  Dashboard    ${local}/dashboard
  Health       ${local}/healthz   ${local}/readyz   ${local}/metrics
  Subgraphs    ${SERVICES.map((s) => `${s.name} :${portOf(s.name, s.port)}`).join('   ')}   (loopback only; they accept gateway-signed requests only)
${process.env.API_KEYS_FILE ? `\n  API keys from ${process.env.API_KEYS_FILE}` : `
  Demo API keys (Authorization: Bearer <key>):
    demo-admin                 admin: everything
    demo-meituan               partner MEITUAN; add X-Acting-Worker: mt-10001 to act for 王强
    demo-eleme                 partner ELEME; X-Acting-Worker: ele-20001 (李娜)
    demo-dashboard             dashboard, all districts
    demo-union-operator        union operator (sees phones whole)
    (also demo-sf, demo-chaoyang-dashboard, demo-stations-operator, demo-training-operator, demo-governance-operator)`}

  Try:  curl -s ${local}/graphql -H 'content-type: application/json' \\
          -H 'authorization: Bearer demo-meituan' -H 'x-acting-worker: mt-10001' \\
          -d '{"query":"{ actingWorker { name isUnionMember pointsBalance enrollments { course { title } status } } }"}'

Press Ctrl-C to stop.`);
