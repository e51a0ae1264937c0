import { EARTH_RADIUS_M, type Database, type LatLng } from '@nef/kit';
import { StationEntity } from '../entities';
import { isStationOpen, type Hours, type OpeningException, type OpeningPeriod } from '../rules/opening-hours';
import { AMENITIES } from '../rules/station-input';

/**
 * The nearby search's in-memory index: every station's place and the fields stationsNear
 * filters on, in a grid of cells 0.01° on a side (about 1.1 km by 0.85 km in Beijing). A search
 * visits rings of cells outward from the point and stops as soon as the next ring cannot hold
 * anything nearer than what it has, so its cost follows the stations near the point and the
 * page size, not the radius or the size of the country. The database is read only for the page
 * found, by primary key.
 *
 * Freshness: each search names the `stations` data version it must reflect (the process's
 * VersionBook: at once after a write of this process, within 200 ms of one made elsewhere).
 * When it has moved, the stations written since the last refresh (by `updated_at`, with a
 * margin of 10 minutes for clocks that disagree) are read again before the search runs. A
 * full reload in the background every 30 minutes catches what no clock would (a row written
 * by a clock far behind); searches keep answering from the old grid while it runs. Only
 * writers that move the data version are seen: the service's own, and the commands'
 * (import, generate), as every cache of this service already requires.
 */

const CELL_DEG = 0.01;
const rad = (deg: number) => (deg * Math.PI) / 180;
const cellIndex = (deg: number) => Math.floor(deg / CELL_DEG);
const cellKey = (latIdx: number, lngIdx: number) => (latIdx + 20_000) * 50_000 + (lngIdx + 25_000);

const AMENITY_BIT = new Map<string, number>(AMENITIES.map((a, i) => [a, 1 << i]));

/** What stationsNear filters on, as the index evaluates it (checked and normalised by the caller). */
export interface NearFilter {
  status: string;
  district?: string;
  kinds?: ReadonlySet<string>;
  open24h?: boolean;
  /** Every amenity asked for; one the index does not know matches no station. */
  amenities?: readonly string[];
  /** Open at this instant (openAt, or openNow at the request's time). */
  openAt?: Date | null;
}

export interface NearHit {
  id: string;
  distance: number;
}

/** A station's row as the index reads it (raw: engines differ in how they return booleans). */
interface StationFacts {
  lat: number;
  lng: number;
  kind: string;
  status: string;
  open24h: boolean;
  district: string;
  amenities: number;
  /** The opening hours and exceptions as stored (JSON). */
  hours: string;
  exceptions: string;
}

/**
 * Each distinct value once, numbered: kinds, statuses, districts and opening hours repeat
 * across many stations, so the grid keeps small numbers, not strings or objects, per station.
 */
class Pool<T = string> {
  private readonly codeOf = new Map<string, number>();
  readonly values: string[] = [];
  private readonly parsed: (T | undefined)[] = [];

  code(value: string): number {
    let code = this.codeOf.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codeOf.set(value, code);
    }
    return code;
  }

  /** The code of a value already held; -1 when no station has it. */
  find(value: string): number {
    return this.codeOf.get(value) ?? -1;
  }

  /** The JSON value of a code, parsed once. */
  json(code: number): T {
    return (this.parsed[code] ??= JSON.parse(this.values[code]!) as T);
  }
}

/** Stations in slots (columns of numbers), a map from id to slot, and the cells. */
class Grid {
  private readonly slotOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private lat = new Float64Array(1024);
  private lng = new Float64Array(1024);
  private kind = new Uint16Array(1024);
  private status = new Uint16Array(1024);
  private district = new Uint32Array(1024);
  private amenities = new Uint32Array(1024);
  private open24h = new Uint8Array(1024);
  private hours = new Uint32Array(1024);
  private exceptions = new Uint32Array(1024);
  private readonly cells = new Map<number, number[]>();
  private readonly kinds = new Pool();
  private readonly statuses = new Pool();
  private readonly districts = new Pool();
  private readonly hourSets = new Pool<OpeningPeriod[]>();
  private readonly exceptionSets = new Pool<OpeningException[]>();

