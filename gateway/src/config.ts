import path from 'node:path';
import { DEFAULT_PORTS, DOMAINS, Env, principalSigner, type Domain, type PrincipalSigner } from '@nef/kit';
import { ApiKeys } from './keys';
import { demoKeyEntries } from './demo-keys';
import { readLimits, type OperationLimits } from './limits/plugin';
import { readRateLimitPolicy, type RateLimitPolicy } from './ratelimit/limiter';
import { DEFAULT_POOL, type SubgraphPoolOptions } from './pool-fetcher';
import { loadTrustedDocuments, type TrustedDocumentsSettings } from './trusted/settings';

export const GATEWAY_ROOT = path.resolve(__dirname, '..');
export const DEFAULT_SUPERGRAPH_FILE = path.join(GATEWAY_ROOT, 'supergraph.graphql');

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  /** The Ed25519 key principals are signed with (PRINCIPAL_SIGNING_KEY, PRINCIPAL_KEY_ID). */
  signer: PrincipalSigner;
  keys: ApiKeys;
  /** Published manifests and how bound keys are held to them (TRUSTED_DOCUMENTS, TRUSTED_DOCUMENTS_DIR); replaced with the keys on SIGHUP. */
  trusted: TrustedDocumentsSettings;
  /** True when the published demo keys are in use (never in production). */
  demoKeys: boolean;
  supergraph: { mode: 'file'; file: string } | { mode: 'introspect' };
  /** Subgraph URLs that replace the ones composed into the supergraph. */
  subgraphUrls: Partial<Record<Domain, string>>;
  actingWorkerTtlSeconds: number;
  limits: OperationLimits;
  /** Absent when RATE_LIMIT_PER_MINUTE=0. */
  rateLimit?: RateLimitPolicy;
  trustProxy: boolean;
  /** GraphiQL at GET /graphql for browsers: on outside production, PLAYGROUND=true turns it on in production. */
  playground: boolean;
  /** The city dashboard at GET /dashboard (a public page that calls the API with the key the user types); DASHBOARD=false turns it off. */
  dashboard: boolean;
  /** Keep-alive connections to each subgraph, per gateway process. */
  subgraphPool: SubgraphPoolOptions;
  /** Approximate size of the query plan cache, per gateway process. */
  queryPlanCacheMiB: number;
  /** Memory for kept answers (public data, closed-period dashboards), per gateway process; 0 turns the cache off. */
  responseCacheMiB: number;
}

/**
 * The keys the gateway accepts: API_KEYS_FILE, or the published demo keys outside production.
 * Start-up and SIGHUP reloads both come here, so a reload is checked like a start.
 */
export function loadApiKeys(env: Env): { keys: ApiKeys; demoKeys: boolean } {
  const keysFile = env.str('API_KEYS_FILE');
  const demo = new ApiKeys(demoKeyEntries());
  let keys: ApiKeys;
  if (keysFile) {
    keys = ApiKeys.fromFile(path.resolve(keysFile));
  } else if (env.production) {
    throw new Error('API_KEYS_FILE must be set when NODE_ENV=production (the demo keys are public)');
  } else {
    keys = demo;
  }
  const demoHashes = new Set(demo.hashes());
  const demoKeys = keys.hashes().some((h) => demoHashes.has(h));
  if (env.production && demoKeys) {
    throw new Error(`API_KEYS_FILE ${keysFile} contains a published demo key; create real keys with npm run apikey -- create`);
  }
  return { keys, demoKeys };
}

export const defaultSubgraphUrl = (name: Domain) => `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`;

/** Reads the gateway's settings; refuses to start in production with demo keys, or without a signing key of its own. */
export function loadConfig(env = new Env()): GatewayConfig {
  const signer = principalSigner(env);
  const { keys, demoKeys } = loadApiKeys(env);
  const subgraphUrls: Partial<Record<Domain, string>> = {};
  for (const name of DOMAINS) {
    const url = env.str(`${name.toUpperCase()}_URL`);
    if (url) subgraphUrls[name] = url;
  }
  const mode = env.str('SUPERGRAPH', 'file');
  if (mode !== 'file' && mode !== 'introspect') throw new Error(`SUPERGRAPH must be "file" or "introspect", got "${mode}"`);
  if (mode === 'introspect' && env.production) throw new Error('SUPERGRAPH=introspect is for development only');
  return {
    port: env.int('PORT', 4000),
    host: env.str('HOST', '127.0.0.1'),
    production: env.production,
    signer,
    keys,
    trusted: loadTrustedDocuments(env, keys),
    demoKeys,
    supergraph: mode === 'introspect' ? { mode } : { mode: 'file', file: path.resolve(env.str('SUPERGRAPH_FILE', DEFAULT_SUPERGRAPH_FILE)) },
    subgraphUrls,
    actingWorkerTtlSeconds: env.int('ACTING_WORKER_CACHE_SECONDS', 30),
    limits: readLimits(env),
    rateLimit: readRateLimitPolicy(env),
    trustProxy: env.bool('TRUST_PROXY', false),
    playground: env.bool('PLAYGROUND', !env.production),
    dashboard: env.bool('DASHBOARD', true),
    subgraphPool: {
      connections: env.intInRange('SUBGRAPH_CONNECTIONS', DEFAULT_POOL.connections, 1, 10_000),
      keepAliveMs: DEFAULT_POOL.keepAliveMs,
      timeoutMs: env.intInRange('SUBGRAPH_TIMEOUT_MS', DEFAULT_POOL.timeoutMs, 100, 600_000),
    },
    queryPlanCacheMiB: env.intInRange('QUERY_PLAN_CACHE_MIB', 30, 1, 4096),
    responseCacheMiB: env.intInRange('RESPONSE_CACHE_MIB', 64, 0, 65_536),
  };
}
