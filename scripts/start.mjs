#!/usr/bin/env node
// npm start: runs the four subgraphs and the gateway as separate processes on the embedded
// database (or DATABASE_URL) and supervises them.
// - Before anything starts, every port is checked; one in use stops the start with a message
//   naming it and the variable that moves it.
// - Each process must answer its /readyz before the next step; the banner comes last.
// - A process that exits afterwards is restarted on the same port, after 0.5 s doubling up to
//   30 s (back to 0.5 s once it has stayed up a while); the others keep serving meanwhile. One
//   that exits 5 times within a minute is reported and then retried every 30 s.
// - Ctrl-C (or SIGTERM) drains: the gateway first, so that its requests in flight still reach
//   the subgraphs, then the subgraphs; each gets DRAIN_TIMEOUT_MS (10 s) for its requests.
// Logs at LOG_LEVEL (default warn) go to the console, prefixed with the process name.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { ensureInstalled, root } from './lib.mjs';

ensureInstalled();

const FIRST_RESTART_DELAY_MS = 500;
const MAX_RESTART_DELAY_MS = 30_000;
/** A process up this long has recovered: its next restart waits the first delay again. */
const STABLE_AFTER_MS = 30_000;
/** This many exits within the window make a process reported as failing over and over. */
const FAILING_EXITS = 5;
const FAILING_WINDOW_MS = 60_000;
/** Longer than the gateway's own check of each subgraph (2 s), so that the two cannot disagree under load. */
const PROBE_TIMEOUT_MS = 5_000;
const START_TIMEOUT_MS = 180_000;

const problems = [];
const setting = (name, fallback, min, max, what) => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) problems.push(`${name} must be ${what} from ${min} to ${max}, got "${raw}"`);
  return n;
};
const portSetting = (name, fallback) => setting(name, fallback, 1, 65_535, 'a port number');
const drainTimeoutMs = setting('DRAIN_TIMEOUT_MS', 10_000, 0, 3_600_000, 'a number of milliseconds');

const SUBGRAPHS = [
  ['stations', 4001],
  ['union', 4002],
  ['training', 4003],
  ['governance', 4004],
].map(([name, port]) => {
  const portVar = `${name.toUpperCase()}_PORT`;
  return { name, entry: path.join('services', name, 'src', 'main.ts'), host: '127.0.0.1', port: portSetting(portVar, port), portVar, env: {} };
});
const GATEWAY = {
  name: 'gateway',
  entry: path.join('gateway', 'src', 'main.ts'),
  host: process.env.HOST ?? '127.0.0.1',
  port: portSetting('PORT', 4000),
  portVar: 'PORT',
  env: Object.fromEntries(SUBGRAPHS.map((s) => [`${s.name.toUpperCase()}_URL`, `http://127.0.0.1:${s.port}/graphql`])),
};
// Peer reads between services, each signed with the reader's own key: training asks the union
// for memberships at enrolment (the tuition subsidy), training and governance ask stations
// whether a station exists before they place a session or a reward at it. Unless the
// environment names keys, each start makes fresh pairs: a private half to its reader, the public
// halves to the services that trust them.
const byName = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s]));
const peerKeyPair = (kid) => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const { kty, crv, x } = publicKey.export({ format: 'jwk' });
  return { pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), jwk: { kty, crv, x, kid, alg: 'EdDSA', use: 'sig' } };
};
const jwks = (...keys) => JSON.stringify({ keys: keys.map((k) => k.jwk) });
if (!process.env.TRAINING_PEER_KEY && !process.env.GOVERNANCE_PEER_KEY) {
  const training = peerKeyPair('training-peer-dev');
  const governance = peerKeyPair('governance-peer-dev');
  const at = (name) => `http://127.0.0.1:${byName[name].port}`;
  Object.assign(byName.training.env, {
    UNION_PEER_URL: at('union'),
    STATIONS_PEER_URL: at('stations'),
    TRAINING_PEER_KEY: training.pem,
    TRAINING_PEER_KEY_ID: training.jwk.kid,
  });
  Object.assign(byName.governance.env, { STATIONS_PEER_URL: at('stations'), GOVERNANCE_PEER_KEY: governance.pem, GOVERNANCE_PEER_KEY_ID: governance.jwk.kid });
  byName.union.env.UNION_PEER_KEYS = jwks(training);
  byName.stations.env.STATIONS_PEER_KEYS = jwks(training, governance);
}
const ALL = [...SUBGRAPHS, GATEWAY];
for (const p of ALL) Object.assign(p, { child: undefined, readyAt: undefined, failures: 0, exits: [], timer: undefined, reportedFailing: false });

