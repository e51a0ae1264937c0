/**
 * npm run generate -w @nef/governance -- --scale city [--seed 42] [--workers N] [--communities N]
 *   [--rewards N] [--activities N] [--roles N] [--stations N] [--batch N] [--now ISO-8601]
 * npm run generate -w @nef/governance -- --scale national [--seed 42] [--workers N] [--stations N]
 *   [--batch N] [--now ISO-8601]
 *
 * Writes the governance share of the city or national data set straight into the service's
 * database (DATABASE_URL, or the SQLite file in DATA_DIR): a year of hazard reports by the
 * generated workers (in district 110105, or in each of the national areas), their points ledger,
 * rewards and vouchers, communities, volunteer roles, activities and gate passes, and the metrics
 * rollups. Running it again continues an interrupted run and otherwise adds nothing; it reuses
 * the `now` the data set was first generated with unless --now says otherwise.
 */
import { createLogger } from '@nef/kit';
import { intFlag, openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { CITY, NATIONAL, NATIONAL_AREAS, progressReporter } from '@nef/kit/seed';
import { generate } from '../seed/generate';
import { service } from '../server';

runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), ['scale', 'seed', 'workers', 'communities', 'rewards', 'activities', 'roles', 'stations', 'batch', 'now']);
  const scale = flags.get('scale');
  if (scale !== 'city' && scale !== 'national') {
    throw new Error(
      `--scale must be city (the city's ${CITY.workers} workers in district ${CITY.districtCode}) or national ` +
        `(${NATIONAL.workers} workers over ${NATIONAL_AREAS.length} areas in every province) (got ${scale === undefined || scale === true ? 'none' : scale})`,
    );
  }
  const rawNow = flags.get('now');
  let now: Date | undefined;
  if (rawNow !== undefined) {
    now = new Date(String(rawNow));
    if (rawNow === true || Number.isNaN(now.getTime())) throw new Error('--now must be an ISO 8601 instant, e.g. 2026-11-30T12:00:00Z');
  }
  const seed = intFlag(flags, 'seed') ?? 42;
  const workers = intFlag(flags, 'workers') ?? (scale === 'city' ? CITY.workers : NATIONAL.workers);
  if (workers < 1) throw new Error('--workers must be at least 1');
  const batch = intFlag(flags, 'batch');
  if (batch === 0) throw new Error('--batch must be at least 1');
  const communities = intFlag(flags, 'communities');
  if (communities === 0) throw new Error('--communities must be at least 1: activities and roles belong to communities');
  const reporter = progressReporter(`governance ${scale} seed ${seed}`);
  const db = await openCommandDatabase(service, createLogger('governance'));
  try {
    const r = await generate(db, {
      scale,
      seed,
      workers,
      communities,
      rewards: intFlag(flags, 'rewards'),
      activities: intFlag(flags, 'activities'),
      roles: intFlag(flags, 'roles'),
      stations: intFlag(flags, 'stations'),
      batchWorkers: batch,
      now,
      progress: (what, done, total, note) => reporter.step(what, done, total, note),
      log: (line) => reporter.line(line),
    });
    const written = Object.entries(r.written).filter(([, n]) => n > 0);
    reporter.line(
      written.length
        ? `done: wrote ${written.map(([t, n]) => `${n} ${t}`).join(', ')}`
        : 'done: everything was already there',
    );
    reporter.line(`the data set: ${Object.entries(r.planned).map(([t, n]) => `${n} ${t}`).join(', ')}`);
  } finally {
    await db.close();
  }
});
