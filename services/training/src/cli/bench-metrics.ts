/**
 * npm run bench-metrics -w @nef/training -- [--runs 50] [--seed 42] [--district 110105]
 *
 * Times, on the generated city data set, what the city dashboard and partners ask of this
 * service: District.trainingMetrics for one month, twelve months and no period, the dashboard's
 * 24 one-month figures of one district, and the batch loaders behind Station.upcomingSessions
 * and Worker.enrollments for pages of 100 stations or workers. Prints median and p95 per case
 * and the SQL statements each run costs.
 */
import { performance } from 'node:perf_hooks';
import { metricsPeriod, startOfBeijingMonth, type Database, type MetricsPeriod } from '@nef/kit';
import { intFlag, openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { CITY, generatedStationId, generatedWorkerId } from '@nef/kit/seed';
import { createLoaders } from '../queries/loaders';
import { trainingMetrics } from '../queries/metrics';
import { service } from '../server';

async function time(db: Database, runs: number, run: (i: number) => Promise<unknown>) {
  // The first runs warm the caches and the connection pool.
  for (let i = 0; i < 3; i++) await run(i);
  const times: number[] = [];
  const before = db.statements;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  const statements = (db.statements - before) / runs;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { median: at(0.5), p95: at(0.95), statements };
}

runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), ['runs', 'seed', 'district']);
  const runs = intFlag(flags, 'runs') ?? 50;
  const seed = intFlag(flags, 'seed') ?? 42;
  const district = String(flags.get('district') ?? CITY.districtCode);
  const db = await openCommandDatabase(service);
  try {
    const now = new Date();
    // Whole Beijing months before the current one, most recent first.
    const months: MetricsPeriod[] = Array.from({ length: 24 }, (_, i) => ({ from: startOfBeijingMonth(now, -i - 1), to: startOfBeijingMonth(now, -i) }));
    const metrics = (period: MetricsPeriod) => trainingMetrics(db, [district], period);
    const cases: [string, (i: number) => Promise<unknown>][] = [
      ['trainingMetrics, one month', (i) => metrics(months[i % 12]!)],
      ['trainingMetrics, twelve months', () => metrics({ from: months[11]!.from, to: months[0]!.to })],
      ['trainingMetrics, no period', () => metrics(metricsPeriod(null, null, now))],
      [
        'trainingMetrics, 24 months one by one (the dashboard)',
        // One request: every alias has its own loader, all fired in the same tick.
        () => {
          const loaders = createLoaders(db, now);
          return Promise.all(months.map((m) => loaders.trainingMetrics(m).load(district)));
        },
      ],
      [
        'Station.upcomingSessions, 100 stations',
        (i) => {
          const page = (i * 100) % CITY.stations;
          const ids = Array.from({ length: 100 }, (_, k) => generatedStationId('city', seed, (page + k) % CITY.stations));
          return createLoaders(db, now).upcomingSessions(10).loadMany(ids);
        },
      ],
      [
        'Worker.enrollments, 100 workers',
        (i) => {
          const page = (i * 100) % CITY.workers;
          const ids = Array.from({ length: 100 }, (_, k) => generatedWorkerId(seed, page + k));
          return createLoaders(db, now).enrollmentsByWorker({ first: 20, status: null }).loadMany(ids);
        },
      ],
    ];
    const sample = await metrics(metricsPeriod(null, null, now));
    const all = sample.get(district)!;
    console.log(
      `${db.engine}: district ${district}: ${all.courses} courses, ${all.enrollments} seats, ${all.completions} completions, ` +
        `${all.certificates} certificates; ${runs} runs per case`,
    );
    for (const [label, run] of cases) {
      const r = await time(db, runs, run);
      console.log(`  ${label}: median ${r.median.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${r.statements} statements`);
    }
  } finally {
    await db.close();
  }
});
