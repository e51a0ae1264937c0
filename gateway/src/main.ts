import cluster from 'node:cluster';
import { DEFAULT_DRAIN_TIMEOUT_MS, Env, createLogger, startTracing } from '@nef/kit';
import { clusterMetricsText, readWorkerCount, runPrimary, shareWorkerMetrics } from './cluster';
import { loadApiKeys, loadConfig } from './config';
import { IpcBucketStore } from './ratelimit/ipc-store';
import { openBucketStore } from './ratelimit/limiter';
import { MemoryBucketStore, type BucketStore } from './ratelimit/store';
import { buildGateway } from './server';
import { loadTrustedDocuments } from './trusted/settings';

async function main() {
  startTracing('gateway');
  const env = new Env();
  const log = createLogger('gateway');
  let config;
  let workers;
  let drainTimeoutMs;
  try {
    config = loadConfig(env);
    workers = readWorkerCount(env);
    drainTimeoutMs = env.intInRange('DRAIN_TIMEOUT_MS', DEFAULT_DRAIN_TIMEOUT_MS, 0, 3_600_000);
  } catch (err) {
    log.fatal((err as Error).message);
    process.exit(1);
  }
  const inCluster = workers > 1 || cluster.isWorker;
  // Once per gateway: from the primary, which is the only process outside a cluster.
  if (cluster.isPrimary && config.demoKeys) log.warn('using the published demo API keys: for local use only');
  if (cluster.isPrimary && config.production && config.trusted.unbound.length > 0) {
    log.warn({ keys: config.trusted.unbound }, 'API keys bound to no manifest and not freeForm: they may send any operation (see README, Trusted documents)');
  }

  if (inCluster && cluster.isPrimary) {
    // Without Redis, the primary owns the buckets so that the limits hold across the workers.
    const shared = config.rateLimit && !env.str('REDIS_URL') ? new MemoryBucketStore() : undefined;
    runPrimary({ workers, log, env, buckets: shared, drainTimeoutMs });
    return;
  }

  let buckets: BucketStore | undefined;
  if (config.rateLimit) buckets = inCluster && !env.str('REDIS_URL') ? new IpcBucketStore() : await openBucketStore(env);
  const gateway = await buildGateway(config, log, buckets, {
    ...(inCluster ? { metricsText: () => clusterMetricsText() } : {}),
    // Data versions shared with every other gateway process: one polls the subgraphs for all.
    redisUrl: env.str('REDIS_URL'),
    // Deployments (or test runs) sharing one Redis keep apart by prefix, as RATE_LIMIT_PREFIX does for the limits.
    redisVersionsPrefix: env.str('DATA_VERSIONS_PREFIX', 'nef:versions:'),
  });
  if (inCluster) shareWorkerMetrics(gateway.metrics.registry);
  let url;
  try {
    url = await gateway.listen();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') log.fatal(`could not start: ${(err as Error).message}; set PORT to another`);
    else log.fatal({ err }, 'could not listen');
    process.exit(1);
  }
  log.info({ url, ...(inCluster ? { worker: cluster.worker?.id } : {}) }, 'gateway listening');
  let stopping = false;
  const shutdown = (signal: string) => {
    // A second signal (Ctrl-C reaches the whole process group, a cluster's primary passes it on) changes nothing.
    if (stopping) return;
    stopping = true;
    log.info({ signal, drainTimeoutMs }, 'draining, then shutting down');
    gateway.stop(drainTimeoutMs).then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  // Rotating keys: edit API_KEYS_FILE, then `kill -HUP <pid>`; a bad file keeps the old keys.
  process.on('SIGHUP', () => {
    try {
      const { keys } = loadApiKeys(env);
      // Keys and manifests together: a key bound to a manifest not (yet) published keeps the old ones.
      const trusted = loadTrustedDocuments(env, keys);
      config.keys = keys;
      config.trusted = trusted;
      log.info({ keys: keys.size, manifests: trusted.documents.names().length }, 'API keys reloaded (and trusted documents)');
    } catch (err) {
      log.error({ err: (err as Error).message }, 'API keys not reloaded; the previous keys and trusted documents stay in force');
    }
  });
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  // A worker whose primary is gone (killed outright), or a gateway whose supervisor is gone
  // (`npm start`), must not live on as an orphan.
  if (process.channel) process.once('disconnect', () => shutdown('disconnect'));
}

void main();
