import { createLogger, runSubgraph } from '@nef/kit';
import { service, startVisitPurge, warmNearIndex } from './server';
import { settings } from './settings';

void runSubgraph(service).then((subgraph) => {
  const log = createLogger('stations');
  startVisitPurge(subgraph.db, log, settings, subgraph.clock);
  warmNearIndex(subgraph.db, log);
});
