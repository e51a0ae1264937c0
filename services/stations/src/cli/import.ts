/**
 * npm run import -w @nef/stations -- <file.csv|file.geojson> [--skip-invalid] [--dry-run] [--crs GCJ02|BD09|WGS84] [--batch 500]
 *
 * Validates every row first with createStation's rules and reports each bad one with its line
 * (CSV) or feature index (GeoJSON). A file with bad rows imports nothing unless --skip-invalid.
 * Rows are then written one transaction per batch, with progress.
 */
import fs from 'node:fs';
import { bumpDataVersions } from '@nef/kit';
import { DistrictEntity } from '../entities/district';
import { StationEntity } from '../entities/station';
import { csvCandidates, geojsonCandidates, prepareImport, type PreparedImport } from '../domain/import';
import { insertStations } from '../domain/bulk';
import { CRS_VALUES } from '../domain/station-input';
import type { Crs, Database } from '@nef/kit';
import { In } from 'typeorm';
import { openDatabase, parseArgs, runCli, userPath } from './common';

export interface ImportOptions {
  skipInvalid: boolean;
  dryRun: boolean;
  crs: Crs;
  batchSize: number;
  out?: (line: string) => void;
}

export interface ImportResult {
  imported: number;
  existing: number;
  problems: PreparedImport['problems'];
  /** False when bad rows stopped the import. */
  written: boolean;
}

/** Parses and validates a file's contents, then writes its stations (unless refused or a dry run). */
export async function importStations(db: Database, fileName: string, text: string, opts: ImportOptions): Promise<ImportResult> {
  const out = opts.out ?? ((line: string) => console.log(line));
  const parsed = /\.(geo)?json$/i.test(fileName) ? geojsonCandidates(text) : csvCandidates(text, opts.crs);
  const districts = new Set((await db.manager.find(DistrictEntity, { select: { code: true } })).map((d) => d.code));
  const ids = parsed.candidates.map((c) => c.id).filter((id): id is string => Boolean(id));
  const existingIds = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const s of await db.manager.find(StationEntity, { select: { id: true }, where: { id: In(ids.slice(i, i + 500)) } })) existingIds.add(s.id);
  }
  const prepared = prepareImport(parsed, districts, existingIds);
  for (const p of prepared.problems) out(`${fileName}: ${p.where}: ${p.reason}`);
  if (prepared.existing.length) out(`${prepared.existing.length} row(s) already imported (same id), left alone`);
  const result = { imported: 0, existing: prepared.existing.length, problems: prepared.problems, written: false };
  if (prepared.problems.length && !opts.skipInvalid) {
    out(`${prepared.problems.length} bad row(s): nothing imported (fix them, or pass --skip-invalid to import the ${prepared.rows.length} good one(s))`);
    return result;
  }
  if (opts.dryRun) {
    out(`dry run: ${prepared.rows.length} station(s) would be imported${prepared.problems.length ? `, ${prepared.problems.length} bad row(s) skipped` : ''}`);
    return result;
  }
  for (let i = 0; i < prepared.rows.length; i += opts.batchSize) {
    const batch = prepared.rows.slice(i, i + opts.batchSize);
    await db.transaction((em) => insertStations(em, batch.map((b) => b.row), batch.flatMap((b) => b.amenities)));
    result.imported += batch.length;
    // Each batch is visible at once: what the gateways cached of the station layer goes.
    await bumpDataVersions(db, ['stations']);
    out(`imported ${result.imported}/${prepared.rows.length}`);
  }
  result.written = true;
  out(`done: ${result.imported} station(s) imported${prepared.problems.length ? `, ${prepared.problems.length} bad row(s) skipped` : ''}`);
  return result;
}

if (require.main === module) {
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
    const db = await openDatabase();
    try {
      const r = await importStations(db, positional[0]!, text, { skipInvalid: flags.has('skip-invalid'), dryRun: flags.has('dry-run'), crs, batchSize });
      return r.problems.length && !flags.has('skip-invalid') ? 1 : 0;
    } finally {
      await db.close();
    }
  });
}
