import { Env, createLogger } from '@nef/kit';
import { loadApiKeys, loadConfig } from './config';
import { openBucketStore } from './ratelimit/limiter';
import { buildGateway } from './server';

async function main() {
  const log = createLogger('gateway');
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    log.fatal((err as Error).message);
    process.exit(1);
  }
  if (config.demoKeys) log.warn('using the published demo API keys: for local use only');
  const gateway = await buildGateway(config, log, config.rateLimit ? await openBucketStore(new Env()) : undefined);
  const url = await gateway.listen();
  log.info({ url }, 'gateway listening');
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    gateway.stop().then(() => process.exit(0), () => process.exit(1));
  };
  // Rotating keys: edit API_KEYS_FILE, then `kill -HUP <pid>`; a bad file keeps the old keys.
  process.on('SIGHUP', () => {
    try {
      const { keys } = loadApiKeys(new Env());
      config.keys = keys;
      log.info({ keys: keys.size }, 'API keys reloaded');
    } catch (err) {
      log.error({ err: (err as Error).message }, 'API keys not reloaded; the previous keys stay in force');
    }
  });
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

void main();
