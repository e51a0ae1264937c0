import { badUserInput, bulkInsert, bumpDataVersions, conflict, isUniqueViolation, type Crs, type Database } from '@nef/kit';
import { In, type EntityManager } from 'typeorm';
import { MerchantOfferEntity, StationAmenityEntity, StationEntity, type StationRow } from '../entities';
import { lookups, naturalKey, planCounts, planImport, type Existing, type ImportPlan, type StationWrite } from '../rules/import-plan';
import { csvCandidates, geojsonCandidates, type RowProblem } from '../rules/station-import';
import { ensureDistrictRows } from './district-rows';

export interface ImportOptions {
  skipInvalid: boolean;
  dryRun: boolean;
  crs: Crs;
  batchSize: number;
  out?: (line: string) => void;
  now?: Date;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  offersCreated: number;
  offersUpdated: number;
  offersUnchanged: number;
}

export interface ImportResult extends ImportCounts {
  /** Stations added or changed (created + updated). */
  imported: number;
  problems: RowProblem[];
  /** False when bad rows stopped the import, or on a dry run. */
  written: boolean;
}

export type StationFileFormat = 'CSV' | 'GEOJSON';

/** The largest file the API import takes, in bytes of UTF-8 (the gateway refuses bodies over 1 MB). */
export const API_IMPORT_MAX_BYTES = 512 * 1024;
/** The most rows (stations) one API import takes; larger files go through the command line. */
export const API_IMPORT_MAX_ROWS = 2_000;

const CHUNK = 500;

function parse(format: StationFileFormat, text: string, crs: Crs) {
  return format === 'GEOJSON' ? geojsonCandidates(text) : csvCandidates(text, crs);
}

export const formatOfFile = (fileName: string): StationFileFormat => (/\.(geo)?json$/i.test(fileName) ? 'GEOJSON' : 'CSV');

/** Reads what the plan looks at: the stations the rows name or match, their amenities, and the offers named. */
async function loadExisting(em: EntityManager, candidates: Parameters<typeof lookups>[0]): Promise<Existing> {
  const { ids, names, offerIds } = lookups(candidates);
  const rows = new Map<string, StationRow>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const r of await em.find(StationEntity, { where: { id: In(ids.slice(i, i + CHUNK)) } })) rows.set(r.id, r);
  }
  const byKey = new Map<string, string[]>();
  for (let i = 0; i < names.length; i += CHUNK) {
    for (const r of await em.find(StationEntity, { where: { name: In(names.slice(i, i + CHUNK)) } })) {
      rows.set(r.id, r);
      const key = naturalKey(r.districtCode, r.name, r.address);
      byKey.set(key, [...(byKey.get(key) ?? []), r.id]);
    }
  }
  const stations: Existing['stations'] = new Map([...rows].map(([id, row]) => [id, { row, amenities: [] as string[] }]));
  const stationIds = [...rows.keys()];
  const offers: Existing['offers'] = new Map();
  for (let i = 0; i < stationIds.length; i += CHUNK) {
    const chunk = stationIds.slice(i, i + CHUNK);
    for (const a of await em.find(StationAmenityEntity, { where: { stationId: In(chunk) } })) stations.get(a.stationId)!.amenities.push(a.amenity);
    for (const o of await em.find(MerchantOfferEntity, { where: { stationId: In(chunk) } })) offers.set(o.id, o);
  }
  for (let i = 0; i < offerIds.length; i += CHUNK) {
    for (const o of await em.find(MerchantOfferEntity, { where: { id: In(offerIds.slice(i, i + CHUNK)) } })) offers.set(o.id, o);
  }
  return { stations, byKey, offers };
}

/** Writes planned stations: new ones in multi-row inserts, changed ones one by one, with their amenities and offers. */
async function writeStations(em: EntityManager, writes: StationWrite[]): Promise<void> {
  const creates = writes.filter((w) => w.mode === 'create');
  await ensureDistrictRows(em, creates.map((w) => w.row.districtCode));
  await bulkInsert(em, StationEntity, creates.map((w) => w.row));
  for (const w of writes.filter((x) => x.mode === 'update')) {
    const { id, createdAt: _created, ...fields } = w.row;
    await em.update(StationEntity, { id }, fields);
    if (w.amenitiesChanged) await em.delete(StationAmenityEntity, { stationId: id });
  }
  await bulkInsert(
    em,
    StationAmenityEntity,
    writes.filter((w) => w.amenitiesChanged).flatMap((w) => w.amenities.map((amenity) => ({ stationId: w.row.id, amenity }))),
  );
  await bulkInsert(em, MerchantOfferEntity, writes.flatMap((w) => w.offerCreates));
  for (const o of writes.flatMap((w) => w.offerUpdates)) {
    const { id, stationId: _s, createdAt: _c, ...fields } = o;
    await em.update(MerchantOfferEntity, { id }, fields);
  }
}

