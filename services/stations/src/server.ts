import fs from 'node:fs';
import path from 'node:path';
import { MINUTE_MS, createLogger, systemClock, type Clock, type Database, type Logger, type SubgraphModule } from '@nef/kit';
import { cachePolicy } from './cache';
import { purgeVisits } from './commands/purge-visits';
import { entities } from './entities';
import { GEOJSON_PATH, geojsonRoute } from './http/geojson';
import { HSDS_PATH, hsdsRoute } from './http/hsds';
import { PEER_STATIONS_PATH, peerStationsRoute } from './http/peer-stations';
import { migrations } from './migrations';
import { createLoaders, type Loaders } from './queries/loaders';
import { resolvers } from './resolvers';
import { seedDemo } from './seed/demo';
import { peer, type StationSettings } from './settings';

export const service: SubgraphModule<Loaders> = {
  name: 'stations',
  typeDefs: fs.readFileSync(path.join(__dirname, 'schema.graphql'), 'utf8'),
  resolvers,
  entities,
  migrations,
  createLoaders,
  seedDemo,
  routes: (db) => ({
    [GEOJSON_PATH]: geojsonRoute(db),
    [HSDS_PATH]: hsdsRoute(db),
    [PEER_STATIONS_PATH]: peerStationsRoute(db, () => peer.keys, createLogger('stations')),
  }),
  cache: cachePolicy,
};

/**
 * The visit purge as a background job: purges expired visit rows now and then every
 * `visitPurgeIntervalMinutes`. SubgraphModule has no hook for background jobs, so main.ts
 * starts it once the database is open and migrated. The timer is unref'd so it never keeps the
 * process alive; a failed run is logged and the next one tries again.
 */
export function startVisitPurge(db: Database, log: Logger, settings: StationSettings, clock: Clock = systemClock): () => void {
  const { visitRetentionDays: retentionDays, visitPurgeIntervalMinutes: intervalMinutes } = settings;
  if (intervalMinutes <= 0) return () => {};
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const purged = await purgeVisits(db, retentionDays, clock());
      if (purged) log.info({ purged, retentionDays }, 'purged expired visit rows');
    } catch (err) {
      log.error({ err }, 'visit purge failed');
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), intervalMinutes * MINUTE_MS);
  timer.unref();
  return () => clearInterval(timer);
}
