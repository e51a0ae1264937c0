/**
 * The peer the benchmark compares with: Hive Gateway (@graphql-hive/gateway, its runtime used
 * programmatically) serving the same supergraph over the same subgraphs, with the same number
 * of processes as our gateway. So that both do the same work per request, it authenticates the
 * same API keys, resolves X-Acting-Worker through the union subgraph with the same cache, and
 * signs the same principal on every subgraph request; it does not limit, cost or meter
 * operations as ours does.
 *
 * With ROUTER_RUNTIME=true it is the second peer: the same Hive Gateway with the same plugin,
 * planning and executing with the Hive Router's Rust query planner (@graphql-hive/router-runtime,
 * a native addon) instead of its JavaScript one, as the CLI's HIVE_ROUTER_RUNTIME=true does.
 *
 * Settings (environment): PORT, WORKERS, SUPERGRAPH_FILE, ROUTER_RUNTIME, PRINCIPAL_SIGNING_KEY and
 * PRINCIPAL_KEY_ID (the development key when unset),
 * STATIONS_URL / UNION_URL / TRAINING_URL / GOVERNANCE_URL.
 */
import cluster from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { ANONYMOUS, DOMAINS, Env, PRINCIPAL_HEADER, principalSigner, signPrincipal, type Principal } from '@nef/kit';
import { ActingWorkerResolver } from '../../gateway/src/acting-worker';
import { ApiKeys } from '../../gateway/src/keys';
import { demoKeyEntries } from '../../gateway/src/demo-keys';

const env = process.env;
const port = Number(env.PORT ?? 4500);
const workers = Number(env.WORKERS ?? 1);
const signer = principalSigner(new Env(env));
/** Carries the principal from onSubgraphExecute to onFetch, where the body it is signed over is final; never sent. */
const CLAIM_HEADER = 'x-nef-principal-to-sign';
const urlOf = (name: string) => env[`${name.toUpperCase()}_URL`] ?? '';

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (w, code) => console.error(`hive worker ${w.process.pid} exited (${code})`));
  process.on('SIGTERM', () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), 2000).unref();
  });
} else {
  serve();
}

/**
 * The router runtime's handler, loaded only for that peer (a native addon that fails to load says
 * so here), and required, as the gateway itself is, so that both use the same (CommonJS) copy of
 * the packages they share.
 */
function routerHandler() {
  return (require('@graphql-hive/router-runtime') as typeof import('@graphql-hive/router-runtime')).unifiedGraphHandler;
}

function serve() {
  const routerRuntime = env.ROUTER_RUNTIME === 'true';
  // The subgraph URLs composed into the supergraph are the default ports; point them at this run's.
  let sdl = fs.readFileSync(env.SUPERGRAPH_FILE!, 'utf8');
  for (const name of DOMAINS) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${urlOf(name)}$2`);
  }
  const keys = new ApiKeys(demoKeyEntries());
  const acting = new ActingWorkerResolver(() => urlOf('union'), signer, 30);
  const subgraphAt = new Map(DOMAINS.map((name) => [urlOf(name), name]));
  const sameAuthentication: GatewayPlugin = {
    onContextBuilding({ context, extendContext }) {
      const request = (context as { request: Request }).request;
      return (async () => {
        let principal: Principal = ANONYMOUS;
        const key = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
        if (key) {
          const found = keys.principalFor(key);
          if (!found) throw new Error('unknown API key');
          principal = found;
        }
        const actingFor = request.headers.get('x-acting-worker');
        if (actingFor) principal = { ...principal, workerId: await acting.resolve(principal, actingFor) };
        extendContext({ nefPrincipal: principal });
      })();
    },
    // Headers go on the subgraph request through its extensions, as Hive's own header
    // propagation does, so that they are part of what Hive compares before it lets concurrent
    // identical subgraph requests share one fetch. (Set later, in onFetch, they are not: two
    // workers' identical queries would then share one worker's answer.)
    onSubgraphExecute({ executionRequest }) {
      const principal = (executionRequest.context as { nefPrincipal?: Principal } | undefined)?.nefPrincipal;
      if (!principal) throw new Error('no principal in the context of a subgraph request');
      const extensions = (executionRequest.extensions ??= {}) as { headers?: Record<string, string> };
      extensions.headers = { ...extensions.headers, [CLAIM_HEADER]: JSON.stringify(principal) };
    },
    // Signed here, as our gateway signs in its fetcher: the principal covers the exact body.
    onFetch({ url, options, setOptions }) {
      const headers = { ...(options.headers as Record<string, string> | undefined) };
      const claim = headers[CLAIM_HEADER];
      if (claim === undefined) return;
      delete headers[CLAIM_HEADER];
      const audience = subgraphAt.get(String(url));
      if (!audience) throw new Error(`no subgraph at ${String(url)}`);
      const body = typeof options.body === 'string' ? options.body : '';
      headers[PRINCIPAL_HEADER] = signPrincipal(JSON.parse(claim) as Principal, signer, { audience, body });
      setOptions({ ...options, headers });
    },
  };

  const gateway = createGatewayRuntime({
    supergraph: sdl,
    ...(routerRuntime ? { unifiedGraphHandler: routerHandler() } : {}),
    plugins: () => [sameAuthentication],
    logging: 'error',
    graphiql: false,
    landingPage: false,
  });
  const server = http.createServer(gateway);
  server.keepAliveTimeout = 65_000;
  server.listen(port, '127.0.0.1', () => console.log(JSON.stringify({ msg: `hive gateway${routerRuntime ? ' (router runtime)' : ''} listening`, url: `http://127.0.0.1:${port}/graphql` })));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
