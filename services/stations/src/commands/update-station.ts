import type { Database } from '@nef/kit';
import { StationAmenityEntity, StationEntity, type StationRow } from '../entities';
import { applyUpdate, newStationRows, type UpdateStationInput } from '../rules/station-input';

/**
 * Changes the fields given, in one transaction holding the station's row: the merged station
 * is checked like a new one; amenities given replace the old set.
 */
export async function updateStation(db: Database, id: string, patch: UpdateStationInput, now: Date): Promise<StationRow> {
  return db.transaction(async (em) => {
    const q = em.getRepository(StationEntity).createQueryBuilder('s').where('s.id = :id', { id });
    if (db.lockMode) q.setLock(db.lockMode);
    const current = (await q.getOne())!;
    const amenities = (await em.findBy(StationAmenityEntity, { stationId: id })).map((a) => a.amenity);
    const { station, status, amenitiesChanged } = applyUpdate(current, amenities, patch);
    const next = newStationRows(station, current.id, current.createdAt, status);
    next.row.updatedAt = now;
    const { id: _id, createdAt: _created, ...fields } = next.row;
    await em.update(StationEntity, { id: current.id }, fields);
    if (amenitiesChanged) {
      await em.delete(StationAmenityEntity, { stationId: current.id });
      if (next.amenities.length) await em.insert(StationAmenityEntity, next.amenities);
    }
    return next.row;
  });
}
