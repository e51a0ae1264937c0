/** Entities of other subgraphs as this one sees them: the key a reference carries and a resolver returns to point at one. */

/** A district of the stations catalogue, by its GB/T 2260 code. */
export interface DistrictRef {
  __typename?: 'District';
  code: string;
}

/** A region of the stations catalogue (the nation, a province, a city, a county or a street), by its code. */
export interface RegionRef {
  __typename?: 'Region';
  code: string;
}
