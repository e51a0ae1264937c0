/**
 * Entities other subgraphs own, as this one receives and returns them: a key, nothing else. What
 * anyone may read about them (a worker's name, a station's hours) is their owner's to answer.
 */
export interface WorkerRef {
  __typename?: 'Worker';
  id: string;
}

export interface StationRef {
  __typename?: 'Station';
  id: string;
}

export interface DistrictRef {
  __typename?: 'District';
  code: string;
}

export interface RegionRef {
  __typename?: 'Region';
  code: string;
}

export const workerRef = (id: string): WorkerRef => ({ __typename: 'Worker', id });
export const stationRef = (id: string): StationRef => ({ __typename: 'Station', id });
export const districtRef = (code: string): DistrictRef => ({ __typename: 'District', code });
