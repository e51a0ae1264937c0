import { badUserInput, requireDistrictCode, type Database } from '@nef/kit';
import type { SelectQueryBuilder } from 'typeorm';
import { StationEntity, type StationRow } from '../entities';
import { mayBeOpenSql } from '../rules/opening-hours';
import { AMENITIES, STATION_KINDS } from '../rules/station-input';

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

/** LIKE with '!' as the escape character: MySQL and SQLite read a backslash literal differently. */
function escapeLike(s: string): string {
  return s.replace(/[!%_]/g, (c) => `!${c}`);
}

/** The instant the filter asks about, if any (openNow means the time of the request). */
export function openInstant(filter: StationFilter | null | undefined, now: Date): Date | null {
  if (filter?.openAt) return filter.openAt;
  return filter?.openNow ? now : null;
}

/** A query on the stations table, aliased `s` (the alias applyFilter writes to). */
export const stationQuery = (db: Database) => db.manager.getRepository(StationEntity).createQueryBuilder('s');

/**
 * Applies the SQL part of a filter to a query on `stations s`. Opening hours are checked in
 * code afterwards (see isStationOpen); here an openAt or openNow filter only narrows to the
 * status that can be open.
 */
export function applyFilter(qb: SelectQueryBuilder<StationRow>, filter: StationFilter | null | undefined): SelectQueryBuilder<StationRow> {
  if (!filter) return qb;
  const district = checkStationFilter(filter);
  if (district) qb.andWhere('s.district_code = :district', { district });
  // An empty list of kinds is no restriction, as clients often send one for "any".
  if (filter.kinds?.length) qb.andWhere('s.kind IN (:...kinds)', { kinds: [...new Set(filter.kinds)] });
  if (filter.open24h != null) qb.andWhere('s.open_24h = :open24h', { open24h: filter.open24h });
  if (filter.status) qb.andWhere('s.status = :status', { status: filter.status });
  if (filter.openAt || filter.openNow) qb.andWhere(mayBeOpenSql('s'));
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

/**
 * Refuses a filter no search can answer (more kinds or amenities than exist, a malformed
 * district code) and returns the district code checked, if any: a well-formed code without
 * stations finds none.
 */
export function checkStationFilter(filter: StationFilter): string | undefined {
  if ((filter.kinds?.length ?? 0) > STATION_KINDS.length) {
    throw badUserInput(`filter.kinds may hold at most ${STATION_KINDS.length} kinds, got ${filter.kinds!.length}`, { field: 'filter.kinds' });
  }
  if ((filter.amenities?.length ?? 0) > AMENITIES.length) {
    throw badUserInput(`filter.amenities may hold at most ${AMENITIES.length} amenities, got ${filter.amenities!.length}`, {
      field: 'filter.amenities',
    });
  }
  return filter.district ? requireDistrictCode('filter.district', filter.district) : undefined;
}
