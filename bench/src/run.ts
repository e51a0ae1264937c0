/**
 * npm run bench [-- options]
 *
 * Seeds the city data set (once; kept in data/bench/), starts the four subgraphs on a fresh
 * copy of it, our gateway and Hive Gateway over the same supergraph, and drives each fixed
 * operation through our gateway, through Hive Gateway and, where that means something, straight
 * at the subgraph that answers it. Prints requests/s, p50 and p99 for each and the ratios, and
 * writes the figures as JSON (and, with --chart, an SVG bar chart).
 *
 * Options:
 *   --seconds N          measured seconds per run (default 8)
 *   --warmup N           seconds of warm-up before each run, not counted (default 3)
 *   --repeat N           runs per operation and target, taken in turn; the median counts (default 3)
 *   --connections N      concurrent connections (default 16)
 *   --gateway-workers N  processes of each gateway (default 1; the same for both)
 *   --seed N             data set seed (default 42)
 *   --workers N          workers in the data set (default 100000); --quick: 2000
 *   --only a,b           operations to run (benefits, stationsNear, dashboard, enroll)
 *   --quick              a small data set and 2-second runs: checks that everything works
 *   --reseed             generate the data set again
 *   --out FILE           where the JSON goes (default bench/results/latest.json)
 *   --chart FILE         also draw the figures as an SVG bar chart
 *   --profile DIR        write V8 CPU profiles of both gateways into DIR (open them in Chrome DevTools)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_PRINCIPAL_KEYS } from '@nef/kit';
import { parseArgs } from '@nef/kit/cli';
import { CITY } from '@nef/kit/seed';
import { drive, type Figures } from './load';
import { renderChart, renderTable } from './chart';
import { ROOT, SERVICES, cpuSeconds, launch, run, type Running } from './stack';
import { OPERATIONS, workloads, type Target, type WorkloadSetup } from './workloads';

interface Options {
  seconds: number;
  warmup: number;
  repeat: number;
  connections: number;
  gatewayWorkers: number;
  seed: number;
  workers: number;
  stations: number;
  visitDays: number;
  only?: string[];
  quick: boolean;
  reseed: boolean;
  out: string;
  chart?: string;
  profile?: string;
}

function options(argv: string[]): Options {
  const { flags } = parseArgs(argv, ['seconds', 'warmup', 'repeat', 'connections', 'gateway-workers', 'seed', 'workers', 'only', 'out', 'chart', 'profile']);
  const quick = flags.has('quick');
  const int = (name: string, fallback: number) => {
    const raw = flags.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number of at least 1`);
    return n;
  };
  const only = typeof flags.get('only') === 'string' ? String(flags.get('only')).split(',') : undefined;
  // Checked before anything is generated or started.
  const unknown = only?.filter((name) => !OPERATIONS.includes(name));
  if (unknown?.length) throw new Error(`--only: no operation named ${unknown.join(', ')}; the operations are ${OPERATIONS.join(', ')}`);
  return {
    seconds: int('seconds', quick ? 2 : 8),
    warmup: int('warmup', quick ? 1 : 3),
    repeat: int('repeat', quick ? 1 : 3),
    connections: int('connections', 16),
    gatewayWorkers: int('gateway-workers', 1),
    seed: int('seed', 42),
    workers: int('workers', quick ? 2_000 : CITY.workers),
    stations: quick ? 300 : CITY.stations,
    visitDays: quick ? 30 : CITY.days,
    only,
    quick,
    reseed: flags.has('reseed'),
    out: path.resolve(String(flags.get('out') ?? path.join(ROOT, 'bench/results/latest.json'))),
    chart: typeof flags.get('chart') === 'string' ? path.resolve(String(flags.get('chart'))) : undefined,
    profile: typeof flags.get('profile') === 'string' ? path.resolve(String(flags.get('profile'))) : undefined,
  };
}

/** The data set, generated once per seed and size; later runs start from a copy of it. */
async function seed(opts: Options): Promise<string> {
  const dir = path.join(ROOT, 'data/bench', `city-${opts.seed}-${opts.workers}w-${opts.stations}s`);
  const marker = path.join(dir, 'generated.json');
  if (fs.existsSync(marker) && !opts.reseed) {
    const done = JSON.parse(fs.readFileSync(marker, 'utf8')) as { seconds: Record<string, number> };
    console.log(`data set: ${path.relative(ROOT, dir)} (generated before: ${Object.entries(done.seconds).map(([k, v]) => `${k} ${v} s`).join(', ')})`);
    return dir;
  }
  if (opts.reseed) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  console.log(`data set: generating ${opts.workers} workers, ${opts.stations} stations, ${opts.visitDays} days into ${path.relative(ROOT, dir)}`);
  const seconds: Record<string, number> = {};
  for (const service of SERVICES) {
    const started = Date.now();
    const args = ['--import', 'tsx', `services/${service}/src/cli/generate.ts`, '--scale', 'city', '--seed', String(opts.seed)];
    if (service === 'stations') args.push('--stations', String(opts.stations), '--visit-days', String(opts.visitDays));
    else args.push('--workers', String(opts.workers));
    // Sessions and rewards are placed at stations that exist.
    if (service === 'training' || service === 'governance') args.push('--stations', String(opts.stations));
    await run(service, process.execPath, args, { DATA_DIR: dir, LOG_LEVEL: 'warn' });
    seconds[service] = Math.round((Date.now() - started) / 100) / 10;
  }
  fs.writeFileSync(marker, JSON.stringify({ seed: opts.seed, workers: opts.workers, stations: opts.stations, seconds }, null, 2));
  return dir;
}

