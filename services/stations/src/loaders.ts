import { groupLoader, rowLoader, type Database } from '@nef/kit';
import { In } from 'typeorm';
import { DistrictEntity } from './entities/district';
import { StationAmenityEntity, StationEntity } from './entities/station';

/** Every loader of the service, made fresh for each request. */
export function createLoaders(db: Database) {
  return {
    station: rowLoader((ids: readonly string[]) => db.manager.findBy(StationEntity, { id: In([...ids]) }), (s) => s.id),
    district: rowLoader((codes: readonly string[]) => db.manager.findBy(DistrictEntity, { code: In([...codes]) }), (d) => d.code),
    amenities: groupLoader(
      (ids: readonly string[]) => db.manager.find(StationAmenityEntity, { where: { stationId: In([...ids]) }, order: { amenity: 'ASC' } }),
      (a) => a.stationId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
