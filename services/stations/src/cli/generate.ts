/**
 * npm run generate -w @nef/stations -- --scale city|national --seed 42 [--stations N] [--visit-days N]
 *
 * Writes a reproducible data set straight into the service's database (DATABASE_URL, or the
 * SQLite file in DATA_DIR): city = 3,500 stations in a Chaoyang-sized box with a year of daily
 * visit counts; national = 200,000 stations around China's large cities.
 */
import { intFlag, openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { generate, type Scale } from '../seed/generate';
import { service } from '../server';

runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), ['scale', 'seed', 'stations', 'visit-days']);
  const scale = flags.get('scale');
  if (scale !== 'city' && scale !== 'national') throw new Error('--scale must be city or national');
  const int = (name: string) => intFlag(flags, name);
  const seed = int('seed') ?? 42;
  const started = Date.now();
  const db = await openCommandDatabase(service);
  try {
    const r = await generate(db, {
      scale: scale as Scale,
      seed,
      stations: int('stations'),
      visitDays: int('visit-days'),
      progress: (line) => console.log(`${line} (${((Date.now() - started) / 1000).toFixed(1)} s)`),
    });
    console.log(`done: ${r.stations} new station(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
  }
});
