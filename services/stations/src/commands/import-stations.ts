import { bulkInsert, bumpDataVersions, type Crs, type Database } from '@nef/kit';
import { In } from 'typeorm';
import { DistrictEntity, StationAmenityEntity, StationEntity } from '../entities';
import { csvCandidates, geojsonCandidates, prepareImport, type PreparedImport } from '../rules/station-import';

export interface ImportOptions {
  skipInvalid: boolean;
  dryRun: boolean;
  crs: Crs;
  batchSize: number;
  out?: (line: string) => void;
  now?: Date;
}

export interface ImportResult {
  imported: number;
  existing: number;
  problems: PreparedImport['problems'];
  /** False when bad rows stopped the import. */
  written: boolean;
}

/**
 * Parses and validates a file's contents, then writes its stations (unless refused or a dry
 * run), one transaction per batch so that a large file shows progress and holds no long lock.
 */
export async function importStations(db: Database, fileName: string, text: string, opts: ImportOptions): Promise<ImportResult> {
  const out = opts.out ?? ((line: string) => console.log(line));
  const parsed = /\.(geo)?json$/i.test(fileName) ? geojsonCandidates(text) : csvCandidates(text, opts.crs);
  const districts = new Set((await db.manager.find(DistrictEntity, { select: { code: true } })).map((d) => d.code));
  const ids = parsed.candidates.map((c) => c.id).filter((id): id is string => Boolean(id));
  const existingIds = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const s of await db.manager.find(StationEntity, { select: { id: true }, where: { id: In(ids.slice(i, i + 500)) } })) existingIds.add(s.id);
  }
  const prepared = prepareImport(parsed, districts, existingIds, opts.now ?? new Date());
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
    await db.transaction(async (em) => {
      await bulkInsert(em, StationEntity, batch.map((b) => b.row));
      await bulkInsert(em, StationAmenityEntity, batch.flatMap((b) => b.amenities));
    });
    result.imported += batch.length;
    // Each batch is visible at once: what the gateways cached of the station layer goes.
    await bumpDataVersions(db, ['stations']);
    out(`imported ${result.imported}/${prepared.rows.length}`);
  }
  result.written = true;
  out(`done: ${result.imported} station(s) imported${prepared.problems.length ? `, ${prepared.problems.length} bad row(s) skipped` : ''}`);
  return result;
}
