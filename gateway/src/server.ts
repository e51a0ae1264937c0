import fs from 'node:fs';
import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';
import {
  ANONYMOUS,
  DOMAINS,
  INPUT_RULES,
  Metrics,
  createErrorFormatter,
  createHttpHandler,
  DirectiveFloodRule,
  directiveFloodPlugin,
  headerValue,
  listenHttp,
  sendJson,
  unauthenticated,
  withoutSuggestions,
  type Domain,
  type Listening,
  type Logger,
  type Principal,
} from '@nef/kit';
import { ACTING_WORKER_HEADER, ActingWorkerResolver } from './acting-worker';
import { defaultSubgraphUrl, type GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { FetchCacheRecord, responseCachePlugin } from './cache/response-cache';
import { localizedErrors } from './i18n';
import { privacyRoutes } from './privacy-routes';
import { publicPassthroughRoute } from './public-passthrough';
import { SharedVersions } from './cache/shared-versions';
import { VersionTracker } from './cache/versions';
import { SubgraphHealth } from './health';
import { operationLimitsPlugin } from './limits/plugin';
import { RateLimiter } from './ratelimit/limiter';
import { MemoryBucketStore, type BucketStore } from './ratelimit/store';
import { kitScalarsPlugin } from './scalars';
import { SignedDataSource } from './signed-data-source';
import { stationsGeojsonRoute } from './stations-geojson';
import { createUi } from './ui/serve';
import { persistedQueryErrorsPlugin, trustedDocumentsCache, trustedDocumentsScreen } from './trusted/plugin';
import { UsageMetrics } from './trusted/usage-metrics';

export interface Gateway {
  handler: http.RequestListener;
  metrics: Metrics;
  /** Starts listening; port 0 picks a free port. Resolves to the URL of /graphql. */
  listen(port?: number, host?: string): Promise<string>;
  /** Drains (see `Listening.close`: requests in flight get at most `drainTimeoutMs`), then stops. */
  stop(drainTimeoutMs?: number): Promise<void>;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/** What a request body refused unread costs the caller's rate limit. */
export const REFUSED_BODY_COST = 100;

/**
 * Builds the gateway without listening: authenticates API keys, resolves the acting worker,
 * plans queries over the supergraph and signs the principal on every subgraph request.
 */
export async function buildGateway(
  config: GatewayConfig,
  log: Logger,
  bucketStore?: BucketStore,
  opts: {
    /** Serves /metrics from elsewhere (the sum over a cluster's workers). */
    metricsText?: () => Promise<string>;
    /** REDIS_URL: data versions shared with the other gateway processes (cache/shared-versions.ts). */
    redisUrl?: string;
    /** Key and channel prefix of the shared data versions. */
    redisVersionsPrefix?: string;
  } = {},
): Promise<Gateway> {
  const metrics = new Metrics('gateway', { defaults: true });
  const dataSources: SignedDataSource[] = [];
  const tracker = new VersionTracker();
  const urls = new Map<Domain, string>();
  const urlOf = (name: Domain) => urls.get(name) ?? config.subgraphUrls[name] ?? defaultSubgraphUrl(name);

  const gateway = new ApolloGateway({
    ...(config.supergraph.mode === 'file'
      ? { supergraphSdl: fs.readFileSync(config.supergraph.file, 'utf8') }
      : {
          supergraphSdl: new IntrospectAndCompose({
            subgraphs: DOMAINS.map((name) => ({ name, url: urlOf(name) })),
          }),
        }),
    buildService: ({ name, url }) => {
      const effective = config.subgraphUrls[name as Domain] ?? url;
      if (!effective) throw new Error(`no URL for subgraph ${name}`);
      urls.set(name as Domain, effective);
      const source = new SignedDataSource(effective, config.signer, name, log, tracker, config.subgraphPool);
      dataSources.push(source);
      return source;
    },
    logger: log,
    // Plans of the operations partners and dashboards send are a few kB each; this holds thousands.
    experimental_approximateQueryPlanStoreMiB: config.queryPlanCacheMiB,
  });

  // Per API key and operation; the names of published operations are always labelled as they are.
  const usage = new UsageMetrics(metrics.registry, () => config.trusted.documents.operationNames());

  const limiter = config.rateLimit ? new RateLimiter(bucketStore ?? new MemoryBucketStore(), config.rateLimit, log) : undefined;

  const formatError = createErrorFormatter(log, { dropExtensions: config.production ? ['serviceName'] : [] });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: config.production ? withoutSchemaHints(formatError) : formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    // No "Did you mean ...?" hints that would map the schema for a caller without introspection.
    hideSchemaDetailsFromClientErrors: config.production,
    allowBatchedHttpRequests: false,
    // Ids resolve from the published manifests only (see trusted/): callers cannot store documents.
    persistedQueries: { cache: trustedDocumentsCache(() => config.trusted) },
    // Stopped by `stop()` once the HTTP server has drained, not at the signal (see main.ts).
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // A subscription, or a Float literal too large for a double: BAD_USER_INPUT (400) before planning.
    // Directive overloading (unknown or repeated directives) is answered with one error.
    validationRules: [...INPUT_RULES, DirectiveFloodRule],
    plugins: [
      // A malformed DateTime is refused here (400), as each subgraph would refuse it.
      kitScalarsPlugin(),
      directiveFloodPlugin(),
      metrics.plugin(),
      usage.plugin(),
      persistedQueryErrorsPlugin(),
      operationLimitsPlugin<GatewayContext>(config.limits, (ctx, shape) => limiter?.charge(ctx.principal, ctx.clientIp, shape.cost) ?? Promise.resolve(undefined)),
      // After the limits: a cached or shared answer is still charged to the caller's rate limit.
      // With RESPONSE_CACHE_MIB=0 nothing is kept, but identical queries in flight still share.
      responseCachePlugin<GatewayContext>({ tracker, maxBytes: config.responseCacheMiB * 2 ** 20 }),
      // Apollo's landing page loads from a CDN: browsers get the gateway's own playground instead (./ui).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const shared = opts.redisUrl ? await SharedVersions.connect(opts.redisUrl, tracker, log, { prefix: opts.redisVersionsPrefix }) : undefined;
  tracker.startPolling(urlOf, DOMAINS, log, 1_000, shared ? () => shared.shouldPoll() : undefined);

  const acting = new ActingWorkerResolver(() => urlOf('union'), config.signer, config.actingWorkerTtlSeconds, {
    log,
    charge: (p, ip, cost) => limiter?.charge(p, ip, cost),
    links: {
      version: () => tracker.versionOf('union', 'links'),
      isCurrent: (version) => tracker.isCurrent(new Map([['union/links', version]])),
    },
  });

  async function authenticate(req: http.IncomingMessage): Promise<Principal> {
    const authorization = headerValue(req, 'authorization');
    let principal: Principal = ANONYMOUS;
    if (authorization) {
      const key = BEARER.exec(authorization.trim())?.[1];
      if (!key) throw unauthenticated('Authorization must be "Bearer <API key>"', 'Authorization须为"Bearer <API密钥>"');
      const found = config.keys.principalFor(key);
      if (!found) throw unauthenticated('unknown API key', '未知的API密钥');
      principal = found;
    }
    const actingFor = headerValue(req, ACTING_WORKER_HEADER);
    if (actingFor !== undefined) principal = { ...principal, workerId: await acting.resolve(principal, actingFor, clientIpOf(req, config.trustProxy)) };
    return principal;
  }

  // The playground (GET /graphql from a browser), the dashboard (GET /dashboard) and their
  // bundles (/ui/...), built or loaded from the cache in the background: the API does not wait.
  const ui =
    config.playground || config.dashboard
      ? createUi({ playground: config.playground, dashboard: config.dashboard, demoKeys: config.demoKeys, introspection: !config.production }, log)
      : undefined;

  const health = new SubgraphHealth(urlOf, DOMAINS, log);
  const api = createHttpHandler<GatewayContext>({
    apollo,
    log,
    metrics,
    context: async (req) => ({
      principal: await authenticate(req),
      requestId: String(headerValue(req, 'x-request-id') ?? ''),
      clientIp: clientIpOf(req, config.trustProxy),
      cacheRecord: new FetchCacheRecord(),
    }),
    // A key bound to a manifest runs only its operations when enforcing (production).
    screen: trustedDocumentsScreen({
      settings: () => config.trusted,
      keys: () => config.keys,
      registry: metrics.registry,
      log,
      onRefused: (ctx, operationName, code) => {
        usage.count(ctx.principal.keyId, operationName, [code]);
        // Cheap to refuse, but not free to send again and again: charged like a refused body.
        void limiter?.charge(ctx.principal, ctx.clientIp, REFUSED_BODY_COST).catch(() => undefined);
      },
    }),
    // From the latest background check of every subgraph's /readyz: answers at once.
    ready: () => health.readiness(),
    // A body refused unread (over the size limit, nested too deep) is charged like a page of
    // results: refusing is cheap, but not free to send again and again. Over the limit, the
    // refusal stands as it is.
    refusedBody: async (ctx) => limiter?.charge(ctx.principal, ctx.clientIp, REFUSED_BODY_COST).catch(() => undefined),
    routes: {
      ...(opts.metricsText
        ? {
            '/metrics': async (_req: http.IncomingMessage, res: http.ServerResponse) => {
              const text = await opts.metricsText!();
              res.writeHead(200, { 'content-type': metrics.registry.contentType });
              res.end(text);
            },
          }
        : {}),
      '/': (_req, res) => {
        res.writeHead(302, { location: '/graphql' });
        res.end();
      },
      '/favicon.ico': (_req, res) => sendJson(res, 404, { error: 'not found' }),
      // Map platforms read the public station layer here; the stations service builds it.
      '/stations.geojson': stationsGeojsonRoute({
        upstream: () => urlOf('stations').replace(/\/graphql$/, '/stations.geojson'),
        authenticate,
        requireKey: config.production,
        charge: async (principal, req, cost) => limiter?.charge(principal, clientIpOf(req, config.trustProxy), cost),
        log,
      }),
      // The same layer in Open Referral (HSDS 3.0), built and charged alike.
      '/stations.hsds.json': stationsGeojsonRoute({
        upstream: () => urlOf('stations').replace(/\/graphql$/, '/stations.hsds.json'),
        authenticate,
        requireKey: config.production,
        charge: async (principal, req, cost) => limiter?.charge(principal, clientIpOf(req, config.trustProxy), cost),
        log,
      }),
      // Hazard report photos, stored by the governance service.
      '/report-photo': publicPassthroughRoute({
        service: 'governance',
        upstream: () => urlOf('governance').replace(/\/graphql$/, '/report-photo'),
        authenticate,
        charge: async (principal, req, cost) => limiter?.charge(principal, clientIpOf(req, config.trustProxy), cost),
        log,
      }),
      // A certificate's public check, the link its QR code carries (training's TRAINING_PUBLIC_URL).
      '/certificate': publicPassthroughRoute({
        service: 'training',
        upstream: () => urlOf('training').replace(/\/graphql$/, '/certificate'),
        // A page for a browser (a phone that scanned the code), JSON for an API client.
        vary: 'Accept, Accept-Language',
        authenticate,
        charge: async (principal, req, cost) => limiter?.charge(principal, clientIpOf(req, config.trustProxy), cost),
        log,
      }),
      // A worker's rights over their data (access log, export, closing the account), asked of every service at once.
      ...privacyRoutes({
        graphqlUrl: urlOf,
        authenticate,
        charge: async (principal, req, cost) => limiter?.charge(principal, clientIpOf(req, config.trustProxy), cost),
        signer: config.signer,
        // Forgets the worker's accounts, and reads the services' data versions before answering,
        // so that this gateway's cached answers from before the close are not served after it.
        onClosed: async (workerId) => {
          acting.forgetWorker(workerId);
          await tracker.pollOnce?.();
        },
        log,
      }),
    },
  });

  // Error messages in the caller's language (Accept-Language), chosen as each answer leaves.
  const handler: http.RequestListener = localizedErrors(ui ? (req, res) => void (ui.handle(req, res) || api(req, res)) : api);

  let listening: Listening | undefined;
  return {
    handler,
    metrics,
    async listen(port = config.port, host = config.host) {
      listening = await listenHttp(handler, port, host);
      return listening.url;
    },
    /** Drains first (requests in flight still reach the subgraphs), then lets go of everything else. */
    async stop(drainTimeoutMs?: number) {
      await listening?.close(drainTimeoutMs);
      health.stop();
      tracker.stop();
      await shared?.close();
      await apollo.stop();
      await limiter?.close();
      await Promise.all(dataSources.map((d) => d.close()));
    },
  };
}

/**
 * Apollo's hideSchemaDetailsFromClientErrors strips suggestions from validation errors only;
 * variable coercion (a misspelt enum value, an unknown input field) and subgraphs' errors carry
 * them too. In production every message leaves without them.
 */
function withoutSchemaHints(format: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return { ...result, message: withoutSuggestions(result.message) };
  };
}

function clientIpOf(req: http.IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headerValue(req, 'x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