const changes = (w: StationWrite) => w.mode !== 'unchanged' || w.offerCreates.length > 0 || w.offerUpdates.length > 0;

function result(plan: ImportPlan, written: boolean): ImportResult {
  const counts = planCounts(plan);
  return { ...counts, imported: counts.created + counts.updated, problems: plan.problems, written };
}

/**
 * The command-line import: parses and checks every row first, then writes the stations one
 * transaction per batch, so that a large file shows progress and holds no long lock. A row
 * matching a stored station updates it when it differs and is left alone when it does not
 * (see `rules/import-plan.ts`).
 */
export async function importStations(db: Database, fileName: string, text: string, opts: ImportOptions): Promise<ImportResult> {
  const out = opts.out ?? ((line: string) => console.log(line));
  const now = opts.now ?? new Date();
  const parsed = parse(formatOfFile(fileName), text, opts.crs);
  const plan = planImport(parsed, await loadExisting(db.manager, parsed.candidates), now);
  for (const p of plan.problems) out(`${fileName}: ${p.where}: ${p.reason}`);
  const counts = planCounts(plan);
  const summary = `${counts.created} new, ${counts.updated} changed, ${counts.unchanged} unchanged station(s); offers ${counts.offersCreated} new, ${counts.offersUpdated} changed, ${counts.offersUnchanged} unchanged`;
  if (plan.problems.length && !opts.skipInvalid) {
    out(`${plan.problems.length} bad row(s): nothing imported (fix them, or pass --skip-invalid to import the ${plan.writes.length} good one(s))`);
    return result(plan, false);
  }
  if (opts.dryRun) {
    out(`dry run, nothing written: ${summary}${plan.problems.length ? `; ${plan.problems.length} bad row(s) skipped` : ''}`);
    return result(plan, false);
  }
  const todo = plan.writes.filter(changes);
  for (let i = 0; i < todo.length; i += opts.batchSize) {
    await db.transaction((em) => writeStations(em, todo.slice(i, i + opts.batchSize)));
    // Each batch is visible at once: what the gateways cached of the station layer goes.
    await bumpDataVersions(db, ['stations']);
    out(`written ${Math.min(i + opts.batchSize, todo.length)}/${todo.length}`);
  }
  out(`done: ${summary}${plan.problems.length ? `; ${plan.problems.length} bad row(s) skipped` : ''}`);
  return result(plan, true);
}

/**
 * The import through the API: a file of at most API_IMPORT_MAX_BYTES and API_IMPORT_MAX_ROWS,
 * read, checked and written in one transaction, all or nothing: any bad row (a district outside
 * `mayWrite` included) writes nothing and is returned with its line or feature. Two imports
 * adding the same station at once collide on its id: the later one is CONFLICT.
 */
export async function importStationsFile(
  db: Database,
  args: { format: StationFileFormat; content: string; crs: Crs; dryRun: boolean },
  mayWrite: (districtCode: string) => boolean,
  now: Date,
): Promise<ImportResult> {
  const bytes = Buffer.byteLength(args.content, 'utf8');
  if (bytes > API_IMPORT_MAX_BYTES) {
    throw badUserInput(`content may be at most ${API_IMPORT_MAX_BYTES} bytes of UTF-8, got ${bytes}; import larger files from the command line`, { field: 'content' });
  }
  if (args.content.trim() === '') throw badUserInput('content must not be empty', { field: 'content' });
  const parsed = parse(args.format, args.content, args.crs);
  const rows = parsed.candidates.length + parsed.problems.filter((p) => p.where !== 'file' && p.where !== 'line 1').length;
  if (rows > API_IMPORT_MAX_ROWS) {
    throw badUserInput(`a file may hold at most ${API_IMPORT_MAX_ROWS} stations here, got ${rows}; import larger files from the command line`, { field: 'content' });
  }
  try {
    return await db.transaction(async (em) => {
      const plan = planImport(parsed, await loadExisting(em, parsed.candidates), now, mayWrite);
      if (plan.problems.length || args.dryRun) return result(plan, false);
      await writeStations(em, plan.writes.filter(changes));
      return result(plan, true);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('another import added some of these stations or offers at the same time; import the file again to update them');
    throw err;
  }
}
