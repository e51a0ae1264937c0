import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLError, parse } from 'graphql';
import type { EntitySchema, MixedList } from 'typeorm';
import { AuditEntity, AuditTrail, KitAuditLog1700000000000, auditPlugin } from './audit';
import { CacheHints, cachePlugin, type CachePolicy } from './cache/policy';
import { KitDataVersions1700000000001, VersionBook, bumpDataVersions } from './cache/versions';
import { Env } from './config';
import { Database } from './db/database';
import { SchemaWatch } from './db/migrate';
import { resolveDatabaseTarget, resolveReadDatabaseTarget, type DatabaseTarget } from './db/url';
import { createErrorFormatter, unauthenticated } from './errors';
import { DEFAULT_DRAIN_TIMEOUT_MS, createHttpHandler, headerValue, listenHttp, sendJson, type Listening, type Readiness, type Route } from './http';
import { createLogger, type Logger } from './logger';
import { Metrics } from './metrics';
import { PRINCIPAL_HEADER, verifyPrincipal, type Domain, type Principal, type TrustedKeys } from './principal';
import { trustedPrincipalKeys } from './principal-keys';
import { privacyRoutes, type WorkerPrivacy } from './privacy';
import { DateTimeScalar } from './scalars';
import { INPUT_RULES } from './validation';
import { subgraphTypeDefs } from './schema';
import { systemClock, type Clock } from './time';
import { startTracing } from './tracing';

/** One module as `buildSubgraphSchema` takes it (its type is not exported from the package's entry). */
type SchemaModule = Exclude<Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number], { kind: unknown }>;

/** What every resolver receives. */
export interface SubgraphContext<L> {
  principal: Principal;
  loaders: L;
  db: Database;
  log: Logger;
  /** Record every read of personal data at full precision here (`audit.record(...)`). */
  audit: AuditTrail;
  /** Say when this answer must not be cached, or holds only until a time. */
  cache: CacheHints;
  /** The request's time, read once from the subgraph's clock: every rule in one request sees the same now. */
  now: Date;
  /**
   * This process's view of the service's data versions (re-read within 200 ms, at once after a
   * write of its own): what an in-memory copy of the data checks before it answers.
   */
  versions: VersionBook;
}

/** Everything a service is: its contract, resolvers, tables and per-request loaders. */
export interface SubgraphModule<L> {
  name: Domain;
  /** The service's own SDL (its schema.graphql); the shared definitions are added when it is built. */
  typeDefs: string;
  /** The resolver map, typed by the service from its generated resolver types. */
  resolvers: Record<string, unknown>;
  entities: MixedList<EntitySchema<any>>;
  migrations: MixedList<new () => any>;
  /** The loaders of one request; `now` is the request's time. */
  createLoaders(db: Database, now: Date): L;
  /** Loads the demo data set; must do nothing when it is already there. */
  seedDemo?(db: Database, log: Logger): Promise<void>;
  /** Extra HTTP routes beside /graphql (e.g. exports). */
  routes?(db: Database): Record<string, Route>;
  /** Which answers the gateway may cache, and what each mutation changes; without it, none. */
  cache?: CachePolicy;
  /** What the service does for a worker's rights over their data (the `/privacy/*` routes). */
  privacy?: WorkerPrivacy;
}

export const DEFAULT_PORTS: Record<Domain, number> = { stations: 4001, union: 4002, training: 4003, governance: 4004 };

export interface Subgraph {
  apollo: ApolloServer<SubgraphContext<unknown>>;
  handler: http.RequestListener;
  db: Database;
  metrics: Metrics;
  /** Where the subgraph reads the time (the system clock unless a test gave another). */
  clock: Clock;
  /** Starts listening; port 0 picks a free port. Resolves to the bound URL of /graphql. */
  listen(port: number, host?: string): Promise<string>;
  /** Drains (see `Listening.close`: requests in flight get at most `drainTimeoutMs`), then closes Apollo and the database. */
  stop(drainTimeoutMs?: number): Promise<void>;
}

/**
 * Builds a subgraph without listening, so tests run it in-process. Every request must carry a
 * principal signed by the gateway with one of `trustedKeys`, for this subgraph, over this very
 * body, and not expired; anything else is UNAUTHENTICATED (401), `_service` and `_entities`
 * included. `principalClock` is what expiry is judged by (the system clock unless a test
 * injects one; `clock`, the business time, may be set to any date).
 */
