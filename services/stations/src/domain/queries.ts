import { badUserInput, boundingBox, distanceMeters, type Database, type LatLng } from '@nef/kit';
import type { SelectQueryBuilder } from 'typeorm';
import { StationEntity, type StationRow } from '../entities/station';
import { isStationOpen } from './open';
import { AMENITIES, STATION_KINDS } from './station-input';

export interface StationFilter {
  district?: string | null;
  kinds?: string[] | null;
  amenities?: string[] | null;
  open24h?: boolean | null;
  openAt?: Date | null;
  /** Shorthand for openAt: now. */
  openNow?: boolean | null;
  status?: string | null;
  search?: string | null;
}

/** The widest 15-minute circle we search: a bike covers about 5 km in 15 minutes; 20 km allows drivers. */
export const MAX_RADIUS_METERS = 20_000;

/** How many rows the openAt filter reads per round while filling a page. */
const OPEN_AT_BATCH = 200;

/** LIKE with '!' as the escape character: MySQL and SQLite read a backslash literal differently. */
function escapeLike(s: string): string {
  return s.replace(/[!%_]/g, (c) => `!${c}`);
}

/** The instant the filter asks about, if any (openNow means the time of the request). */
export function openInstant(filter: StationFilter | null | undefined, now = new Date()): Date | null {
  if (filter?.openAt) return filter.openAt;
  return filter?.openNow ? now : null;
}

/**
 * Applies the SQL part of a filter to a query on `stations s`. Opening hours are checked in
 * code afterwards (see isStationOpen); here an openAt filter only narrows to ACTIVE stations,
 * the one status that can be open.
 */
export function applyFilter(qb: SelectQueryBuilder<StationRow>, filter: StationFilter | null | undefined): SelectQueryBuilder<StationRow> {
  if (!filter) return qb;
  if ((filter.kinds?.length ?? 0) > STATION_KINDS.length) {
    throw badUserInput(`filter.kinds may hold at most ${STATION_KINDS.length} kinds, got ${filter.kinds!.length}`, { field: 'filter.kinds' });
  }
  if ((filter.amenities?.length ?? 0) > AMENITIES.length) {
    throw badUserInput(`filter.amenities may hold at most ${AMENITIES.length} amenities, got ${filter.amenities!.length}`, {
      field: 'filter.amenities',
    });
  }
  if (filter.district) qb.andWhere('s.district_code = :district', { district: filter.district });
  // An empty list of kinds is no restriction, as clients often send one for "any".
  if (filter.kinds?.length) qb.andWhere('s.kind IN (:...kinds)', { kinds: [...new Set(filter.kinds)] });
  if (filter.open24h != null) qb.andWhere('s.open_24h = :open24h', { open24h: filter.open24h });
  if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
  if (openInstant(filter)) qb.andWhere(`s.status = 'ACTIVE'`);
  // One primary-key probe per candidate row and amenity: cheap after the bounding box or
  // district has narrowed the rows, unlike a GROUP BY over every station with the amenity.
  [...new Set(filter.amenities ?? [])].forEach((amenity, i) => {
    qb.andWhere(`EXISTS (SELECT 1 FROM station_amenities a${i} WHERE a${i}.station_id = s.id AND a${i}.amenity = :amenity${i})`, {
      [`amenity${i}`]: amenity,
    });
  });
  const search = filter.search?.trim();
  if (search) {
    qb.andWhere(`(LOWER(s.name) LIKE :q ESCAPE '!' OR LOWER(s.address) LIKE :q ESCAPE '!')`, {
      q: `%${escapeLike(search.toLowerCase())}%`,
    });
  }
  return qb;
}

const stationQuery = (db: Database) => db.manager.getRepository(StationEntity).createQueryBuilder('s');

/**
 * One page of stations in id order (`first + 1` rows, the last only telling that more exist)
 * and a lazy total. With openAt, rows are read in id-ordered batches and kept when open, until
 * the page is full, so a page never skips or repeats a station.
 */
export async function listStations(
  db: Database,
  filter: StationFilter | null | undefined,
  first: number,
  after: string | undefined,
  batchSize = OPEN_AT_BATCH,
) {
  const at = openInstant(filter);
  const base = () => applyFilter(stationQuery(db), filter);
  let rows: StationRow[];
  if (!at) {
    const page = base().orderBy('s.id', 'ASC').take(first + 1);
    if (after) page.andWhere('s.id > :after', { after });
    rows = await page.getMany();
  } else {
    rows = [];
    let cursor = after;
    for (;;) {
      const q = base().orderBy('s.id', 'ASC').take(batchSize);
      if (cursor) q.andWhere('s.id > :after', { after: cursor });
      const batch = await q.getMany();
      for (const s of batch) {
        if (isStationOpen(s, at)) rows.push(s);
        if (rows.length > first) break;
      }
      if (rows.length > first || batch.length < batchSize) break;
      cursor = batch[batch.length - 1]!.id;
    }
  }
  const total = async () => {
    if (!at) return base().getCount();
    const hours = await base().select(['s.id', 's.status', 's.open24h', 's.openingHours', 's.openingExceptions']).getMany();
    return hours.filter((s) => isStationOpen(s, at)).length;
  };
  return { rows, total };
}

/**
 * Stations within `radius` metres of a WGS-84 point, nearest first. The database reads only the
 * bounding box (an index range on lat, lng) with the SQL filters; exact great-circle distances
 * and opening hours are checked here.
 */
export async function stationsNear(db: Database, center: LatLng, radius: number, filter: StationFilter | null | undefined, first: number) {
  if (!Number.isInteger(radius) || radius < 1 || radius > MAX_RADIUS_METERS) {
    throw badUserInput(`radiusMeters must be from 1 to ${MAX_RADIUS_METERS}, got ${radius}`, { field: 'radiusMeters' });
  }
  const at = openInstant(filter);
  const box = boundingBox(center, radius);
  const qb = applyFilter(stationQuery(db), { status: 'ACTIVE', ...stripNulls(filter) })
    .andWhere('s.lat BETWEEN :minLat AND :maxLat', { minLat: box.minLat, maxLat: box.maxLat })
    .andWhere('s.lng BETWEEN :minLng AND :maxLng', { minLng: box.minLng, maxLng: box.maxLng });
  return (await qb.getMany())
    .map((station) => ({ station, distance: distanceMeters(center, station) }))
    .filter((n) => n.distance <= radius && (!at || isStationOpen(n.station, at)))
    .sort((a, b) => a.distance - b.distance || (a.station.id < b.station.id ? -1 : 1))
    .slice(0, first);
}

function stripNulls(filter: StationFilter | null | undefined): StationFilter {
  return Object.fromEntries(Object.entries(filter ?? {}).filter(([, v]) => v != null));
}
