import { createLogger, runSubgraph } from '@nef/kit';
import { service, startVisitPurge } from './server';
import { settings } from './settings';

void runSubgraph(service).then((subgraph) => {
  startVisitPurge(subgraph.db, createLogger('stations'), settings, subgraph.clock);
});
