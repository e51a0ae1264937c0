/** A worker as this subgraph knows it: a reference to the union's registry, by id. */
export interface WorkerRef {
  id: string;
}
