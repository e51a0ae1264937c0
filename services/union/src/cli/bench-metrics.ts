/**
 * npm run bench-metrics -w @nef/union -- [--runs 50] [--district 110105] [--check] [--plain]
 *
 * Times District.unionMetrics (the function its resolver calls, all five statements) for one
 * district over the last month, the last twelve months and no period, and prints median, p95
 * and max per case. Run it on a database filled by `npm run generate -w @nef/union`.
 * --check also compares each answer with the figures computed from the rows (and fails when
 * they differ); --plain times that computation instead, the way the metrics were served before
 * the rollups.
 */
import { isDeepStrictEqual } from 'node:util';
import { performance } from 'node:perf_hooks';
import { metricsPeriod } from '@nef/kit';
import { intFlag, openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { CITY } from '@nef/kit/seed';
import { MembershipEntity, WorkerEntity } from '../entities';
import { districtUnionMetrics, unionMetricsFromRows, type UnionMetrics } from '../queries/metrics';
import { service } from '../server';

function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), ['runs', 'district']);
  const plain = flags.has('plain');
  const check = flags.has('check');
  const runs = intFlag(flags, 'runs') ?? 50;
  const district = String(flags.get('district') ?? CITY.districtCode);
  if (runs < 1) throw new Error('--runs must be at least 1');
  const db = await openCommandDatabase(service);
  try {
    const [workers, memberships] = await Promise.all([db.manager.count(WorkerEntity), db.manager.count(MembershipEntity)]);
    console.log(
      `${db.engine}: ${workers} workers, ${memberships} memberships; district ${district}, ${runs} runs per case` +
        (plain ? ', computed from the rows (--plain)' : ''),
    );
    // The period rule of the field: without `to`, up to the request's time.
    const now = new Date();
    const measure = plain
      ? (from: Date | null, to: Date | null) => unionMetricsFromRows(db, district, from, to ?? now)
      : async (from: Date | null, to: Date | null) => (await districtUnionMetrics(db, [district], metricsPeriod(from, to, now))).get(district)!;
    let mismatches = 0;
    const cases: [string, Date | null, Date | null][] = [
      ['one month', monthsBefore(now, 1), now],
      ['twelve months', monthsBefore(now, 12), now],
      ['no period', null, null],
    ];
    for (const [label, from, to] of cases) {
      const times: number[] = [];
      let last: UnionMetrics | undefined;
      // The first five warm the caches and the connection pool.
      for (let i = 0; i < runs + 5; i++) {
        const t0 = performance.now();
        last = await measure(from, to);
        if (i >= 5) times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
      console.log(
        `${label.padEnd(13)}: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times[times.length - 1]!.toFixed(1)} ms` +
          ` (members ${last!.members}, joined ${last!.joined}, open cases ${last!.openCases})`,
      );
      if (check) {
        const fromRows = await unionMetricsFromRows(db, district, from, to ?? now);
        const same = isDeepStrictEqual(last, fromRows);
        if (!same) mismatches += 1;
        console.log(same ? '  same as computed from the rows' : `  DIFFERS from the rows: ${JSON.stringify(fromRows)} vs ${JSON.stringify(last)}`);
      }
    }
    if (mismatches) throw new Error(`${mismatches} case(s) differ from the figures computed from the rows`);
  } finally {
    await db.close();
  }
});
