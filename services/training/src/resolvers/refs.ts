/**
 * Entities of other subgraphs as this one sees them: a key (what a reference carries and what
 * a resolver returns to point at one), plus the fields the gateway sends along for `@requires`.
 */

/** A district of the stations catalogue, by its GB/T 2260 code. */
export interface DistrictRef {
  __typename?: 'District';
  code: string;
}

/** A region of the stations catalogue (the nation, a province, a city, a county or a street), by its GB/T 2260 code. */
export interface RegionRef {
  __typename?: 'Region';
  code: string;
}

/** A station of the stations subgraph, by id. */
export interface StationRef {
  __typename?: 'Station';
  id: string;
}

/** A worker of the union registry; `isUnionMember` comes from the union subgraph (@requires). */
export interface WorkerRef {
  __typename?: 'Worker';
  id: string;
  isUnionMember?: boolean | null;
}
