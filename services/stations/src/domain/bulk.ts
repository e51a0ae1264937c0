import type { EntityManager } from 'typeorm';
import { StationAmenityEntity, StationEntity, type StationAmenityRow, type StationRow } from '../entities/station';

/** Rows per multi-row INSERT: well under SQLite's 32,766 bound parameters at 17 columns. */
const CHUNK = 500;

/** Inserts stations and their amenities with multi-row INSERTs, in the caller's transaction. */
export async function insertStations(em: EntityManager, stations: StationRow[], amenities: StationAmenityRow[]): Promise<void> {
  for (let i = 0; i < stations.length; i += CHUNK) await em.insert(StationEntity, stations.slice(i, i + CHUNK));
  for (let i = 0; i < amenities.length; i += CHUNK * 4) await em.insert(StationAmenityEntity, amenities.slice(i, i + CHUNK * 4));
}
