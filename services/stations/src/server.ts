import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MINUTE_MS, VersionBook, createLogger, systemClock, type Clock, type Database, type Logger, type SubgraphModule } from '@nef/kit';
import { cachePolicy } from './cache';
import { purgeVisits } from './commands/purge-visits';
import { workerPrivacy } from './commands/worker-privacy';
import { entities } from './entities';
import { GEOJSON_PATH, geojsonRoute } from './http/geojson';
import { HSDS_PATH, hsdsRoute } from './http/hsds';
import { PEER_STATIONS_PATH, peerStationsRoute } from './http/peer-stations';
import { migrations } from './migrations';
import { createLoaders, type Loaders } from './queries/loaders';
import { nearIndexFor } from './queries/near-index';
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
  privacy: workerPrivacy,
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

/**
 * Loads the nearby index (queries/near-index.ts) in the background as the service starts, so
 * the first stationsNear does not wait for it. A failure (say, a schema not yet migrated) is
 * logged; the first search then loads it.
 */
export function warmNearIndex(db: Database, log: Logger): void {
  const t0 = performance.now();
  const index = nearIndexFor(db);
  void new VersionBook(db, ['stations'])
    .current()
    .then((versions) => index.load(versions.get('stations') ?? 0))
    .then(() => log.info({ stations: index.size, ms: Math.round(performance.now() - t0) }, 'nearby index loaded'))
    .catch((err: unknown) => log.warn({ err }, 'nearby index not loaded at start; the first search loads it'));
}
