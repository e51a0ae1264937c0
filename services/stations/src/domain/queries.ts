import { badUserInput, boundingBox, distanceMeters, type Database, type LatLng } from '@nef/kit';
import type { SelectQueryBuilder } from 'typeorm';
import { StationEntity, type StationRow } from '../entities/station';

export interface StationFilter {
  district?: string | null;
  kinds?: string[] | null;
  amenities?: string[] | null;
  open24h?: boolean | null;
  status?: string | null;
  search?: string | null;
}

/** The widest 15-minute circle we search: a bike covers about 5 km in 15 minutes; 20 km allows drivers. */
export const MAX_RADIUS_METERS = 20_000;

/** LIKE with '!' as the escape character: MySQL and SQLite read a backslash literal differently. */
function escapeLike(s: string): string {
  return s.replace(/[!%_]/g, (c) => `!${c}`);
}

/** Applies a filter to a query on `stations s`. */
export function applyFilter(qb: SelectQueryBuilder<StationRow>, filter: StationFilter | null | undefined): SelectQueryBuilder<StationRow> {
  if (!filter) return qb;
  if (filter.district) qb.andWhere('s.district_code = :district', { district: filter.district });
  if (filter.kinds?.length) qb.andWhere('s.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter.open24h != null) qb.andWhere('s.open_24h = :open24h', { open24h: filter.open24h });
  if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
  const amenities = [...new Set(filter.amenities ?? [])];
  if (amenities.length) {
    qb.andWhere(
      `s.id IN (SELECT a.station_id FROM station_amenities a WHERE a.amenity IN (:...amenities) GROUP BY a.station_id HAVING COUNT(*) = :amenityCount)`,
      { amenities, amenityCount: amenities.length },
    );
  }
  const search = filter.search?.trim();
  if (search) {
    qb.andWhere(`(LOWER(s.name) LIKE :q ESCAPE '!' OR LOWER(s.address) LIKE :q ESCAPE '!')`, {
      q: `%${escapeLike(search.toLowerCase())}%`,
    });
  }
  return qb;
}

/** One page of stations in id order, and how many match in all. */
export async function listStations(db: Database, filter: StationFilter | null | undefined, first: number, after: string | undefined) {
  const base = () => applyFilter(db.manager.getRepository(StationEntity).createQueryBuilder('s'), filter);
  const page = base().orderBy('s.id', 'ASC').take(first + 1);
  if (after) page.andWhere('s.id > :after', { after });
  const [rows, total] = await Promise.all([page.getMany(), base().getCount()]);
  return { rows, total };
}

/**
 * Stations within `radius` metres of a WGS-84 point, nearest first. The database reads only the
 * bounding box (an index range on lat, lng); exact great-circle distances are computed here.
 */
export async function stationsNear(db: Database, center: LatLng, radius: number, filter: StationFilter | null | undefined, first: number) {
  if (!Number.isInteger(radius) || radius < 1 || radius > MAX_RADIUS_METERS) {
    throw badUserInput(`radiusMeters must be from 1 to ${MAX_RADIUS_METERS}, got ${radius}`, { field: 'radiusMeters' });
  }
  const box = boundingBox(center, radius);
  const qb = applyFilter(db.manager.getRepository(StationEntity).createQueryBuilder('s'), { status: 'ACTIVE', ...stripNulls(filter) })
    .andWhere('s.lat BETWEEN :minLat AND :maxLat', { minLat: box.minLat, maxLat: box.maxLat })
    .andWhere('s.lng BETWEEN :minLng AND :maxLng', { minLng: box.minLng, maxLng: box.maxLng });
  return (await qb.getMany())
    .map((station) => ({ station, distance: distanceMeters(center, station) }))
    .filter((n) => n.distance <= radius)
    .sort((a, b) => a.distance - b.distance || (a.station.id < b.station.id ? -1 : 1))
    .slice(0, first);
}

function stripNulls(filter: StationFilter | null | undefined): StationFilter {
  return Object.fromEntries(Object.entries(filter ?? {}).filter(([, v]) => v != null));
}