export async function buildSubgraph<L>(
  mod: SubgraphModule<L>,
  opts: {
    db: Database;
    trustedKeys: TrustedKeys;
    log: Logger;
    metrics: Metrics;
    clock?: Clock;
    principalClock?: Clock;
    /** What /readyz checks; by default that the database answers. */
    ready?: () => Promise<void | Readiness>;
  },
): Promise<Subgraph> {
  const { db, log, metrics, trustedKeys } = opts;
  const clock = opts.clock ?? systemClock;
  const principalClock = opts.principalClock ?? systemClock;
  const book = new VersionBook(db, mod.cache?.namespaces ?? []);
  const schema = buildSubgraphSchema([
    { typeDefs: parse(subgraphTypeDefs(mod.typeDefs)), resolvers: { DateTime: DateTimeScalar, ...mod.resolvers } as SchemaModule['resolvers'] },
  ]);
  const apollo = new ApolloServer<SubgraphContext<L>>({
    schema,
    formatError: createErrorFormatter(log, { service: mod.name }),
    validationRules: [...INPUT_RULES],
    includeStacktraceInErrorResponses: false,
    // Stopped by `stop()` once the HTTP server has drained, not at the signal (see runSubgraph).
    stopOnTerminationSignals: false,
    // Traces would tell callers how long each resolver took; the gateway does not use them.
    plugins: [
      metrics.plugin(),
      auditPlugin(db, log),
      ...(mod.cache ? [cachePlugin(mod.cache, book, log)] : []),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await apollo.start();
  const handler = createHttpHandler({
    apollo,
    log,
    metrics,
    ready: opts.ready ?? (() => db.ping()),
    routes: {
      // The gateway polls this to learn of writes made elsewhere (other replicas, commands).
      '/versions': async (_req, res) => sendJson(res, 200, Object.fromEntries(await book.current())),
      ...mod.routes?.(db),
      ...(mod.privacy
        ? privacyRoutes({
            service: mod.name,
            db,
            privacy: mod.privacy,
            trusted: () => trustedKeys,
            now: clock,
            principalNow: () => principalClock().getTime(),
            log,
            afterClose: () => book.current(true),
          })
        : {}),
    },
    context: async (req, reqLog, rawBody) => {
      const body = await rawBody();
      if (body === undefined) {
        throw new GraphQLError('request body too large', { extensions: { code: 'BAD_REQUEST', http: { status: 413 } } });
      }
      // A principal covers the body; a GET carries its operation in the URL, which it does not
      // (the gateway only ever POSTs).
      const verdict =
        req.method === 'POST'
          ? verifyPrincipal(headerValue(req, PRINCIPAL_HEADER), trustedKeys, { audience: mod.name, body, now: principalClock().getTime() })
          : ({ ok: false, reason: `${req.method ?? 'no'} method: principals bind POST bodies` } as const);
      if (!verdict.ok) {
        reqLog.warn({ reason: verdict.reason }, 'refused request without a valid principal');
        throw unauthenticated('requests must come through the gateway');
      }
      const now = clock();
      return {
        principal: verdict.principal,
        now,
        loaders: mod.createLoaders(db, now),
        db,
        log: reqLog,
        audit: new AuditTrail(verdict.principal, headerValue(req, 'x-request-id') ?? null),
        cache: new CacheHints(),
        versions: book,
      };
    },
  });
  let listening: Listening | undefined;
  return {
    apollo: apollo as unknown as ApolloServer<SubgraphContext<unknown>>,
    handler,
    db,
    metrics,
    clock,
    async listen(port, host = '127.0.0.1') {
      listening = await listenHttp(handler, port, host);
      return listening.url;
    },
    async stop(drainTimeoutMs) {
      await listening?.close(drainTimeoutMs);
      await apollo.stop();
      await db.close();
    },
  };
}

/**
 * Opens (and, unless `migrate` is false, migrates under the migration lock) a service's
 * database for a target, counting statements in its metrics.
 */
export function openServiceDatabase(
  mod: SubgraphModule<unknown>,
  target: DatabaseTarget,
  log: Logger,
  metrics: Metrics,
  opts: { migrate?: boolean; /** READ_DATABASE_URL: `db.reader` (see Database). */ readTarget?: DatabaseTarget } = {},
) {
  return Database.open({
    migrate: opts.migrate,
    readTarget: opts.readTarget,
    target,
    // Every service keeps its own append-only audit log.
    entities: [...listOf(mod.entities), AuditEntity],
    migrations: [...listOf(mod.migrations), KitAuditLog1700000000000, KitDataVersions1700000000001],
    log,
    onStatement: () => metrics.sqlStatements.inc(),
  });
}

/**
 * The process entry point of a service: reads the environment, migrates, loads the demo data
 * when asked, listens, and on SIGINT/SIGTERM drains (requests in flight finish, for at most
 * DRAIN_TIMEOUT_MS) before it exits. Started by a supervisor over IPC (`npm start`), it also
 * drains and exits when the supervisor goes away.
 */
export async function runSubgraph<L>(mod: SubgraphModule<L>, env = new Env()): Promise<Subgraph> {
  startTracing(mod.name);
  const log = createLogger(mod.name);
  try {
    const drainTimeoutMs = env.intInRange('DRAIN_TIMEOUT_MS', DEFAULT_DRAIN_TIMEOUT_MS, 0, 3_600_000);
    // Before the database: a subgraph without the gateway's public keys must not start at all.
    const trustedKeys = trustedPrincipalKeys(env);
    const metrics = new Metrics(mod.name, { defaults: true });
    const target = resolveDatabaseTarget(mod.name, env);
    // In production the migration job (`npm run migrate`) migrates, not each replica: a
    // replica on a schema older than its code answers /readyz 503 until the job has run.
    const recheckMs = env.intInRange('MIGRATION_RECHECK_MS', 5_000, 100, 600_000);
    const readTarget = resolveReadDatabaseTarget(mod.name, env);
    const db = await openServiceDatabase(mod as SubgraphModule<unknown>, target, log, metrics, { migrate: !env.production, readTarget });
    log.info({ engine: db.engine, where: target.engine === 'sqlite' ? target.file : `${target.host}:${target.port}/${target.database}` }, 'database ready');
    const seed = async () => {
      if (!mod.seedDemo || !env.bool('DEMO_DATA', !env.production)) return;
      await mod.seedDemo(db, log);
      // The demo rows are writes like any other: what was cached or loaded into memory before
      // them (another replica's answers, the stations' nearby index) must learn of them.
      await bumpDataVersions(db, mod.cache?.namespaces ?? []);
    };
    const schema = env.production ? await SchemaWatch.start(db, { recheckMs, onMigrated: seed, log }) : undefined;
    if (!schema) await seed();
    const ready = schema && (async () => schema.readiness() ?? (await db.ping()));
    const subgraph = await buildSubgraph(mod, { db, trustedKeys, log, metrics, ...(ready ? { ready } : {}) });
    const url = await subgraph.listen(env.int('PORT', DEFAULT_PORTS[mod.name]), env.str('HOST', '127.0.0.1'));
    log.info({ url }, `${mod.name} subgraph listening`);
    let stopping = false;
    const shutdown = (signal: string) => {
      // A second signal (Ctrl-C reaches the whole process group, npm passes it on too) changes nothing.
      if (stopping) return;
      stopping = true;
      schema?.stop();
      log.info({ signal, drainTimeoutMs }, 'draining, then shutting down');
      subgraph.stop(drainTimeoutMs).then(
        () => process.exit(0),
        (err) => {
          log.error({ err }, 'unclean shutdown');
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
    if (process.channel) process.once('disconnect', () => shutdown('disconnect'));
    return subgraph;
  } catch (err) {
    // A port in use is one line ("listen EADDRINUSE: address already in use 127.0.0.1:4003"), not a stack.
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') log.fatal(`could not start: ${(err as Error).message}; set PORT to another`);
    else log.fatal({ err }, 'could not start');
    process.exit(1);
  }
}

function listOf<T>(items: MixedList<T>): T[] {
  return Array.isArray(items) ? items : Object.values(items as Record<string, T>);
}
