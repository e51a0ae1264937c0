/**
 * npm run bench-near -w @nef/stations -- [--points 200] [--seed 7] [--radius 1500 [--amenity MICROWAVE] [--open-now]]
 *
 * Times stationsNear as the resolver runs it (the search, then the page's rows) at random
 * points around the generated national data set's cities, and prints median, p95 and max for
 * the in-memory index and for the database's bounding-box query. Without --radius it runs the
 * three cases the service is held to: 1.5 km; 5 km with an amenity and open now; 20 km.
 */
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openCommandDatabase, parseArgs, runCli } from '@nef/kit/cli';
import { NATIONAL_AREAS, pickArea, seededRandom } from '@nef/kit/seed';
import { StationEntity } from '../entities';
import { NearIndex } from '../queries/near-index';
import type { StationFilter } from '../queries/station-filter';
import { stationsNear } from '../queries/stations-near';
import { service } from '../server';

interface Case {
  radius: number;
  filter: StationFilter;
}

runCli(async () => {
  const { flags } = parseArgs(process.argv.slice(2), ['points', 'radius', 'seed', 'amenity']);
  const points = Number(flags.get('points') ?? 200);
  const seed = Number(flags.get('seed') ?? 7);
  const cases: Case[] = flags.has('radius')
    ? [
        {
          radius: Number(flags.get('radius')),
          filter: {
            ...(typeof flags.get('amenity') === 'string' ? { amenities: [String(flags.get('amenity'))] } : {}),
            ...(flags.has('open-now') ? { openNow: true } : {}),
          },
        },
      ]
    : [
        { radius: 1500, filter: {} },
        { radius: 5000, filter: { amenities: ['MICROWAVE'], openNow: true } },
        { radius: 20_000, filter: {} },
      ];
  const db = await openCommandDatabase(service);
  try {
    const stations = await db.manager.count(StationEntity);
    const index = new NearIndex(db, { reloadMs: 0 });
    // What the index keeps, not the garbage its load leaves: collect before reading the heap.
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    await index.load(1);
    const loadMs = performance.now() - t0;
    gc();
    const heapMb = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
    console.log(`${db.engine}: ${stations} stations; index loaded in ${Math.round(loadMs)} ms, holding about ${Math.max(0, heapMb).toFixed(0)} MB of heap`);
    for (const c of cases) {
      for (const way of ['index', 'database'] as const) {
        // The same points for both ways.
        const rand = seededRandom(seed);
        const times: number[] = [];
        let found = 0;
        for (let i = 0; i < points + 10; i++) {
          const area = pickArea(rand, NATIONAL_AREAS);
          const center = { lat: area.lat + ((rand() - 0.5) * area.spreadKm) / 111, lng: area.lng + ((rand() - 0.5) * area.spreadKm) / 95 };
          const now = new Date();
          const t = performance.now();
          const near = await stationsNear(db, center, c.radius, c.filter, 20, now, undefined, way === 'index' ? { near: index, version: 1 } : undefined);
          const ms = performance.now() - t;
          // The first ten warm the caches and the connection pool.
          if (i >= 10) {
            times.push(ms);
            found += near.length;
          }
        }
        times.sort((a, b) => a - b);
        const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
        const filters = [c.filter.amenities ? `amenity ${c.filter.amenities[0]}` : '', c.filter.openNow ? 'open now' : ''].filter(Boolean).join(', ');
        console.log(
          `  ${String(c.radius / 1000).padStart(4)} km${filters ? ` (${filters})` : ''}, ${way.padEnd(8)}: ` +
            `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times[times.length - 1]!.toFixed(2)} ms, ${(found / points).toFixed(1)} of 20 found on average (${points} points)`,
        );
      }
    }
  } finally {
    await db.close();
  }
});