  get size(): number {
    return this.ids.length;
  }

  put(id: string, f: StationFacts): void {
    let slot = this.slotOf.get(id);
    const key = cellKey(cellIndex(f.lat), cellIndex(f.lng));
    if (slot === undefined) {
      slot = this.ids.length;
      if (slot === this.lat.length) this.grow();
      this.ids.push(id);
      this.slotOf.set(id, slot);
      this.addToCell(key, slot);
    } else {
      const oldKey = cellKey(cellIndex(this.lat[slot]!), cellIndex(this.lng[slot]!));
      if (oldKey !== key) {
        const list = this.cells.get(oldKey)!;
        list.splice(list.indexOf(slot), 1);
        if (list.length === 0) this.cells.delete(oldKey);
        this.addToCell(key, slot);
      }
    }
    this.lat[slot] = f.lat;
    this.lng[slot] = f.lng;
    this.kind[slot] = this.kinds.code(f.kind);
    this.status[slot] = this.statuses.code(f.status);
    this.district[slot] = this.districts.code(f.district);
    this.amenities[slot] = f.amenities;
    this.open24h[slot] = f.open24h ? 1 : 0;
    this.hours[slot] = this.hourSets.code(f.hours);
    this.exceptions[slot] = this.exceptionSets.code(f.exceptions);
  }

  private grow(): void {
    const n = this.lat.length * 2;
    const bigger = <A extends Float64Array | Uint32Array | Uint16Array | Uint8Array>(a: A): A => {
      const b = new (a.constructor as new (n: number) => A)(n);
      b.set(a);
      return b;
    };
    this.lat = bigger(this.lat);
    this.lng = bigger(this.lng);
    this.kind = bigger(this.kind);
    this.status = bigger(this.status);
    this.district = bigger(this.district);
    this.amenities = bigger(this.amenities);
    this.open24h = bigger(this.open24h);
    this.hours = bigger(this.hours);
    this.exceptions = bigger(this.exceptions);
  }

  private addToCell(key: number, slot: number): void {
    const list = this.cells.get(key);
    if (list) list.push(slot);
    else this.cells.set(key, [slot]);
  }

