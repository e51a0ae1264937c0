import { AppError, isId, nameId, newId, requireText } from '@nef/kit/rules';
import type { MerchantOfferRow, StationRow } from '../entities';
import { checkEnd, checkPrices, offerStatus } from './merchant-offer';
import { RowError, type Candidate, type OfferCandidate, type RowProblem } from './station-import';
import { STATION_STATUSES, newStationRows, validateNewStation, type ValidStation } from './station-input';

/**
 * How an import decides, row by row, whether to add a station, change one, or leave it: the
 * upsert rules, without I/O (the import command loads what they look at and writes what they
 * decide).
 *
 * Which station a row is:
 * - a row with an `id` that is a UUID is the station with that id;
 * - a row with any other `id` (another system's key, e.g. `BJ-CY-0001`) is the station with the
 *   UUID derived from that key (`nameId('station-import:<key>')`), the same on every import;
 * - a row without an id is the station with the same district, name and address (trimmed),
 *   or else the one whose id derives from them (a station renamed since); when none is found it
 *   is added under that derived id, so the same file imported twice, or by two callers at once,
 *   never makes two stations.
 * Offers (GeoJSON) match by id the same way within their station; an offer without an id is the
 * station's offer with the same title that is not withdrawn. Offers already in the database that
 * the file does not name are left alone, and a withdrawn offer is never changed.
 */

/** What the import looked up in the database for a file. */
export interface Existing {
  stations: Map<string, { row: StationRow; amenities: string[] }>;
  /** Station ids by `naturalKey`. */
  byKey: Map<string, string[]>;
  /** Offers by id, of the stations above and of the ids the file names. */
  offers: Map<string, MerchantOfferRow>;
}

export interface StationWrite {
  where: string;
  mode: 'create' | 'update' | 'unchanged';
  row: StationRow;
  amenities: string[];
  amenitiesChanged: boolean;
  offerCreates: MerchantOfferRow[];
  offerUpdates: MerchantOfferRow[];
  offersUnchanged: number;
}

export interface ImportPlan {
  writes: StationWrite[];
  problems: RowProblem[];
}

const EXTERNAL_KEY = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}$/;

/** The station id a file's `id` stands for: the UUID itself, or one derived from another system's key. */
export function stationIdFor(raw: string): string {
  const id = raw.trim();
  if (isId(id.toLowerCase())) return id.toLowerCase();
  if (!EXTERNAL_KEY.test(id)) throw new RowError(`id must be a UUID or a key of 1 to 64 letters, digits and . _ : / - (starting with a letter or digit), got "${raw}"`);
  return nameId(`station-import:${id}`);
}

/** The offer id a file's offer `id` stands for, within its station. */
export function offerIdFor(stationId: string, raw: string): string {
  const id = raw.trim();
  if (isId(id.toLowerCase())) return id.toLowerCase();
  if (!EXTERNAL_KEY.test(id)) throw new RowError(`offer id must be a UUID or a key of 1 to 64 letters, digits and . _ : / -, got "${raw}"`);
  return nameId(`offer-import:${stationId}:${id}`);
}

/** What a row without an id is matched on. */
export const naturalKey = (districtCode: string, name: string, address: string) => `${districtCode}\n${name.trim()}\n${address.trim()}`;

/** The id a station added from a row without an id gets: the same for the same district, name and address. */
export const derivedStationId = (key: string) => nameId(`station-import:natural:${key}`);

/** The ids an import must look up: each row's own or derived id, and the natural keys of rows without one. */
export function lookups(candidates: Candidate[]): { ids: string[]; names: string[]; offerIds: string[] } {
  const ids = new Set<string>();
  const names = new Set<string>();
  const offerIds = new Set<string>();
  for (const c of candidates) {
    let stationId: string | null = null;
    try {
      if (c.id) stationId = stationIdFor(c.id);
      else if (typeof c.input.name === 'string') {
        names.add(c.input.name.trim());
        stationId = derivedStationId(naturalKey(String(c.input.districtCode).trim(), c.input.name, String(c.input.address ?? '')));
      }
    } catch {
      // Reported when the row is planned.
    }
    if (!stationId) continue;
    ids.add(stationId);
    for (const o of c.offers ?? []) {
      try {
        if (o.id) offerIds.add(offerIdFor(stationId, o.id));
      } catch {
        // Reported when the row is planned.
      }
    }
  }
  return { ids: [...ids], names: [...names], offerIds: [...offerIds] };
}

