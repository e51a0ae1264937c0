/**
 * npm run bench-metrics -w @nef/governance -- [--runs 50] [--district 110105] [--seed 42] [--now ISO-8601] [--plain] [--check]
 *
 * Times what the dashboards ask of this service on the generated city data set: the district
 * metrics (`districtMetrics`, what District.governanceMetrics runs) for one month, twelve months,
 * the 30 days up to now and no period (everything up to now), the 24 one-month periods the city
 * dashboard asks for in one operation, and Worker.pointsBalance / Worker.reports for a page of 100 workers.
 * Prints median, p95 and max over the runs. Periods end at the data set's `now` (found from the
 * seed), or at --now, or at the current time. --plain times the plain computation from the rows
 * instead (what the metrics cost before the rollups); --check first compares the two answers for
 * every period timed and fails when they differ.
 */
import { performance } from 'node:perf_hooks';
import { createLogger, DAY_MS, metricsPeriod, startOfBeijingMonth, type MetricsPeriod } from '@nef/kit';
import { intFlag, openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { generatedWorkerId } from '@nef/kit/seed';
import { districtMetrics } from '../queries/district-metrics';
import { createLoaders } from '../queries/loaders';
import { plainDistrictMetrics } from '../queries/plain-district-metrics';
import { existingNow } from '../seed/generate';
import { service } from '../server';

const periodText = (p: MetricsPeriod) => `${p.from?.toISOString() ?? 'the first record'} .. ${p.to.toISOString()}`;

runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), ['runs', 'district', 'seed', 'now']);
  const runs = intFlag(flags, 'runs') ?? 50;
  const seed = intFlag(flags, 'seed') ?? 42;
  const district = String(flags.get('district') ?? '110105');
  const db = await openCommandDatabase(service, createLogger('governance'));
  try {
    const rawNow = flags.get('now');
    const now = typeof rawNow === 'string' ? new Date(rawNow) : ((await existingNow(db, seed)) ?? new Date());
    if (Number.isNaN(now.getTime())) throw new Error('--now must be an ISO 8601 instant');
    const month = (delta: number): MetricsPeriod => ({ from: startOfBeijingMonth(now, delta), to: startOfBeijingMonth(now, delta + 1) });
    const lastMonth = month(-1);
    const twelve: MetricsPeriod = { from: startOfBeijingMonth(now, -12), to: startOfBeijingMonth(now, 0) };
    const months24 = Array.from({ length: 24 }, (_, i) => month(i - 24));
    const workers = Array.from({ length: 100 }, (_, i) => generatedWorkerId(seed, 1000 + i));

    const metrics = flags.has('plain') ? plainDistrictMetrics : districtMetrics;
    const thirtyDays: MetricsPeriod = { from: new Date(now.getTime() - 30 * DAY_MS), to: now };
    const byDefault = metricsPeriod(null, null, now);
    if (flags.has('check')) {
      for (const p of [lastMonth, twelve, thirtyDays, byDefault, ...months24]) {
        const [fast, plain] = [await districtMetrics(db, [district], p), await plainDistrictMetrics(db, [district], p)];
        if (JSON.stringify([...fast]) !== JSON.stringify([...plain])) {
          throw new Error(`the metrics for ${periodText(p)} differ from the plain computation: ${JSON.stringify([...fast])} vs ${JSON.stringify([...plain])}`);
        }
      }
      console.log(`check: the metrics equal the plain computation for the ${4 + months24.length} periods timed`);
    }
    const cases: [string, () => Promise<unknown>][] = [
      [`one month (${periodText(lastMonth)})`, () => metrics(db, [district], lastMonth)],
      [`twelve months (${periodText(twelve)})`, () => metrics(db, [district], twelve)],
      ['the 30 days up to now', () => metrics(db, [district], thirtyDays)],
      ['no period (everything up to now)', () => metrics(db, [district], byDefault)],
      ['24 one-month periods (the dashboard), all of them', () => Promise.all(months24.map((p) => metrics(db, [district], p)))],
      ['Worker.pointsBalance, 100 workers', () => createLoaders(db, now).pointsBalance.loadMany(workers)],
      ['Worker.reports (first 20), 100 workers', () => createLoaders(db, now).reportsByReporter({ status: null, first: 20 }).loadMany(workers)],
    ];
    const m = await districtMetrics(db, [district], twelve);
    const t = m.get(district)!;
    console.log(
      `${db.engine}, ${flags.has('plain') ? 'plain computation' : 'districtMetrics'}, district ${district}, now ${now.toISOString()}, ${runs} runs each; twelve months hold ` +
        `${t.reports} reports, ${t.resolved} resolved (median ${t.medianHoursToResolve} h), ${t.pointsIssued} points issued, ${t.pointsRedeemed} redeemed, ${t.activeVolunteers} volunteers`,
    );
    for (const [name, run] of cases) {
      // The first runs warm the caches and the connection pool.
      for (let i = 0; i < 3; i++) await run();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await run();
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
      console.log(`${name}: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times[times.length - 1]!.toFixed(1)} ms`);
    }
  } finally {
    await db.close();
  }
});