const urlHost = (host) => (host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host.includes(':') ? `[${host}]` : host);
const base = (p) => `http://${urlHost(p.host)}:${p.port}`;
// Links the services hand out (a certificate's check, a report's photo) lead to this gateway.
if (!process.env.PUBLIC_URL) for (const s of SUBGRAPHS) s.env.PUBLIC_URL = base(GATEWAY);
const prefixOf = (name) => `[${name}]`.padEnd(13);
const say = (name, line) => console.log(`${prefixOf(name)} ${line}`);
const seconds = (ms) => `${Number((ms / 1000).toFixed(1))} s`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const portAdvice = (p) =>
  `Stop what holds it (an earlier \`npm start\` still running?), or give ${p.name === 'gateway' ? 'the gateway' : p.name} another port: ${p.portVar}=${p.port + 100} npm start`;

let started = Date.now();
let up = false;
let stopping = false;

/** Resolves with the error code when host:port cannot be bound now, else undefined. */
function portProblem(host, port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (err) => resolve(err.code ?? err.message));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}

async function checkPorts() {
  const byPort = new Map();
  for (const p of ALL) {
    const other = byPort.get(p.port);
    if (other) problems.push(`${other.name} and ${p.name} are both given port ${p.port}: set ${p.portVar} to another.`);
    byPort.set(p.port, p);
  }
  if (problems.length === 0) {
    const found = await Promise.all(ALL.map((p) => portProblem(p.host, p.port)));
    ALL.forEach((p, i) => {
      if (found[i] === 'EADDRINUSE') problems.push(`Port ${p.port} on ${p.host}, which ${p.name} needs, is already in use. ${portAdvice(p)}`);
      else if (found[i]) problems.push(`${p.name} cannot listen on port ${p.port} on ${p.host} (${found[i]}): set ${p.portVar} to another.`);
    });
  }
  if (problems.length > 0) {
    console.error(`Cannot start:\n${problems.map((m) => `  - ${m}`).join('\n')}`);
    process.exit(1);
  }
}

/**
 * What a process inherits from this one: the principal signing key goes to the gateway alone
 * (a subgraph holds public keys only, and refuses the private one in production). With no key
 * settings, every process uses the development key pair and needs nothing from here.
 */
function inheritedEnv(p) {
  if (p === GATEWAY) return process.env;
  const { PRINCIPAL_SIGNING_KEY: _key, PRINCIPAL_KEY_ID: _kid, ...rest } = process.env;
  return rest;
}

function spawnProcess(p) {
  const child = spawn(process.execPath, ['--import', 'tsx', p.entry], {
    cwd: root,
    env: {
      ...inheritedEnv(p),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      DRAIN_TIMEOUT_MS: String(drainTimeoutMs),
      ...p.env,
      PORT: String(p.port),
      HOST: p.host,
    },
    // Its own process group, so that Ctrl-C reaches this supervisor alone and the order of
    // stopping holds; the IPC channel closing tells the process that its supervisor is gone.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  p.child = child;
  p.readyAt = undefined;
  p.portInUse = false;
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop();
      for (const line of lines) {
        if (line.includes('EADDRINUSE')) p.portInUse = true;
        if (line.trim()) console.log(`${prefixOf(p.name)} ${line}`);
      }
    });
  }
  child.on('error', (err) => say(p.name, `could not be started: ${err.message}`));
  child.on('exit', (code, signal) => onExit(p, child, code, signal));
  return child;
}

/** Polls the process's /readyz until it answers 200 (and `ready` for the gateway's first start); false if it exits first. */
async function waitReady(p, child, { allSubgraphs = false } = {}) {
  while (p.child === child && !stopping) {
    try {
      const res = await fetch(`${base(p)}/readyz`, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
      const body = await res.json().catch(() => ({}));
      if (res.ok && (!allSubgraphs || body.status === 'ready')) return p.child === child;
    } catch {
      // not listening yet, or busy: ask again
    }
    await sleep(200);
  }
  return false;
}

function onExit(p, child, code, signal) {
  if (p.child !== child) return;
  p.child = undefined;
  const reason = p.portInUse
    ? `could not listen: port ${p.port} on ${p.host} is in use`
    : signal
      ? `was killed (${signal})`
      : `exited with code ${code}`;
  if (stopping) {
    if (code !== 0 && signal !== 'SIGTERM') say(p.name, `${reason} while stopping`);
    return;
  }
  if (!up) {
    console.error(`\n${p.name} ${reason} before the supergraph was up.${p.portInUse ? ` ${portAdvice(p)}` : ' Its output is above.'}`);
    void stop(1);
    return;
  }
  const now = Date.now();
  if (p.readyAt !== undefined && now - p.readyAt >= STABLE_AFTER_MS) p.failures = 0;
  p.failures += 1;
  p.exits = p.exits.filter((t) => now - t < FAILING_WINDOW_MS);
  p.exits.push(now);
  let delay = Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** (p.failures - 1));
  if (p.exits.length >= FAILING_EXITS) {
    delay = MAX_RESTART_DELAY_MS;
    if (!p.reportedFailing) {
      p.reportedFailing = true;
      const without = p.name === 'gateway' ? 'Nothing is served until it starts.' : `The gateway keeps serving the other subgraphs; ${p.name}'s fields answer errors.`;
      console.error(
        `\n${prefixOf(p.name)} KEEPS FAILING: ${p.exits.length} exits within ${seconds(FAILING_WINDOW_MS)}, the last one because it ${reason}.\n` +
          `${prefixOf(p.name)} ${without} Retrying every ${seconds(MAX_RESTART_DELAY_MS)}; its output above says why. Ctrl-C stops everything.\n`,
      );
    }
  }
  say(p.name, `${reason}; restarting in ${seconds(delay)}${p.portInUse ? `. ${portAdvice(p)}` : ''}`);
  p.timer = setTimeout(() => void restart(p), delay);
}

