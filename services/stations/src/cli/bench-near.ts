/**
 * npm run bench-near -w @nef/stations -- [--points 200] [--radius 1500] [--seed 7] [--amenity MICROWAVE] [--open-now]
 *
 * Times stationsNear (the query and the exact-distance pass the resolver runs) at random
 * points around the generated national data set's cities, and prints median, p95 and max.
 */
import { performance } from 'node:perf_hooks';
import { openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { seededRandom } from '@nef/kit/seed';
import { StationEntity } from '../entities';
import type { StationFilter } from '../queries/station-filter';
import { stationsNear } from '../queries/stations-near';
import { NATIONAL_AREAS, pickArea } from '@nef/kit/seed';
import { service } from '../server';

runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), ['points', 'radius', 'seed', 'amenity']);
  const points = Number(flags.get('points') ?? 200);
  const radius = Number(flags.get('radius') ?? 1500);
  const rand = seededRandom(Number(flags.get('seed') ?? 7));
  const filter: StationFilter = {};
  if (typeof flags.get('amenity') === 'string') filter.amenities = [String(flags.get('amenity'))];
  if (flags.has('open-now')) filter.openNow = true;
  const db = await openCommandDatabase(service);
  try {
    const stations = await db.manager.count(StationEntity);
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < points + 10; i++) {
      const area = pickArea(rand, NATIONAL_AREAS);
      const center = { lat: area.lat + ((rand() - 0.5) * area.spreadKm) / 111, lng: area.lng + ((rand() - 0.5) * area.spreadKm) / 95 };
      const t0 = performance.now();
      const near = await stationsNear(db, center, radius, filter, 20, new Date());
      const ms = performance.now() - t0;
      // The first ten warm the caches and the connection pool.
      if (i >= 10) {
        times.push(ms);
        found += near.length;
      }
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(
      `${db.engine}: ${stations} stations, ${points} points, radius ${radius} m${filter.amenities ? `, amenity ${filter.amenities[0]}` : ''}${filter.openNow ? ', open now' : ''}: ` +
        `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times[times.length - 1]!.toFixed(1)} ms, ${(found / points).toFixed(1)} stations found on average`,
    );
  } finally {
    await db.close();
  }
});
