/**
 * npm run generate -w @nef/union -- --scale city|national --seed 42 [--workers N] [--consultations N] [--batch-size N] [--now ISO]
 *
 * Writes the union's share of the city data set (the kit's generated workers of Chaoyang, their
 * platform accounts and memberships, a year of consultations and assistance cases) or of the
 * national one (1,000,000 workers over the 37 areas of NATIONAL_AREAS, each area's members in
 * its county union; --workers scales it down, consultations with it) straight into the
 * service's database (DATABASE_URL, or the SQLite file in DATA_DIR). Phones are encrypted with
 * PHONE_ENCRYPTION_KEY, as the service reads them.
 */
import { intFlag, openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { CITY, NATIONAL, type DatasetScale } from '@nef/kit/seed';
import { generate, SCALES } from '../seed/generate';
import { service } from '../server';
import { phones } from '../settings';

runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2), ['scale', 'seed', 'workers', 'consultations', 'batch-size', 'now']);
  if (positional.length) throw new Error(`unexpected argument ${positional[0]}`);
  const scale = flags.get('scale');
  if (typeof scale !== 'string' || !(SCALES as readonly string[]).includes(scale)) {
    throw new Error(
      `--scale must be city (${CITY.workers.toLocaleString('en')} workers in ${CITY.districtCode}) or national ` +
        `(${NATIONAL.workers.toLocaleString('en')} workers over every province); got ${scale === undefined || scale === true ? 'nothing' : scale}`,
    );
  }
  let now: Date | undefined;
  const rawNow = flags.get('now');
  if (rawNow !== undefined) {
    now = new Date(String(rawNow));
    if (rawNow === true || Number.isNaN(now.getTime())) throw new Error('--now must be an ISO 8601 time, e.g. 2026-11-22T12:00:00+08:00');
  }
  const options = {
    scale: scale as DatasetScale,
    seed: intFlag(flags, 'seed') ?? 42,
    workers: intFlag(flags, 'workers'),
    consultations: intFlag(flags, 'consultations'),
    batchSize: intFlag(flags, 'batch-size'),
    now,
    cipher: phones,
    progress: (line: string) => console.log(line),
  };
  const db = await openCommandDatabase(service);
  try {
    await generate(db, options);
  } finally {
    await db.close();
  }
});
