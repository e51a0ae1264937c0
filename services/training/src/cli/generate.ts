/**
 * npm run generate -w @nef/training -- --scale city|national --seed 42 [--workers N] [--courses N]
 *   [--stations N] [--city-wide N] [--request-votes N] [--now 2026-11-22T12:00:00+08:00]
 *
 * Writes the training share of a generated data set straight into the service's database
 * (DATABASE_URL, or the SQLite file in DATA_DIR): a year of night school for the generated
 * workers at the generated stations, in district 110105 (city) or in each of the national
 * data set's 37 areas (national; the counts options are then national totals). Resumable:
 * batches already written are skipped, so a second run adds nothing.
 */
import { intFlag, openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { CITY, NATIONAL, progressReporter, type DatasetScale } from '@nef/kit/seed';
import { generate, SCALES } from '../seed/generate';
import { service } from '../server';
import { settings } from '../settings';

runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), ['scale', 'seed', 'workers', 'courses', 'city-wide', 'request-votes', 'stations', 'now']);
  const scaleFlag = flags.get('scale');
  if (!SCALES.includes(scaleFlag as DatasetScale)) {
    throw new Error(`--scale must be ${SCALES.join(' or ')}, got ${scaleFlag === undefined || scaleFlag === true ? 'nothing' : `"${scaleFlag}"`}`);
  }
  const scale = scaleFlag as DatasetScale;
  const seed = intFlag(flags, 'seed') ?? 42;
  let now: Date | undefined;
  const nowFlag = flags.get('now');
  if (nowFlag !== undefined) {
    now = new Date(String(nowFlag));
    if (nowFlag === true || Number.isNaN(now.getTime())) throw new Error('--now must be an ISO 8601 instant such as 2026-11-22T12:00:00+08:00');
  }
  const report = progressReporter(`training ${scale} seed ${seed}`);
  const db = await openCommandDatabase(service);
  try {
    const r = await generate(db, {
      scale,
      seed,
      workers: intFlag(flags, 'workers') ?? (scale === 'city' ? CITY.workers : NATIONAL.workers),
      courses: intFlag(flags, 'courses'),
      cityWideCourses: intFlag(flags, 'city-wide'),
      requestVotes: intFlag(flags, 'request-votes'),
      stations: intFlag(flags, 'stations'),
      now,
      subsidyCapCents: settings.subsidyCapCents,
      requestThreshold: settings.courseRequestThreshold,
      planned: (n) =>
        report.line(
          `${n.area ? `${n.area.code} ${n.area.name} (${n.area.city}): ` : ''}` +
            `planned ${n.courses} courses, ${n.sessions} sessions, ${n.enrollments} enrolments, ${n.attendances} attendances, ` +
            `${n.requests} course requests (${n.votes} requests by workers)`,
        ),
      progress: (p) =>
        report.step(
          p.area && p.what === 'requests' ? `${p.area.code} requests` : p.what,
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
