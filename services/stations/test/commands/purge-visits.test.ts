import type { Principal } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { purgeVisits } from '../../src/commands/purge-visits';
import { StationVisitDayEntity, StationVisitEntity } from '../../src/entities';
import { service } from '../../src/server';
import { RECORD_VISIT, STATION_METRICS, VISIT_COUNT, WORKER_VISITS, admin, hoursAgo, stationId, workerId } from '../support';

describe('the visit purge', () => {
  let sg: TestSubgraph;
  const li = workerId('li-na');
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());
  const count = async (id: string, from?: string, to?: string) => dataOf(await sg.query(VISIT_COUNT, { id, from, to })).station.visitCount as number;
  const visitsOf = (id: string, p: Principal, first?: number) => sg.query(WORKER_VISITS, { r: [{ __typename: 'Worker', id }], first }, p);

  it('purges raw rows past the retention and keeps every count', async () => {
    const s = stationId('tz-canal');
    for (let i = 0; i < 4; i++) dataOf(await sg.query(RECORD_VISIT, { s, w: li, at: hoursAgo(24 * 10 + i), k: `old-${i}` }, admin));
    dataOf(await sg.query(RECORD_VISIT, { s, w: li, k: 'recent' }, admin));
    const countBefore = await count(s);
    const metricsBefore = dataOf(await sg.query(STATION_METRICS, { code: '110112' }, admin)).district.stationMetrics.visits;
    const rollupBefore = await sg.db.manager.find(StationVisitDayEntity, { where: { stationId: s }, order: { day: 'ASC' } });

    const purged = await purgeVisits(sg.db, 7, new Date(), 2);
    expect(purged).toBeGreaterThanOrEqual(4);
    expect(await sg.db.manager.countBy(StationVisitEntity, { stationId: s, workerId: li })).toBe(1);
    expect(await count(s)).toBe(countBefore);
    expect(dataOf(await sg.query(STATION_METRICS, { code: '110112' }, admin)).district.stationMetrics.visits).toBe(metricsBefore);
    expect(await sg.db.manager.find(StationVisitDayEntity, { where: { stationId: s }, order: { day: 'ASC' } })).toEqual(rollupBefore);
    const liVisits = dataOf(await visitsOf(li, admin, 100))._entities[0].stationVisits;
    expect(liVisits.every((v: any) => Date.parse(v.at) > Date.now() - 7 * 86_400_000)).toBe(true);
    expect(await purgeVisits(sg.db, 7, new Date())).toBe(0);
  });
});