  /**
   * The `limit` nearest stations within `radius` metres that pass the filter and come after
   * `after` in the order (distance, id), nearest first.
   */
  search(center: LatLng, radius: number, filter: NearFilter, limit: number, after?: { distance: number; id: string }): NearHit[] {
    const amenityMask = maskOf(filter.amenities);
    const status = this.statuses.find(filter.status);
    const district = filter.district === undefined ? -1 : this.districts.find(filter.district);
    const kinds = filter.kinds ? new Set([...filter.kinds].map((k) => this.kinds.find(k))) : undefined;
    const wants24h = filter.open24h === undefined ? -1 : filter.open24h ? 1 : 0;
    if (amenityMask === null || status < 0 || (filter.district !== undefined && district < 0) || limit <= 0) return [];
    const best: NearHit[] = [];
    // Opening hours repeat across stations: each distinct (hours, exceptions) is judged once per search.
    const openMemo = new Map<number, boolean>();
    const isOpen = (slot: number, at: Date) => {
      const key = this.hours[slot]! * 65_536 + this.exceptions[slot]!;
      let open = openMemo.get(key);
      if (open === undefined) {
        open = isStationOpen(this.hoursAt(slot, filter.status), at);
        openMemo.set(key, open);
      }
      return open;
    };
    // distanceMeters (kit/geo) step for step, so both ways give the very same numbers, with the
    // centre's cosine computed once.
    const cos0 = Math.cos(rad(center.lat));
    const distanceTo = (slot: number) => {
      const lat = this.lat[slot]!;
      const dLat = rad(lat - center.lat);
      const dLng = rad(this.lng[slot]! - center.lng);
      const h = Math.sin(dLat / 2) ** 2 + cos0 * Math.cos(rad(lat)) * Math.sin(dLng / 2) ** 2;
      return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    };
    const ci = cellIndex(center.lat);
    const cj = cellIndex(center.lng);
    const visit = (key: number) => {
      const slots = this.cells.get(key);
      if (!slots) return;
      for (const slot of slots) {
        if (this.status[slot] !== status) continue;
        if (kinds && !kinds.has(this.kind[slot]!)) continue;
        if (wants24h >= 0 && this.open24h[slot] !== wants24h) continue;
        if (district >= 0 && this.district[slot] !== district) continue;
        if ((this.amenities[slot]! & amenityMask) !== amenityMask) continue;
        const distance = distanceTo(slot);
        if (distance > radius) continue;
        const id = this.ids[slot]!;
        if (after && !(distance > after.distance || (distance === after.distance && id > after.id))) continue;
        if (best.length === limit && !before(distance, id, best[limit - 1]!)) continue;
        if (filter.openAt && !isOpen(slot, filter.openAt)) continue;
        insertSorted(best, { id, distance }, limit);
      }
    };
    visit(cellKey(ci, cj));
    // Ring k holds the cells k steps from the point's cell; none of it is nearer than the edges
    // of the square of rings 0..k-1 around the point.
    const maxRing = Math.ceil(radius / (EARTH_RADIUS_M * rad(CELL_DEG) * Math.cos(rad(Math.min(89, Math.abs(center.lat) + 1))))) + 2;
    for (let k = 1; k <= maxRing; k++) {
      const nearest = ringLowerBound(center, ci, cj, k);
      if (nearest > radius) break;
      if (best.length === limit && nearest > best[limit - 1]!.distance) break;
      for (let j = cj - k; j <= cj + k; j++) {
        visit(cellKey(ci - k, j));
        visit(cellKey(ci + k, j));
      }
      for (let i = ci - k + 1; i <= ci + k - 1; i++) {
        visit(cellKey(i, cj - k));
        visit(cellKey(i, cj + k));
      }
    }
    return best;
  }

  private hoursAt(slot: number, status: string): Hours & { status: string } {
    return {
      status,
      open24h: this.open24h[slot] === 1,
      openingHours: this.hourSets.json(this.hours[slot]!),
      openingExceptions: this.exceptionSets.json(this.exceptions[slot]!),
    };
  }
}

/** The bits of the amenities asked for; null when one of them is not an amenity (nothing matches). */
function maskOf(amenities: readonly string[] | undefined): number | null {
  let mask = 0;
  for (const a of amenities ?? []) {
    const bit = AMENITY_BIT.get(a);
    if (bit === undefined) return null;
    mask |= bit;
  }
  return mask;
}

const before = (distance: number, id: string, than: NearHit) => distance < than.distance || (distance === than.distance && id < than.id);

function insertSorted(best: NearHit[], hit: NearHit, limit: number): void {
  let i = best.length;
  while (i > 0 && before(hit.distance, hit.id, best[i - 1]!)) i--;
  best.splice(i, 0, hit);
  if (best.length > limit) best.pop();
}

/**
 * A lower bound of the distance from `center` to any point outside the square of cells
 * [ci-k+1, ci+k-1] × [cj-k+1, cj+k-1]: the nearest of its four edges. The nearest point of a
 * parallel lies on the point's meridian; the distance to a meridian is asin(sin Δλ · cos φ).
 */