function instant(value: unknown, field: string): Date | null {
  if (value == null || value === '') return null;
  const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : new Date(NaN);
  if (Number.isNaN(d.getTime())) throw new RowError(`${field} must be an ISO 8601 instant with its offset (e.g. 2026-12-21T00:00:00+08:00), got "${String(value)}"`);
  return d;
}

/**
 * An offer as an import takes it: the checks of a new offer except that its dates may lie in
 * the past (a file carries what was, an export's offers may have started long ago).
 */
function importedOffer(o: OfferCandidate, field: string, now: Date) {
  try {
    const title = requireText(`${field}.title`, typeof o.title === 'string' ? o.title : '', { max: 100 });
    checkPrices(o.priceCents, o.originalPriceCents);
    const startsAt = instant(o.startsAt, `${field}.startsAt`) ?? now;
    const validUntil = instant(o.validUntil, `${field}.validUntil`);
    checkEnd(startsAt, validUntil);
    return { title, priceCents: o.priceCents as number, originalPriceCents: o.originalPriceCents as number, startsAt, validUntil };
  } catch (err) {
    if (err instanceof AppError) throw new RowError(`${field}: ${err.message}`);
    throw err;
  }
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/** Key order does not matter: hours and exceptions compare by content. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/**
 * Whether the file's station says the same as the stored one. Coordinates compare at the
 * export's precision (7 decimals, about 1 cm), so importing an export leaves the stored ones as
 * they are.
 */
function sameStation(a: StationRow, b: StationRow): boolean {
  return (
    a.name === b.name &&
    a.status === b.status &&
    a.address === b.address &&
    a.subdistrict === b.subdistrict &&
    (a.streetCode ?? null) === (b.streetCode ?? null) &&
    round7(a.lat) === round7(b.lat) &&
    round7(a.lng) === round7(b.lng) &&
    a.open24h === b.open24h &&
    canonical(a.openingHours) === canonical(b.openingHours) &&
    canonical(a.openingExceptions) === canonical(b.openingExceptions) &&
    a.capacity === b.capacity &&
    a.operator === b.operator &&
    a.contactPhone === b.contactPhone
  );
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Plans an import: every candidate checked with createStation's rules, the district catalogue and
 * `mayWrite` (the caller's districts), matched to a stored station, and compared with it.
 * Nothing is written here.
 */
export function planImport(
  parsed: { candidates: Candidate[]; problems: RowProblem[] },
  existing: Existing,
  now: Date,
  mayWrite: (districtCode: string) => boolean = () => true,
): ImportPlan {
  const plan: ImportPlan = { writes: [], problems: [...parsed.problems] };
  const seen = new Map<string, string>();
  const seenOffers = new Set<string>();
  for (const c of parsed.candidates) {
    try {
      const station: ValidStation = validateNewStation(c.input);
      if (!mayWrite(station.districtCode)) throw new RowError(`district ${station.districtCode} is not among the districts your key manages`);
      const status = c.status ?? 'ACTIVE';
      if (!(STATION_STATUSES as readonly string[]).includes(status)) throw new RowError(`status must be one of ${STATION_STATUSES.join(', ')}, got "${status}"`);

      const key = naturalKey(station.districtCode, station.name, station.address);
      let id: string;
      if (c.id) id = stationIdFor(c.id);
      else {
        const matches = existing.byKey.get(key) ?? [];
        if (matches.length > 1) throw new RowError(`${matches.length} stations already have this district, name and address (${matches.join(', ')}); give the row an id`);
        id = matches[0] ?? derivedStationId(key);
      }
      const twice = seen.get(id);
      if (twice) throw new RowError(`this row is the same station as ${twice} (same ${c.id ? 'id' : 'district, name and address'})`);
      seen.set(id, c.where);

      const stored = existing.stations.get(id);
      if (stored && stored.row.kind !== station.kind) throw new RowError(`kind is fixed once created: station ${id} is ${stored.row.kind}, the row says ${station.kind}`);
      if (stored && stored.row.districtCode !== station.districtCode) {
        throw new RowError(`the district is fixed once created: station ${id} is in ${stored.row.districtCode}, the row says ${station.districtCode}`);
      }
      const { row } = newStationRows(station, id, stored?.row.createdAt ?? now, status);
      const mode = !stored ? 'create' : sameStation(stored.row, row) ? 'unchanged' : 'update';
      if (stored && mode === 'unchanged') Object.assign(row, { lat: stored.row.lat, lng: stored.row.lng, updatedAt: stored.row.updatedAt });
      const amenitiesChanged = !stored || !sameSet(stored.amenities, station.amenities);
      const write: StationWrite = {
        where: c.where,
        mode: mode === 'unchanged' && amenitiesChanged ? 'update' : mode,
        row,
        amenities: station.amenities,
        amenitiesChanged,
        offerCreates: [],
        offerUpdates: [],
        offersUnchanged: 0,
      };

      (c.offers ?? []).forEach((o, i) => {
        const valid = importedOffer(o, `offers[${i}]`, now);
        let offerId: string | undefined;
        if (o.id) offerId = offerIdFor(id, o.id);
        else {
          const sameTitle = [...existing.offers.values()].filter((x) => x.stationId === id && x.withdrawnAt === null && x.title === valid.title);
          if (sameTitle.length > 1) throw new RowError(`offers[${i}]: the station has ${sameTitle.length} offers titled "${valid.title}"; give the offer an id`);
          offerId = sameTitle[0]?.id;
        }
        if (offerId && seenOffers.has(offerId)) throw new RowError(`offers[${i}]: offer ${offerId} appears twice in the file`);
        if (offerId) seenOffers.add(offerId);
        const current = offerId ? existing.offers.get(offerId) : undefined;
        if (current && current.stationId !== id) throw new RowError(`offers[${i}]: offer ${offerId} belongs to another station (${current.stationId})`);
        if (!current) {
          write.offerCreates.push({ id: offerId ?? newId(), stationId: id, ...valid, withdrawnAt: null, createdAt: now, updatedAt: now });
        } else if (
          offerStatus(current, now) === 'WITHDRAWN' ||
          (current.title === valid.title &&
            current.priceCents === valid.priceCents &&
            current.originalPriceCents === valid.originalPriceCents &&
            current.startsAt.getTime() === valid.startsAt.getTime() &&
            (current.validUntil?.getTime() ?? null) === (valid.validUntil?.getTime() ?? null))
        ) {
          write.offersUnchanged += 1;
        } else {
          write.offerUpdates.push({ ...current, ...valid, updatedAt: now });
        }
      });
      if (write.mode === 'update') write.row.updatedAt = now;
      plan.writes.push(write);
    } catch (err) {
      if (err instanceof RowError || err instanceof AppError) plan.problems.push({ where: c.where, reason: err.message });
      else throw err;
    }
  }
  // Parse and rule problems are found in two passes; report them in file order.
  const position = (where: string) => Number(/\d+$/.exec(where)?.[0] ?? -1);
  plan.problems.sort((a, b) => position(a.where) - position(b.where));
  return plan;
}

/** The counts an import reports. */
export function planCounts(plan: ImportPlan) {
  const count = (mode: StationWrite['mode']) => plan.writes.filter((w) => w.mode === mode).length;
  return {
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    offersCreated: plan.writes.reduce((n, w) => n + w.offerCreates.length, 0),
    offersUpdated: plan.writes.reduce((n, w) => n + w.offerUpdates.length, 0),
    offersUnchanged: plan.writes.reduce((n, w) => n + w.offersUnchanged, 0),
  };
}
