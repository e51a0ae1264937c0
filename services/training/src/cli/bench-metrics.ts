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
import { type Database } from '@nef/kit';
import { intFlag, openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { CITY, generatedStationId, generatedWorkerId } from '@nef/kit/seed';
import { createLoaders } from '../loaders';
import { trainingMetrics, type Period } from '../metrics';
import { service } from '../service';

const BEIJING = 8 * 3_600_000;

/** The start of the Beijing calendar month `offset` months from the one holding `now`. */
function beijingMonth(now: Date, offset: number): Date {
  const local = new Date(now.getTime() + BEIJING);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + offset, 1) - BEIJING);
}

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
    const months: Period[] = Array.from({ length: 24 }, (_, i) => ({ from: beijingMonth(now, -i - 1), to: beijingMonth(now, -i) }));
    const metrics = (period: Period) => trainingMetrics(db, [district], period);
    const cases: [string, (i: number) => Promise<unknown>][] = [
      ['trainingMetrics, one month', (i) => metrics(months[i % 12]!)],
      ['trainingMetrics, twelve months', () => metrics({ from: months[11]!.from, to: months[0]!.to })],
      ['trainingMetrics, no period', () => metrics({ from: null, to: null })],
      [
        'trainingMetrics, 24 months one by one (the dashboard)',
        // One request: every alias has its own loader, all fired in the same tick.
        () => {
          const loaders = createLoaders(db);
          return Promise.all(months.map((m) => loaders.trainingMetrics(m).load(district)));
        },
      ],
      [
        'Station.upcomingSessions, 100 stations',
        (i) => {
          const page = (i * 100) % CITY.stations;
          const ids = Array.from({ length: 100 }, (_, k) => generatedStationId('city', seed, (page + k) % CITY.stations));
          return createLoaders(db).upcomingSessions(10).loadMany(ids);
        },
      ],
      [
        'Worker.enrollments, 100 workers',
        (i) => {
          const page = (i * 100) % CITY.workers;
          const ids = Array.from({ length: 100 }, (_, k) => generatedWorkerId(seed, page + k));
          return createLoaders(db).enrollmentsByWorker({ first: 20, status: null }).loadMany(ids);
        },
      ],
    ];
    const sample = await metrics({ from: null, to: null });
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