async function restart(p) {
  p.timer = undefined;
  if (stopping) return;
  const child = spawnProcess(p);
  const since = Date.now();
  say(p.name, `starting again (pid ${child.pid})`);
  if (await waitReady(p, child)) {
    p.readyAt = Date.now();
    say(p.name, `ready again after ${seconds(p.readyAt - since)} (pid ${child.pid})`);
    p.reportedFailing = false;
  }
}

/** Sends SIGTERM and waits for the exit; after the drain bound and some grace, SIGKILL. Resolves true when it stopped cleanly. */
function stopProcess(p) {
  const child = p.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const killer = setTimeout(() => {
      say(p.name, `still running ${seconds(drainTimeoutMs + 5_000)} after SIGTERM; killing it`);
      child.kill('SIGKILL');
    }, drainTimeoutMs + 5_000);
    child.once('exit', (code, signal) => {
      clearTimeout(killer);
      resolve(code === 0 || signal === 'SIGTERM');
    });
    child.kill('SIGTERM');
  });
}

let stopSignalAt = 0;
async function stop(code, signal) {
  if (stopping) {
    // npm passes the terminal's Ctrl-C on as well: the same press arrives twice, at once.
    if (signal && Date.now() - stopSignalAt > 1_000) {
      console.log('Stopping now, without waiting for requests in flight.');
      for (const p of ALL) p.child?.kill('SIGKILL');
      process.exit(1);
    }
    return;
  }
  stopping = true;
  stopSignalAt = Date.now();
  for (const p of ALL) if (p.timer) clearTimeout(p.timer);
  if (signal && up) {
    console.log(`\nStopping: the gateway finishes its requests in flight (at most ${seconds(drainTimeoutMs)}), then the subgraphs theirs. Ctrl-C again to stop at once.`);
  }
  const gatewayClean = await stopProcess(GATEWAY);
  const subgraphsClean = await Promise.all(SUBGRAPHS.map(stopProcess));
  const clean = gatewayClean && subgraphsClean.every(Boolean);
  if (signal && up) console.log(clean ? 'Stopped.' : 'Stopped; some processes did not stop cleanly (see above).');
  process.exit(code || (clean ? 0 : 1));
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0, signal));

/** The first start: subgraphs, then the gateway, each ready before the banner. */
async function startAll() {
  await checkPorts();
  started = Date.now();
  const deadline = setTimeout(() => {
    const waiting = ALL.filter((p) => p.child && p.readyAt === undefined).map((p) => p.name);
    console.error(`\nNot ready after ${seconds(START_TIMEOUT_MS)}: ${waiting.join(', ') || 'nothing started'}. Their output is above.`);
    void stop(1);
  }, START_TIMEOUT_MS);
  const ready = async (p, opts) => {
    const child = spawnProcess(p);
    if (!(await waitReady(p, child, opts))) return false;
    p.readyAt = Date.now();
    return true;
  };
  const subgraphsUp = await Promise.all(SUBGRAPHS.map((p) => ready(p)));
  if (!subgraphsUp.every(Boolean) || stopping) return false;
  if (!(await ready(GATEWAY, { allSubgraphs: true })) || stopping) return false;
  clearTimeout(deadline);
  up = true;
  return true;
}

if (await startAll()) {
  const local = base(GATEWAY);
  const usingMysql = Boolean(process.env.DATABASE_URL);
  console.log(`
The supergraph is up in ${seconds(Date.now() - started)} (${usingMysql ? 'MySQL at DATABASE_URL' : `SQLite files in ${process.env.DATA_DIR ?? './data'}`}${process.env.DEMO_DATA === 'false' ? '' : ', demo data loaded'}).

  GraphQL      ${local}/graphql   (open it in a browser for the playground)
  Dashboard    ${local}/dashboard
  Health       ${local}/healthz   ${local}/readyz   ${local}/metrics
  Subgraphs    ${SUBGRAPHS.map((s) => `${s.name} :${s.port}`).join('   ')}   (loopback only; they accept gateway-signed requests only)
  Processes    ${ALL.map((p) => `${p.name} pid ${p.child?.pid}`).join(', ')}; one that exits is restarted
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

Press Ctrl-C to stop (requests in flight finish first).`);
}
