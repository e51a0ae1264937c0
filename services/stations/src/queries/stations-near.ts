import { boundingBox, distanceMeters, requireIntInRange, type Database, type LatLng } from '@nef/kit';
import type { StationRow } from '../entities';
import { isStationOpen } from '../rules/opening-hours';
import type { NearIndex } from './near-index';
import { applyFilter, checkStationFilter, openInstant, stationQuery, type StationFilter } from './station-filter';

/** The widest 15-minute circle we search: a bike covers about 5 km in 15 minutes; 20 km allows drivers. */
export const MAX_RADIUS_METERS = 20_000;

/**
 * Stations within `radius` metres of a WGS-84 point, nearest first.
 *
 * With `index` (the service passes its in-memory NearIndex and the data version it must
 * reflect), the index finds the page and the database is read only for those rows, by primary
 * key. Without one, or for a text search (which the index does not hold), the database reads
 * the bounding box (an index range on lat, lng) with the SQL filters, and exact great-circle
 * distances and opening hours (openAt, or openNow at `now`) are checked here. Both ways give
 * the same stations in the same order.
 */
export async function stationsNear(
  db: Database,
  center: LatLng,
  radius: number,
  filter: StationFilter | null | undefined,
  first: number,
  now: Date,
  /** Only stations after this one in the order (distance, then id): the next page of a connection. */
  after?: { distance: number; id: string },
  index?: { near: NearIndex; version: number },
): Promise<{ station: StationRow; distance: number }[]> {
  requireIntInRange('radiusMeters', radius, 1, MAX_RADIUS_METERS);
  const at = openInstant(filter, now);
  const f: StationFilter = { status: 'ACTIVE', ...stripNulls(filter) };
  const district = checkStationFilter(f);
  if (index && !f.search?.trim()) {
    const hits = await index.near.search(
      index.version,
      now,
      center,
      radius,
      {
        status: f.status!,
        district,
        // An empty list of kinds is no restriction, as in the SQL filter.
        kinds: f.kinds?.length ? new Set(f.kinds) : undefined,
        open24h: f.open24h ?? undefined,
        amenities: f.amenities ? [...new Set(f.amenities)] : undefined,
        openAt: at,
      },
      first,
      after,
    );
    if (hits.length === 0) return [];
    const ids = hits.map((h) => h.id);
    const rows = new Map((await stationQuery(db).where('s.id IN (:...ids)', { ids }).getMany()).map((r) => [r.id, r]));
    return hits.flatMap((h) => {
      const station = rows.get(h.id);
      return station ? [{ station, distance: h.distance }] : [];
    });
  }
  const box = boundingBox(center, radius);
  const qb = applyFilter(stationQuery(db), f)
    .andWhere('s.lat BETWEEN :minLat AND :maxLat', { minLat: box.minLat, maxLat: box.maxLat })
    .andWhere('s.lng BETWEEN :minLng AND :maxLng', { minLng: box.minLng, maxLng: box.maxLng });
  return (await qb.getMany())
    .map((station) => ({ station, distance: distanceMeters(center, station) }))
    .filter((n) => n.distance <= radius && (!at || isStationOpen(n.station, at)))
    .filter((n) => !after || n.distance > after.distance || (n.distance === after.distance && n.station.id > after.id))
    .sort((a, b) => a.distance - b.distance || (a.station.id < b.station.id ? -1 : 1))
    .slice(0, first);
}

/** The cursor of a station in stationsNear's order: its exact distance and id. */
export const nearCursorKey = (n: { distance: number; station: { id: string } }) => `${n.distance}|${n.station.id}`;

/** Reads a stationsNear cursor key back; null when it is not one this API made. */
export function parseNearCursorKey(key: string): { distance: number; id: string } | null {
  const m = /^(\d+(?:\.\d+)?(?:e[-+]?\d+)?)\|([0-9a-f-]{36})$/.exec(key);
  return m ? { distance: Number(m[1]), id: m[2]! } : null;
}

function stripNulls(filter: StationFilter | null | undefined): StationFilter {
  return Object.fromEntries(Object.entries(filter ?? {}).filter(([, v]) => v != null));
}
