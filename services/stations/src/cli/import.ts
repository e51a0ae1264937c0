/**
 * npm run import -w @nef/stations -- <file.csv|file.geojson> [--skip-invalid] [--dry-run] [--crs GCJ02|BD09|WGS84] [--batch 500]
 *
 * Validates every row first with createStation's rules and reports each bad one with its line
 * (CSV) or feature index (GeoJSON). A file with bad rows imports nothing unless --skip-invalid.
 * Rows upsert (rules/import-plan.ts): a station the file says the same of is left alone, so a
 * file imported twice changes nothing. Changes are written one transaction per batch, with
 * progress. The API's importStations mutation does the same for small files, all or nothing.
 */
import fs from 'node:fs';
import type { Crs } from '@nef/kit';
import { openCommandDatabase, parseArgs, runCli, userPath } from '@nef/kit/cli';
import { importStations } from '../commands/import-stations';
import { CRS_VALUES } from '../rules/station-input';
import { service } from '../server';

runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2), ['crs', 'batch']);
  if (positional.length !== 1) {
    console.error('usage: npm run import -w @nef/stations -- <file.csv|file.geojson> [--skip-invalid] [--dry-run] [--crs GCJ02|BD09|WGS84] [--batch 500]');
    return 2;
  }
  const crs = String(flags.get('crs') ?? 'GCJ02').toUpperCase() as Crs;
  if (!CRS_VALUES.includes(crs)) throw new Error(`--crs must be one of ${CRS_VALUES.join(', ')}`);
  const batchSize = Number(flags.get('batch') ?? 500);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) throw new Error('--batch must be from 1 to 10000');
  const file = userPath(positional[0]!);
  const text = fs.readFileSync(file, 'utf8');
  const db = await openCommandDatabase(service);
  try {
    const r = await importStations(db, positional[0]!, text, { skipInvalid: flags.has('skip-invalid'), dryRun: flags.has('dry-run'), crs, batchSize });
    return r.problems.length && !flags.has('skip-invalid') ? 1 : 0;
  } finally {
    await db.close();
  }
});
