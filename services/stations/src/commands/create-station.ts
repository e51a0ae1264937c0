import { newId, type Database } from '@nef/kit';
import { StationAmenityEntity, StationEntity, type StationRow } from '../entities';
import { newStationRows, validateNewStation, type CreateStationInput } from '../rules/station-input';
import { ensureDistrictRows } from './district-rows';

/**
 * Adds a station: checked with createStation's rules (a county of the national catalogue, the
 * location inside it, a street of that county), written in one transaction with the district's
 * row when it is the county's first station.
 */
export async function createStation(db: Database, input: CreateStationInput, now: Date): Promise<StationRow> {
  const station = validateNewStation(input);
  const { row, amenities } = newStationRows(station, newId(), now);
  await db.transaction(async (em) => {
    await ensureDistrictRows(em, [station.districtCode]);
    await em.insert(StationEntity, row);
    if (amenities.length) await em.insert(StationAmenityEntity, amenities);
  });
  return row;
}
