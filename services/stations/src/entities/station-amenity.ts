import { EntitySchema } from 'typeorm';
import type { Amenity } from '../rules/station-input';

export interface StationAmenityRow {
  stationId: string;
  amenity: Amenity;
}

/** One row per station and amenity, so "has all of these amenities" is an indexed query. */
export const StationAmenityEntity = new EntitySchema<StationAmenityRow>({
  name: 'StationAmenity',
  tableName: 'station_amenities',
  columns: {
    stationId: { name: 'station_id', type: 'varchar', length: 36, primary: true },
    amenity: { type: 'varchar', length: 32, primary: true },
  },
});