function ringLowerBound(center: LatLng, ci: number, cj: number, k: number): number {
  const south = (ci - k + 1) * CELL_DEG;
  const north = (ci + k) * CELL_DEG;
  const west = (cj - k + 1) * CELL_DEG;
  const east = (cj + k) * CELL_DEG;
  const cosLat = Math.cos(rad(center.lat));
  const toMeridian = (lng: number) => EARTH_RADIUS_M * Math.asin(Math.min(1, Math.abs(Math.sin(rad(center.lng - lng))) * cosLat));
  const d = Math.min(EARTH_RADIUS_M * rad(center.lat - south), EARTH_RADIUS_M * rad(north - center.lat), toMeridian(west), toMeridian(east));
  // A margin for rounding at the cells' edges.
  return d * (1 - 1e-9) - 1e-6;
}

interface RawStation {
  id: string;
  lat: number | string;
  lng: number | string;
  kind: string;
  status: string;
  open24h: number | boolean | string;
  district: string;
  hours: unknown;
  exceptions: unknown;
}

const COLUMNS = 's.id AS id, s.lat AS lat, s.lng AS lng, s.kind AS kind, s.status AS status, s.open_24h AS open24h, s.district_code AS district, s.opening_hours AS hours, s.opening_exceptions AS exceptions';

const CHUNK = 500;
const json = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v ?? []));

const PAGE = 5_000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function factsOf(r: RawStation): StationFacts {
  return {
    lat: Number(r.lat),
    lng: Number(r.lng),
    kind: r.kind,
    status: r.status,
    open24h: r.open24h === true || Number(r.open24h) === 1,
    district: r.district,
    amenities: 0,
    hours: json(r.hours),
    exceptions: json(r.exceptions),
  };
}

const GROUPED = 'SELECT station_id AS station, GROUP_CONCAT(amenity) AS amenities FROM station_amenities';

function addAmenities(out: Map<string, StationFacts>, list: { station: string; amenities: string | null }[]): void {
  for (const a of list) {
    const f = out.get(a.station);
    if (!f) continue;
    for (const amenity of (a.amenities ?? '').split(',')) f.amenities |= AMENITY_BIT.get(amenity) ?? 0;
  }
}

/**
 * Every station with its amenities, as the grid holds them: pages of 5,000 stations in id
 * order, each two plain statements (the stations' columns, then their amenities in one string
 * each, GROUP_CONCAT on both engines), with a turn of the event loop between pages, so that
 * requests keep being served while 200,000 stations load (SQLite reads block the process).
 */
async function readAll(db: Database): Promise<Map<string, StationFacts>> {
  const out = new Map<string, StationFacts>();
  let last = '';
  for (;;) {
    const rows: RawStation[] = await db.dataSource.query(`SELECT ${COLUMNS} FROM stations s WHERE s.id > ? ORDER BY s.id LIMIT ${PAGE}`, [last]);
    if (rows.length === 0) break;
    const page = new Map(rows.map((r) => [r.id, factsOf(r)]));
    const first = rows[0]!.id;
    last = rows[rows.length - 1]!.id;
    addAmenities(page, await db.dataSource.query(`${GROUPED} WHERE station_id >= ? AND station_id <= ? GROUP BY station_id`, [first, last]));
    for (const [id, f] of page) out.set(id, f);
    if (rows.length < PAGE) break;
    await nextTurn();
  }
  return out;
}

/** The stations written at `since` or later, with their amenities. */
async function readSince(db: Database, since: Date): Promise<Map<string, StationFacts>> {
  const rows: RawStation[] = await db.manager.getRepository(StationEntity).createQueryBuilder('s').select(COLUMNS).where('s.updated_at >= :since', { since }).getRawMany();
  const out = new Map(rows.map((r) => [r.id, factsOf(r)]));
  const ids = [...out.keys()];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    addAmenities(out, await db.dataSource.query(`${GROUPED} WHERE station_id IN (${chunk.map(() => '?').join(', ')}) GROUP BY station_id`, chunk));
  }
  return out;
}