async function gql(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Fresh courses for the enrolment runs: each target enrols into its own, so no pair repeats. */
async function enrolmentCourses(gatewayUrl: string): Promise<WorkloadSetup['courses']> {
  const operator = { authorization: 'Bearer demo-training-operator' };
  const out: WorkloadSetup['courses'] = { gateway: [], hive: [], direct: [] };
  const start = new Date(Date.now() + 30 * 86_400_000);
  for (const target of Object.keys(out) as (keyof typeof out)[]) {
    for (let i = 0; i < 8; i++) {
      const { createCourse } = await gql(
        gatewayUrl,
        `mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
        { input: { title: `压测课程 ${target} ${i + 1}`, category: 'DIGITAL_COMMERCE', mode: 'ONLINE', provider: '朝阳区总工会', districtCode: CITY.districtCode, minLearners: 1, capacity: 10_000 } },
        operator,
      );
      await gql(
        gatewayUrl,
        `mutation($id: ID!, $input: SessionInput!) { scheduleSession(courseId: $id, input: $input) { id } }`,
        { id: createCourse.id, input: { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString(), onlineUrl: 'https://example.org/class' } },
        operator,
      );
      out[target].push(createCourse.id);
    }
  }
  return out;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    engine: 'SQLite (embedded)',
  };
}

async function main() {
  const opts = options(process.argv.slice(2));
  const base = await seed(opts);
  const runDir = path.join(ROOT, 'data/bench/run');
  fs.rmSync(runDir, { recursive: true, force: true });
  fs.mkdirSync(runDir, { recursive: true });
  for (const f of fs.readdirSync(base)) if (f.endsWith('.sqlite')) fs.copyFileSync(path.join(base, f), path.join(runDir, f));

  const processes: Running[] = [];
  const stopAll = () => Promise.all(processes.map((p) => p.stop()));
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    // Development mode: every process signs or checks principals with the development key pair.
    const common = { DATA_DIR: runDir, DEMO_DATA: 'false', LOG_LEVEL: 'info', NODE_ENV: 'development', VISIT_PURGE_INTERVAL_MINUTES: '0' };
    console.log('starting the subgraphs...');
    // Every one that started is stopped in the end, even when another one did not start.
    const started = await Promise.allSettled(SERVICES.map((s) => launch(s, `services/${s}/src/main.ts`, { ...common, PORT: '0' })));
    for (const r of started) if (r.status === 'fulfilled') processes.push(r.value);
    const notStarted = started.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (notStarted) throw notStarted.reason;
    const subgraphs = started.map((r) => (r as PromiseFulfilledResult<Running>).value);
    const urls = Object.fromEntries(SERVICES.map((s, i) => [`${s.toUpperCase()}_URL`, subgraphs[i]!.url]));
    const direct = { stations: subgraphs[0]!.url, training: subgraphs[2]!.url };

    console.log(`starting our gateway and Hive Gateway (${opts.gatewayWorkers} process${opts.gatewayWorkers > 1 ? 'es' : ''} each)...`);
    const profiling = (name: string): string[] => (opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(opts.profile, name)}`] : []);
    // Rate limits stay on (their cost is part of ours), set too high to refuse anything here.
    const gatewayEnv = {
      ...common,
      ...urls,
      PORT: '0',
      GATEWAY_WORKERS: String(opts.gatewayWorkers),
      RATE_LIMIT_PER_MINUTE: '1000000000',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000000',
      PLAYGROUND: 'false',
      DASHBOARD: 'false',
    };
    const ours = await launch('gateway', 'gateway/src/main.ts', gatewayEnv, opts.gatewayWorkers, profiling('gateway'));
    processes.push(ours);
    // The same gateway with its response cache off, for the operations it can answer from it.
    const uncached = await launch('uncached', 'gateway/src/main.ts', { ...gatewayEnv, RESPONSE_CACHE_MIB: '0' }, opts.gatewayWorkers);
    processes.push(uncached);
    const hivePort = String(await freePort());
    const hive = await launch(
      'hive',
      'bench/src/hive-gateway.ts',
      { ...common, ...urls, PORT: hivePort, WORKERS: String(opts.gatewayWorkers), SUPERGRAPH_FILE: path.join(ROOT, 'gateway/supergraph.graphql') },
      opts.gatewayWorkers,
      profiling('hive'),
    );
    processes.push(hive);

    const courses = await enrolmentCourses(ours.url);
    const all = workloads({ seed: opts.seed, workers: opts.workers, signer: DEV_PRINCIPAL_KEYS.signer, courses });
    const chosen = opts.only ? all.filter((w) => opts.only!.includes(w.name)) : all;

    const figures: Figures[] = [];
    console.log(`\n${opts.connections} connections, ${opts.warmup} s warm-up, then ${opts.repeat} run(s) of ${opts.seconds} s per target in turn (the median shown)\n`);
    for (const w of chosen) {
      const targets: [Target, string][] = [['gateway', ours.url]];
      if (w.cacheable) targets.push(['uncached', uncached.url]);
      targets.push(['hive', hive.url]);
      if (w.direct) targets.push(['direct', direct[w.direct]]);
      // The same request through every target first: each must answer it in full, and both
      // gateways alike, or nothing is timed.
      const answers = new Map<Target, string>();
      for (const [target, url] of targets) {
        const probe = w.request(0, target);
        const res = await fetch(url, { method: 'POST', headers: probe.headers, body: probe.body });
        const text = await res.text();
        if (!res.ok || text.includes('"errors"') || !text.includes(w.mustContain) || (w.mustContainFor && !text.includes(w.mustContainFor(0, target)))) throw new Error(`${w.name} via ${target} answers ${res.status}: ${text.slice(0, 500)}`);
        answers.set(target, JSON.stringify((JSON.parse(text) as { data: unknown }).data));
      }
      // (An enrolment goes to each target's own courses, so only queries can be compared.)
      if (!w.name.startsWith('enroll') && (answers.get('gateway') !== answers.get('hive') || (answers.has('uncached') && answers.get('uncached') !== answers.get('gateway')))) {
        throw new Error(`${w.name}: our gateway and Hive Gateway answer the same request differently:\n${answers.get('gateway')?.slice(0, 400)}\n${answers.get('hive')?.slice(0, 400)}`);
      }
      // Warm each target up, then measure them in turn `repeat` times and keep each one's
      // median run: what else the machine is doing then weighs on all of them alike.
      const counters = new Map<Target, number>(targets.map(([t]) => [t, 1]));
      const nextFor = (t: Target) => () => {
        const n = counters.get(t)!;
        counters.set(t, n + 1);
        return n;
      };
      process.stdout.write(`  ${w.name}: warming up ${targets.length} target(s)\n`);
      for (const [target, url] of targets) await drive({ url, workload: w, target, seconds: opts.warmup, connections: opts.connections, next: nextFor(target) });
      const runs = new Map<Target, Figures[]>(targets.map(([t]) => [t, []]));
      for (let round = 0; round < opts.repeat; round++) {
        // Each round starts with another target, so none is always first after a warm-up.
        const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
        for (const [target, url] of order) {
          const cpuBefore = processes.map((p) => cpuSeconds(p.pid));
          const requestsBefore = await subgraphRequests(subgraphs);
          const f = await drive({ url, workload: w, target, seconds: opts.seconds, connections: opts.connections, next: nextFor(target) });
          const cpuAfter = processes.map((p) => cpuSeconds(p.pid));
          const requestsAfter = await subgraphRequests(subgraphs);
          if (f.requests > 0) {
            f.subgraphRequestsPerRequest = Object.fromEntries(
              SERVICES.map((s, i) => [s, Math.round(((requestsAfter[i]! - requestsBefore[i]!) / f.requests) * 100) / 100]),
            );
          }
          if (cpuBefore.every((c) => c !== undefined) && f.requests > 0) {
            f.cpuMsPerRequest = Object.fromEntries(
              processes.map((p, i) => [p.name, Math.round(((cpuAfter[i]! - cpuBefore[i]!) * 1000 * 100) / f.requests) / 100]).filter(([, ms]) => Number(ms) > 0),
            );
          }
          runs.get(target)!.push(f);
          process.stdout.write(`  ${w.name} round ${round + 1}/${opts.repeat}, ${label(target)}: ${f.requestsPerSecond} req/s\n`);
        }
      }
      for (const [target] of targets) {
        const all = runs.get(target)!;
        const sorted = [...all].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
        const f: Figures = { ...sorted[Math.floor((sorted.length - 1) / 2)]!, failed: all.reduce((n, r) => n + r.failed, 0) };
        if (all.length > 1) f.runs = all.map((r) => r.requestsPerSecond);
        figures.push(f);
        console.log(`${w.name.padEnd(13)} ${label(target).padEnd(16)} ${f.requestsPerSecond.toFixed(1).padStart(8)} req/s   p50 ${String(f.p50Ms).padStart(4)} ms   p99 ${String(f.p99Ms).padStart(5)} ms${f.runs ? `   (runs: ${f.runs.join(', ')})` : ''}${f.failed ? `   ${f.failed} FAILED` : ''}`);
        if (f.subgraphRequestsPerRequest) console.log(`${''.padEnd(30)}subgraph requests per request: ${Object.entries(f.subgraphRequestsPerRequest).map(([k, v]) => `${k} ${v}`).join(', ')}`);
        if (f.cpuMsPerRequest) console.log(`${''.padEnd(30)}CPU ms per request: ${Object.entries(f.cpuMsPerRequest).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      }
    }

    console.log('\nratios (requests/s):');
    const ratios: Record<string, { vsHive: number; uncachedVsHive?: number; vsDirect?: number }> = {};
    for (const w of chosen) {
      const of = (t: Target) => figures.find((f) => f.operation === w.name && f.target === t)?.requestsPerSecond;
      const g = of('gateway')!;
      const h = of('hive')!;
      const u = of('uncached');
      const d = of('direct');
      ratios[w.name] = { vsHive: round2(g / h), ...(u ? { uncachedVsHive: round2(u / h) } : {}), ...(d ? { vsDirect: round2(g / d) } : {}) };
      const r = ratios[w.name]!;
      console.log(
        `  ${w.name.padEnd(13)} our gateway / Hive Gateway ${r.vsHive.toFixed(2)}` +
          (r.uncachedVsHive !== undefined ? `   (cache off: ${r.uncachedVsHive.toFixed(2)})` : '') +
          (r.vsDirect !== undefined ? `   our gateway / subgraph alone ${r.vsDirect.toFixed(2)}` : ''),
      );
    }

    const report = {
      date: new Date().toISOString(),
      command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
      machine: machine(),
      settings: { seconds: opts.seconds, warmup: opts.warmup, repeat: opts.repeat, connections: opts.connections, gatewayWorkers: opts.gatewayWorkers, dataset: { seed: opts.seed, workers: opts.workers, stations: opts.stations, visitDays: opts.visitDays } },
      operations: Object.fromEntries(chosen.map((w) => [w.name, w.what])),
      figures,
      ratios,
    };
    fs.mkdirSync(path.dirname(opts.out), { recursive: true });
    fs.writeFileSync(opts.out, JSON.stringify(report, null, 2) + '\n');
    fs.writeFileSync(opts.out.replace(/\.json$/, '') + '.md', renderTable(report));
    console.log(`\nfigures written to ${path.relative(process.cwd(), opts.out)} (and a Markdown table beside it)`);
    if (opts.chart) {
      fs.writeFileSync(opts.chart, renderChart(report));
      console.log(`chart written to ${path.relative(process.cwd(), opts.chart)}`);
    }
    const failed = figures.filter((f) => f.failed > 0);
    if (failed.length) {
      console.error(`\n${failed.length} run(s) had failed requests: ${failed.map((f) => `${f.operation} via ${f.target} (${f.failed})`).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await stopAll();
  }
}

/** The GraphQL requests each subgraph has served so far (its /metrics). */
async function subgraphRequests(subgraphs: Running[]): Promise<number[]> {
  return Promise.all(
    subgraphs.map(async (s) => {
      const text = await (await fetch(s.url.replace(/\/graphql$/, '/metrics'))).text();
      return Number(/^graphql_requests_total\{[^}]*\} (\d+)/m.exec(text)?.[1] ?? NaN);
    }),
  );
}

const LABELS: Record<Target, string> = { gateway: 'our gateway', uncached: 'ours, no cache', hive: 'Hive Gateway', direct: 'subgraph alone' };
const label = (t: Target) => LABELS[t];
const round2 = (n: number) => Math.round(n * 100) / 100;

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as import('node:net').AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

main().catch((err) => {
  const cause = (err as { cause?: Error }).cause;
  console.error(`bench failed: ${(err as Error).message}${cause ? ` (${cause.message})` : ''}`);
  process.exit(1);
});
