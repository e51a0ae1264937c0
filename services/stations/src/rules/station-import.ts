import type { Crs } from '@nef/kit/rules';
import { parse as parseCsv } from 'csv-parse/sync';
import type { OpeningException, OpeningPeriod } from './opening-hours';
import { CRS_VALUES, type CreateStationInput } from './station-input';

/**
 * Reading station files (CSV and GeoJSON) into stations to import: every row is parsed, then
 * checked with createStation's rules, the district catalogue and the ids already taken.
 * Nothing here reads or writes the database; the import command does.
 */

/** Where a row came from: a CSV line number or a GeoJSON feature index. */
export interface RowProblem {
  where: string;
  reason: string;
}

/** An offer as a GeoJSON file carries it (the export's `offers`), not yet checked. */
export interface OfferCandidate {
  id?: string;
  title: unknown;
  priceCents: unknown;
  originalPriceCents: unknown;
  startsAt?: unknown;
  validUntil?: unknown;
}

export interface Candidate {
  where: string;
  /** The id the file gives: a UUID, or another system's key (see `stationIdFor`). */
  id?: string;
  status?: string;
  input: CreateStationInput;
  /** GeoJSON only: the station's offers; undefined when the file says nothing of them. */
  offers?: OfferCandidate[];
}

export const CSV_COLUMNS = [
  'id', 'name', 'kind', 'address', 'district_code', 'subdistrict', 'lat', 'lng', 'crs', 'amenities', 'open_24h',
  'opening_hours', 'opening_exceptions', 'capacity', 'operator', 'contact_phone', 'status', 'street_code',
] as const;
const REQUIRED_CSV = ['name', 'kind', 'address', 'district_code', 'lat', 'lng', 'operator'];

/** A row the file cannot give: reported with its line or feature, never thrown past the import. */
export class RowError extends Error {}

const WEEKDAY_NAMES: Record<string, number> = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 };

function weekday(token: string): number {
  const t = token.trim().toLowerCase();
  const n = /^[1-7]$/.test(t) ? Number(t) : WEEKDAY_NAMES[t.slice(0, 2)];
  if (!n) throw new RowError(`weekday "${token}" must be 1 (Monday) to 7 (Sunday) or Mo..Su`);
  return n;
}

/** "1-5 09:00-21:00; 6,7 10:00-18:00" (or Mo-Fr): weekdays, then the span. */
export function parseOpeningHours(text: string): OpeningPeriod[] {
  const periods: OpeningPeriod[] = [];
  for (const part of text.split(';').map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\S+)\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(part);
    if (!m) throw new RowError(`opening_hours "${part}" must look like "1-5 09:00-21:00" (weekdays, then opens-closes)`);
    const days = new Set<number>();
    for (const piece of m[1]!.split(',')) {
      const [a, b] = piece.split('-');
      const from = weekday(a!);
      const to = b === undefined ? from : weekday(b);
      for (let d = from; ; d = (d % 7) + 1) {
        days.add(d);
        if (d === to) break;
      }
    }
    for (const d of [...days].sort()) periods.push({ weekday: d, opens: m[2]!, closes: m[3]! });
  }
  return periods;
}

/** "2027-02-16..2027-02-17 closed; 2026-12-31 10:00-16:00": dates (a day or a range), then closed or a span. */
export function parseOpeningExceptions(text: string): OpeningException[] {
  return text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?\s+(?:(closed)|(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2}))$/i.exec(part);
      if (!m) throw new RowError(`opening_exceptions "${part}" must look like "2027-02-16..2027-02-17 closed" or "2026-12-31 10:00-16:00"`);
      return { validFrom: m[1]!, validTo: m[2] ?? m[1]!, closed: Boolean(m[3]), opens: m[4] ?? null, closes: m[5] ?? null };
    });
}

function bool(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  const v = String(value ?? '').trim().toLowerCase();
  if (['true', '1', 'yes', 'y', '是'].includes(v)) return true;
  if (['false', '0', 'no', 'n', '否', ''].includes(v)) return false;
  throw new RowError(`${field} must be true or false, got "${value}"`);
}

function number(value: unknown, field: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new RowError(`${field} must be a number, got "${value ?? ''}"`);
  return n;
}

function optionalInt(value: unknown, field: string): number | null {
  if (value == null || value === '') return null;
  const n = number(value, field);
  if (!Number.isInteger(n)) throw new RowError(`${field} must be a whole number, got "${value}"`);
  return n;
}

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : String(value ?? '').split(/[;|]/).map((s) => s.trim()).filter(Boolean);

const optionalText = (value: unknown) => (value == null || value === '' ? null : String(value));