export interface NearIndexOptions {
  /** Rows written up to this long before the last refresh are read again: clocks of replicas and commands may disagree. */
  overlapMs?: number;
  /** A full reload in the background this often (0: never). */
  reloadMs?: number;
  /** The wall clock, for the refresh bookkeeping (tests inject one). */
  clock?: () => number;
}

export class NearIndex {
  private grid: Grid | undefined;
  /** The `stations` version the grid reflects. */
  private version = Number.NaN;
  /** The wall-clock time of the last read the grid holds. */
  private readAt = 0;
  /** The wall-clock time the last full load started. */
  private loadedAt = 0;
  private first: Promise<void> | undefined;
  private reloading: Promise<void> | undefined;
  private refreshing: { version: number; done: Promise<void> } | undefined;
  private readonly overlapMs: number;
  private readonly reloadMs: number;
  private readonly clock: () => number;

  constructor(
    private readonly db: Database,
    opts: NearIndexOptions = {},
  ) {
    this.overlapMs = opts.overlapMs ?? 10 * 60_000;
    this.reloadMs = opts.reloadMs ?? 30 * 60_000;
    this.clock = opts.clock ?? Date.now;
  }

  /** How many stations the index holds (0 before its first load). */
  get size(): number {
    return this.grid?.size ?? 0;
  }

  /** Loads every station (the first time, or again); resolves when the grid is in place. */
  load(version: number): Promise<void> {
    if (!this.grid) return (this.first ??= this.reload(version).finally(() => (this.first = undefined)));
    return (this.reloading ??= this.reload(version).finally(() => (this.reloading = undefined)));
  }

  /**
   * Searches at `version` or later. The first search of a process waits for the first load
   * (main.ts starts it when the service starts).
   */
  async search(
    version: number,
    now: Date,
    center: LatLng,
    radius: number,
    filter: NearFilter,
    limit: number,
    after?: { distance: number; id: string },
  ): Promise<NearHit[]> {
    if (!this.grid) await this.load(version);
    // A background reload that lands during the refresh puts back an older read: refresh again
    // (at most twice more), so the grid searched below has seen `version`.
    for (let tries = 0; this.version !== version && tries < 3; tries++) await this.refresh(version, now);
    if (this.reloadMs > 0 && this.clock() - this.loadedAt > this.reloadMs && !this.reloading) void this.load(version).catch(() => undefined);
    return this.grid!.search(center, radius, filter, limit, after);
  }

  private async reload(version: number): Promise<void> {
    const readAt = this.clock();
    const facts = await this.db.bookkeeping(() => readAll(this.db));
    const grid = new Grid();
    for (const [id, f] of facts) grid.put(id, f);
    this.grid = grid;
    // Writes that landed while it read are read again by the next refresh.
    this.version = version;
    this.readAt = readAt;
    this.loadedAt = readAt;
  }

  /** Reads again the stations written since the last read (one refresh at a time per version). */
  private refresh(version: number, now: Date): Promise<void> {
    if (this.refreshing?.version === version) return this.refreshing.done;
    const previous = this.refreshing?.done ?? Promise.resolve();
    const done = previous
      .catch(() => undefined)
      .then(async () => {
        if (this.version === version) return;
        const readAt = this.clock();
        const since = new Date(Math.min(this.readAt, now.getTime()) - this.overlapMs);
        const facts = await this.db.bookkeeping(() => readSince(this.db, since));
        for (const [id, f] of facts) this.grid!.put(id, f);
        this.version = version;
        this.readAt = readAt;
      })
      .finally(() => {
        if (this.refreshing?.done === done) this.refreshing = undefined;
      });
    this.refreshing = { version, done };
    return done;
  }
}

const indexes = new WeakMap<Database, NearIndex>();

/** The one nearby index of a database in this process. */
export function nearIndexFor(db: Database, opts?: NearIndexOptions): NearIndex {
  let index = indexes.get(db);
  if (!index) {
    index = new NearIndex(db, opts);
    indexes.set(db, index);
  }
  return index;
}
