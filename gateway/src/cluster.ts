import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import { AggregatorRegistry, type Registry } from 'prom-client';
import type { Env, Logger } from '@nef/kit';
import { loadApiKeys } from './config';
import { serveBucketsToWorkers } from './ratelimit/ipc-store';
import type { BucketStore } from './ratelimit/store';

/**
 * One gateway process per core: the primary process forks the workers, which share the port
 * (Node cluster), restarts one that dies, forwards SIGHUP (key reloads), and on SIGINT/SIGTERM
 * passes SIGTERM to every worker and waits for them to drain (each finishes its requests in
 * flight, for at most DRAIN_TIMEOUT_MS) before it exits. State that must be one for all lives
 * in the primary: the rate-limit buckets (unless Redis holds them) and the sum of the workers'
 * metrics.
 */

/** GATEWAY_WORKERS: a number, or `auto` for one per core; production defaults to auto, elsewhere 1. */
export function readWorkerCount(env: Env): number {
  const raw = env.str('GATEWAY_WORKERS', env.production ? 'auto' : '1').trim();
  if (raw === 'auto') return Math.max(1, os.availableParallelism());
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new Error(`GATEWAY_WORKERS must be "auto" or a whole number from 1 to 256, got "${raw}"`);
  return n;
}

const METRICS_REQUEST = 'nef:metrics';
const METRICS_REPLY = 'nef:metrics:text';

export interface PrimaryOptions {
  workers: number;
  log: Logger;
  env: Env;
  /** The buckets the workers share when REDIS_URL is not set; undefined when they use Redis or there are no limits. */
  buckets?: BucketStore;
  /** How long each worker may drain; a worker still running some seconds after that is killed. */
  drainTimeoutMs: number;
}

/** Runs the primary process: forks, supervises and stops the workers. Never serves requests itself. */
export function runPrimary({ workers, log, env, buckets, drainTimeoutMs }: PrimaryOptions): void {
  let stopping = false;
  const aggregator = new AggregatorRegistry();
  // A worker that keeps dying at start-up (a bad setting, a port taken) stops the gateway
  // instead of being restarted forever.
  const recentDeaths: number[] = [];

  if (buckets) serveBucketsToWorkers(buckets, cluster);
  cluster.on('message', (worker, msg: { type?: string; id?: number }) => {
    if (msg?.type !== METRICS_REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.isConnected() && worker.send({ type: METRICS_REPLY, id: msg.id, text }),
      (err: Error) => worker.isConnected() && worker.send({ type: METRICS_REPLY, id: msg.id, error: err.message }),
    );
  });

  const fork = () => cluster.fork({ NEF_GATEWAY_WORKER: '1' });
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths.length && now - recentDeaths[0]! > 30_000) recentDeaths.shift();
    if (recentDeaths.length > Math.max(3, workers)) {
      log.fatal({ pid: worker.process.pid, code, signal }, 'gateway workers keep exiting; stopping');
      stop(1);
      return;
    }
    log.error({ pid: worker.process.pid, code, signal }, 'gateway worker exited; starting another');
    setTimeout(fork, 250 * recentDeaths.length).unref();
  });

  const stop = (code = 0) => {
    if (stopping) return;
    stopping = true;
    process.exitCode = code;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    if (alive.length === 0) process.exit(code);
    log.info({ workers: alive.length, drainTimeoutMs }, 'draining the workers');
    for (const w of alive) w.process.kill('SIGTERM');
    // The workers cut what is left at the drain bound; this is for a worker that hangs past it.
    setTimeout(() => {
      const stuck = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
      log.error({ workers: stuck.map((w) => w.process.pid) }, 'gateway workers did not stop after draining; killing them');
      for (const w of stuck) w.process.kill('SIGKILL');
      process.exit(1);
    }, drainTimeoutMs + 5_000).unref();
  };
  // Repeated signals (Ctrl-C reaches the whole process group) change nothing once stopping.
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  // Started by a supervisor over IPC (`npm start`): when it is gone, stop rather than live on.
  if (process.channel) process.once('disconnect', () => stop(0));
  process.on('SIGHUP', () => {
    // Checked here first so that a broken file is reported once; each worker reloads (and
    // checks) for itself, keeping its keys if the file does not load.
    try {
      const { keys } = loadApiKeys(env);
      log.info({ keys: keys.size, workers: Object.keys(cluster.workers ?? {}).length }, 'API keys file reloading in every worker');
    } catch (err) {
      log.error({ err: (err as Error).message }, 'API keys file does not load; every worker keeps its keys');
    }
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGHUP');
  });

  log.info({ workers }, 'gateway starting its workers');
  for (let i = 0; i < workers; i++) fork();
}

/** In a worker: the metrics of every worker, summed by the primary. */
export function clusterMetricsText(timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const id = nextMetricsId++;
    const onMessage = (msg: { type?: string; id?: number; text?: string; error?: string }) => {
      if (msg?.type !== METRICS_REPLY || msg.id !== id) return;
      clearTimeout(timer);
      process.off('message', onMessage);
      if (msg.text !== undefined) resolve(msg.text);
      else reject(new Error(msg.error ?? 'metrics unavailable'));
    };
    const timer = setTimeout(() => {
      process.off('message', onMessage);
      reject(new Error('the primary process did not answer for the metrics'));
    }, timeoutMs);
    process.on('message', onMessage);
    process.send!({ type: METRICS_REQUEST, id });
  });
}
let nextMetricsId = 1;

/** Makes this worker's registry the one the primary aggregates. */
export function shareWorkerMetrics(registry: Registry): void {
  // The constructor installs the worker's listener for the primary's requests.
  new AggregatorRegistry();
  AggregatorRegistry.setRegistries([registry]);
}