/** The station rows of a CSV file (header row first; see README for the columns). */
export function csvCandidates(text: string, defaultCrs: Crs): { candidates: Candidate[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      info: true,
    });
  } catch (err) {
    return { candidates: [], problems: [{ where: 'file', reason: `not readable as CSV: ${(err as Error).message}` }] };
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.split(',').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  const missing = REQUIRED_CSV.filter((c) => !header.includes(c));
  if (unknown.length || missing.length) {
    const reasons = [
      ...(missing.length ? [`missing columns: ${missing.join(', ')}`] : []),
      ...(unknown.length ? [`unknown columns: ${unknown.join(', ')}`] : []),
    ];
    return { candidates: [], problems: [{ where: 'line 1', reason: `${reasons.join('; ')} (columns: ${CSV_COLUMNS.join(', ')})` }] };
  }
  const candidates: Candidate[] = [];
  for (const { record: r, info } of records) {
    const where = `line ${info.lines}`;
    try {
      const crs = (r.crs || defaultCrs).toUpperCase().replace('-', '') as Crs;
      if (!CRS_VALUES.includes(crs)) throw new RowError(`crs must be one of ${CRS_VALUES.join(', ')}, got "${r.crs}"`);
      candidates.push({
        where,
        id: r.id || undefined,
        status: r.status || undefined,
        input: {
          name: r.name ?? '',
          kind: r.kind ?? '',
          address: r.address ?? '',
          districtCode: r.district_code ?? '',
          subdistrict: optionalText(r.subdistrict),
          streetCode: optionalText(r.street_code),
          location: { lat: number(r.lat, 'lat'), lng: number(r.lng, 'lng'), crs },
          amenities: list(r.amenities),
          open24h: bool(r.open_24h, 'open_24h'),
          openingHours: parseOpeningHours(r.opening_hours ?? ''),
          openingExceptions: parseOpeningExceptions(r.opening_exceptions ?? ''),
          capacity: optionalInt(r.capacity, 'capacity'),
          operator: r.operator ?? '',
          contactPhone: optionalText(r.contact_phone),
        },
      });
    } catch (err) {
      if (!(err instanceof RowError)) throw err;
      problems.push({ where, reason: err.message });
    }
  }
  return { candidates, problems };
}

/** The stations of a GeoJSON FeatureCollection of Points (RFC 7946: WGS-84, [lng, lat]). */
export function geojsonCandidates(text: string): { candidates: Candidate[]; problems: RowProblem[] } {
  let doc: { type?: string; features?: unknown[] };
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { candidates: [], problems: [{ where: 'file', reason: `not valid JSON: ${(err as Error).message}` }] };
  }
  if (doc?.type !== 'FeatureCollection' || !Array.isArray(doc.features)) {
    return { candidates: [], problems: [{ where: 'file', reason: 'expected a GeoJSON FeatureCollection with a features array' }] };
  }
  const candidates: Candidate[] = [];
  const problems: RowProblem[] = [];
  doc.features.forEach((f, index) => {
    const where = `feature ${index}`;
    try {
      const feature = f as { type?: string; geometry?: { type?: string; coordinates?: unknown[] }; properties?: Record<string, unknown>; id?: unknown };
      if (feature?.type !== 'Feature') throw new RowError('not a Feature');
      const g = feature.geometry;
      if (g?.type !== 'Point' || !Array.isArray(g.coordinates) || g.coordinates.length < 2) {
        throw new RowError('geometry must be a Point with [longitude, latitude]');
      }
      const p = feature.properties ?? {};
      if (p.offers != null && !Array.isArray(p.offers)) throw new RowError('offers must be an array of offers');
      const offers = (p.offers as unknown[] | undefined)?.map((o, i) => {
        if (!o || typeof o !== 'object' || Array.isArray(o)) throw new RowError(`offers[${i}] must be an object`);
        const offer = o as Record<string, unknown>;
        return { ...offer, id: optionalText(offer.id) ?? undefined } as OfferCandidate;
      });
      const hours = p.openingHours;
      const exceptions = p.openingExceptions;
      candidates.push({
        where,
        id: optionalText(p.id ?? feature.id) ?? undefined,
        status: optionalText(p.status) ?? undefined,
        input: {
          name: String(p.name ?? ''),
          kind: String(p.kind ?? ''),
          address: String(p.address ?? ''),
          districtCode: String(p.districtCode ?? p.district ?? ''),
          subdistrict: optionalText(p.subdistrict),
          streetCode: optionalText(p.streetCode),
          location: { lat: number(g.coordinates[1], 'latitude'), lng: number(g.coordinates[0], 'longitude'), crs: 'WGS84' },
          amenities: list(p.amenities),
          open24h: bool(p.open24h ?? false, 'open24h'),
          openingHours: Array.isArray(hours) ? (hours as OpeningPeriod[]) : parseOpeningHours(String(hours ?? '')),
          openingExceptions: Array.isArray(exceptions) ? (exceptions as OpeningException[]) : parseOpeningExceptions(String(exceptions ?? '')),
          capacity: optionalInt(p.capacity, 'capacity'),
          operator: String(p.operator ?? ''),
          contactPhone: optionalText(p.contactPhone),
        },
        offers,
      });
    } catch (err) {
      if (!(err instanceof RowError)) throw err;
      problems.push({ where, reason: err.message });
    }
  });
  return { candidates, problems };
}
