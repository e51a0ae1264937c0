/**
 * npm run generate -w @nef/training -- --scale city --seed 42 [--workers N] [--courses N] [--stations N]
 *   [--city-wide N] [--request-votes N] [--now 2026-11-22T12:00:00+08:00]
 *
 * Writes the training share of the city data set straight into the service's database
 * (DATABASE_URL, or the SQLite file in DATA_DIR): a year of night school in district 110105
 * for the generated workers, at the generated stations. Resumable: batches already written
 * are skipped, so a second run adds nothing.
 */
import { intFlag, openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { CITY, progressReporter } from '@nef/kit/seed';
import { generate } from '../seed/generate';
import { service } from '../server';
import { settings } from '../settings';

runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), ['scale', 'seed', 'workers', 'courses', 'city-wide', 'request-votes', 'stations', 'now']);
  const scale = flags.get('scale');
  if (scale !== 'city') {
    throw new Error(`--scale must be city (the training data set exists at city scale only), got ${scale === undefined || scale === true ? 'nothing' : `"${scale}"`}`);
  }
  const seed = intFlag(flags, 'seed') ?? 42;
  let now: Date | undefined;
  const nowFlag = flags.get('now');
  if (nowFlag !== undefined) {
    now = new Date(String(nowFlag));
    if (nowFlag === true || Number.isNaN(now.getTime())) throw new Error('--now must be an ISO 8601 instant such as 2026-11-22T12:00:00+08:00');
  }
  const report = progressReporter(`training city seed ${seed}`);
  const db = await openCommandDatabase(service);
  try {
    const r = await generate(db, {
      seed,
      workers: intFlag(flags, 'workers') ?? CITY.workers,
      courses: intFlag(flags, 'courses'),
      cityWideCourses: intFlag(flags, 'city-wide'),
      requestVotes: intFlag(flags, 'request-votes'),
      stations: intFlag(flags, 'stations'),
      now,
      subsidyCapCents: settings.subsidyCapCents,
      requestThreshold: settings.courseRequestThreshold,
      planned: (n) =>
        report.line(
          `planned ${n.courses} courses, ${n.sessions} sessions, ${n.enrollments} enrolments, ${n.attendances} attendances, ` +
            `${n.requests} course requests (${n.votes} requests by workers)`,
        ),
      progress: (p) =>
        report.step(
          p.what,
          p.done,
          p.total,
          p.skipped
            ? 'already there'
            : p.what === 'courses'
              ? `${p.written.enrollments} enrolments, ${p.written.attendances} attendances written`
              : `${p.written.votes} requests by workers written`,
        ),
    });
    report.line(
      `done: ${r.courses} courses, ${r.sessions} sessions, ${r.enrollments} enrolments, ${r.attendances} attendances, ` +
        `${r.requests} course requests, ${r.votes} requests by workers written`,
    );
  } finally {
    await db.close();
  }
});
