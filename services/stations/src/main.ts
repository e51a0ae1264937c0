import { createLogger, runSubgraph } from '@nef/kit';
import { settings } from './config';
import { startVisitPurge } from './purge-timer';
import { service } from './service';

// SubgraphModule has no hook for background jobs, so the purge timer starts here, once the
// database is open and migrated.
void runSubgraph(service).then((subgraph) => {
  startVisitPurge(subgraph.db, createLogger('stations'), settings.visitRetentionDays, settings.visitPurgeIntervalMinutes);
});
