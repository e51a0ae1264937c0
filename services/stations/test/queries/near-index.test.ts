import { distanceMeters } from '@nef/kit';
import { seededRandom } from '@nef/kit/seed';
import { startTestSubgraph, until, type TestSubgraph } from '@nef/kit/testing';
import { createStation } from '../../src/commands/create-station';
import { updateStation } from '../../src/commands/update-station';
import { StationEntity } from '../../src/entities';
import { AMENITIES, STATION_KINDS } from '../../src/rules/station-input';
import { NearIndex } from '../../src/queries/near-index';
import type { StationFilter } from '../../src/queries/station-filter';
import { stationsNear } from '../../src/queries/stations-near';
import { generate } from '../../src/seed/generate';
import { service } from '../../src/server';

const now = new Date('2026-11-25T12:00:00+08:00');
const brief = (found: { station: { id: string }; distance: number }[]) => found.map((n) => `${n.station.id}@${n.distance}`);

describe('the nearby index', () => {
  let sg: TestSubgraph;
  let places: { lat: number; lng: number; districtCode: string }[];
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
    await generate(sg.db, { scale: 'city', seed: 5, stations: 1500, visitDays: 0, now });
    await generate(sg.db, { scale: 'national', seed: 5, stations: 1500, now });
    places = await sg.db.manager.find(StationEntity, { select: { lat: true, lng: true, districtCode: true } });
  });
  afterAll(() => sg.stop());

  it('finds the same stations in the same order as the database, whatever the radius, filters, page and cursor', async () => {
    const index = new NearIndex(sg.db);
    const rand = seededRandom(11);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
    const some = <T>(list: readonly T[], p: number) => list.filter(() => rand() < p);
    let compared = 0;
    let nonEmpty = 0;
    for (let i = 0; i < 400; i++) {
      const at = pick(places);
      // Near a station (often exactly on one, for ties at distance 0), or a few kilometres off.
      const spread = pick([0, 0.002, 0.02, 0.1]);
      const center = { lat: at.lat + (rand() - 0.5) * spread, lng: at.lng + (rand() - 0.5) * spread };
      const radius = pick([1, 300, 1500, 5000, 20_000]);
      const filter: StationFilter = {};
      if (rand() < 0.3) filter.kinds = some(STATION_KINDS, 0.4);
      if (rand() < 0.3) filter.amenities = some(AMENITIES, 0.2);
      if (rand() < 0.05) filter.amenities = ['NOT_AN_AMENITY'];
      if (rand() < 0.2) filter.open24h = rand() < 0.5;
      if (rand() < 0.3) filter.openAt = new Date(now.getTime() + Math.floor(rand() * 7 * 24 * 60) * 60_000);
      if (rand() < 0.15) filter.openNow = true;
      if (rand() < 0.15) filter.district = at.districtCode;
      if (rand() < 0.1) filter.status = pick(['SUSPENDED', 'CLOSED', 'ACTIVE']);
      const first = pick([1, 5, 20, 100]);
      const fromDb = await stationsNear(sg.db, center, radius, filter, first, now);
      const fromIndex = await stationsNear(sg.db, center, radius, filter, first, now, undefined, { near: index, version: 1 });
      expect(brief(fromIndex)).toEqual(brief(fromDb));
      compared++;
      if (fromDb.length > 0) nonEmpty++;
      // The next page from a cursor in the middle of this one.
      if (fromDb.length > 1) {
        const mid = fromDb[Math.floor(fromDb.length / 2)]!;
        const after = { distance: mid.distance, id: mid.station.id };
        const nextDb = await stationsNear(sg.db, center, radius, filter, first, now, after);
        const nextIndex = await stationsNear(sg.db, center, radius, filter, first, now, after, { near: index, version: 1 });
        expect(brief(nextIndex)).toEqual(brief(nextDb));
      }
    }
    expect(compared).toBe(400);
    // The comparison means something only if most searches find stations.
    expect(nonEmpty).toBeGreaterThan(150);
  });

  it('sees a station created, moved and suspended as soon as the version it is asked for has moved', async () => {
    const index = new NearIndex(sg.db);
    const here = { lat: 22.0, lng: 100.8 };
    const find = async (version: number) => brief(await stationsNear(sg.db, here, 1500, {}, 10, now, undefined, { near: index, version })).map((s) => s.split('@')[0]);
    expect(await find(1)).toEqual([]);
    const station = await createStation(
      sg.db,
      { name: '景洪暖心驿站', kind: 'WARM_STATION', address: '景洪市宣慰大道 1 号', districtCode: '532801', location: here, operator: '景洪市总工会', open24h: true, amenities: ['MICROWAVE'] },
      now,
    );
    // At the version it last read, the index answers from memory; asked for a later one, it reads what changed.
    expect(await find(1)).toEqual([]);
    expect(await find(2)).toEqual([station.id]);
    await updateStation(sg.db, station.id, { location: { lat: 22.03, lng: 100.8 } }, now);
    expect(await find(3)).toEqual([]);
    await updateStation(sg.db, station.id, { location: here }, now);
    expect(await find(4)).toEqual([station.id]);
    await updateStation(sg.db, station.id, { status: 'SUSPENDED' }, now);
    expect(await find(5)).toEqual([]);
  });

  it('catches a write stamped by a clock far behind with its background reload', async () => {
    let wall = Date.now();
    const index = new NearIndex(sg.db, { overlapMs: 60_000, reloadMs: 10 * 60_000, clock: () => wall });
    const here = { lat: 22.5, lng: 101.2 };
    const find = async (version: number) => (await stationsNear(sg.db, here, 1500, {}, 10, now, undefined, { near: index, version })).map((n) => n.station.id);
    expect(await find(1)).toEqual([]);
    // A command on a machine whose clock is a day behind.
    const station = await createStation(
      sg.db,
      { name: '思茅暖心驿站', kind: 'WARM_STATION', address: '普洱市思茅区振兴大道 2 号', districtCode: '530802', location: here, operator: '思茅区总工会', open24h: true, amenities: [] },
      new Date(now.getTime() - 24 * 3600_000),
    );
    expect(await find(2)).toEqual([]);
    wall += 11 * 60_000;
    // The search that finds the grid older than reloadMs starts the reload and answers from the old grid.
    await find(2);
    await until(async () => (await find(2)).includes(station.id));
    expect(await find(2)).toEqual([station.id]);
  });

  it('answers from the grid without reading it again while the version stays', async () => {
    const index = new NearIndex(sg.db);
    const center = { lat: places[0]!.lat, lng: places[0]!.lng };
    await stationsNear(sg.db, center, 1500, {}, 20, now, undefined, { near: index, version: 7 });
    const before = sg.db.statements;
    const found = await stationsNear(sg.db, center, 1500, {}, 20, now, undefined, { near: index, version: 7 });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((n) => Math.abs(distanceMeters(center, n.station) - n.distance) < 1e-6)).toBe(true);
    // One read: the page's rows by primary key.
    expect(sg.db.statements - before).toBe(1);
  });
});

