import { newId, type Database } from '@nef/kit';
import { DistrictEntity, StationAmenityEntity, StationEntity, type StationRow } from '../entities';
import { newStationRows, unknownDistrict, validateNewStation, type CreateStationInput } from '../rules/station-input';

/** Adds a station: checked with createStation's rules and the district catalogue, written in one transaction. */
export async function createStation(db: Database, input: CreateStationInput, now: Date): Promise<StationRow> {
  const station = validateNewStation(input);
  const { row, amenities } = newStationRows(station, newId(), now);
  await db.transaction(async (em) => {
    if (!(await em.existsBy(DistrictEntity, { code: station.districtCode }))) throw unknownDistrict(station.districtCode);
    await em.insert(StationEntity, row);
    if (amenities.length) await em.insert(StationAmenityEntity, amenities);
  });
  return row;
}
