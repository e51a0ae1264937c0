import { newId, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { StationVisitEntity } from '../../src/entities';
import { service } from '../../src/server';
import { CREATE, RECORD_VISIT, STATION_METRICS, VISIT_COUNT, admin, hoursAgo, stationInput, unionOperator } from '../support';

const partnerFor = (workerId: string): Principal => ({ role: 'partner', platform: 'MEITUAN', keyId: 'k', workerId });
const VISITS_PAGE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { id stationVisitsConnection(first: 10) { edges { node { id } } pageInfo { hasNextPage } } } } }`;
const WORKER_VISITS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { id stationVisits(first: 50) { id at station { id name } } } } }`;

describe('a worker’s rights over their check-ins', () => {
  let sg: TestSubgraph;
  let station: string;
  let other: string;
  const wang = newId();
  const li = newId();
  beforeAll(async () => {
    sg = await startTestSubgraph(service);
    station = dataOf(await sg.query(CREATE, { input: stationInput({ name: '望京骑手之家', districtCode: '110105' }) }, admin)).createStation.id;
    other = dataOf(await sg.query(CREATE, { input: stationInput({ name: '中关村驿站', districtCode: '110108' }) }, admin)).createStation.id;
    for (const [s, at] of [
      [station, hoursAgo(30)],
      [other, hoursAgo(20)],
      [station, hoursAgo(2)],
    ] as const) {
      dataOf(await sg.query(RECORD_VISIT, { s, at, k: `k-${at}` }, partnerFor(wang)));
    }
    dataOf(await sg.query(RECORD_VISIT, { s: station, w: li, at: hoursAgo(5) }, admin));
  });
  afterAll(() => sg.stop());

  const visitsOf = async (w: string, p: Principal = admin) => dataOf(await sg.query(WORKER_VISITS, { r: [{ __typename: 'Worker', id: w }] }, p))._entities[0].stationVisits as any[];
  const count = async (id: string) => dataOf(await sg.query(VISIT_COUNT, { id })).station.visitCount as number;
  const districtVisits = async (code: string) => dataOf(await sg.query(STATION_METRICS, { code }, admin)).district.stationMetrics.visits as number;

  it('exports every check-in of the worker with the station’s name, newest first, and nobody else’s', async () => {
    const res = await sg.privacy('export', wang, partnerFor(wang));
    expect(res.status).toBe(200);
    expect(res.body.service).toBe('stations');
    const visits = res.body.data.visits as any[];
    expect(visits.map((v) => [v.stationId, v.stationName])).toEqual([
      [station, '望京骑手之家'],
      [other, '中关村驿站'],
      [station, '望京骑手之家'],
    ]);
    expect(visits.map((v) => v.id).sort()).toEqual((await visitsOf(wang)).map((v) => v.id).sort());
    expect(Object.keys(visits[0]).sort()).toEqual(['at', 'districtCode', 'id', 'idempotencyKey', 'recordedAt', 'stationAddress', 'stationId', 'stationName']);
    expect(visits[0].at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(JSON.stringify(res.body)).not.toContain(li);
  });

  it('exports an empty list for a worker without check-ins', async () => {
    const res = await sg.privacy('export', newId(), admin);
    expect(res).toEqual({ status: 200, body: { service: 'stations', data: { visits: [] } } });
  });

  it('lists the audited reads of the worker’s visits, and not those of another worker', async () => {
    await visitsOf(wang, partnerFor(wang));
    await visitsOf(li, admin);
    const res = await sg.privacy('accessLog', wang, unionOperator);
    expect(res.status).toBe(200);
    const entries = res.body.entries as any[];
    expect(entries).toContainEqual(expect.objectContaining({ service: 'stations', field: 'Worker.stationVisits', subjectId: wang, role: 'partner', platform: 'MEITUAN' }));
    expect(entries.every((e) => e.subjectId === wang)).toBe(true);
  });

  it('refuses a partner acting for another worker (403) and a body without a worker id (400)', async () => {
    expect((await sg.privacy('export', wang, partnerFor(li))).status).toBe(403);
    expect((await sg.privacy('close', wang, partnerFor(li))).status).toBe(403);
    expect((await sg.privacy('accessLog', wang, partnerFor(li))).status).toBe(403);
    expect((await sg.privacy('export', 'not-a-worker', admin)).status).toBe(400);
    expect(await sg.db.manager.countBy(StationVisitEntity, { workerId: wang })).toBe(3);
  });

  it('closes: deletes the worker’s check-ins only, keeps the visit figures, and a second close changes nothing', async () => {
    const before = { station: await count(station), other: await count(other), chaoyang: await districtVisits('110105'), haidian: await districtVisits('110108') };
    expect(before).toEqual({ station: 3, other: 1, chaoyang: 3, haidian: 1 });

    const res = await sg.privacy('close', wang, partnerFor(wang));
    expect(res).toEqual({ status: 200, body: { service: 'stations', closed: { visitsDeleted: 3 } } });
    expect(await sg.db.manager.countBy(StationVisitEntity, { workerId: wang })).toBe(0);
    expect(await sg.db.manager.countBy(StationVisitEntity, { workerId: li })).toBe(1);
    expect({ station: await count(station), other: await count(other), chaoyang: await districtVisits('110105'), haidian: await districtVisits('110108') }).toEqual(before);

    // The lists that showed the visits still answer, empty.
    expect(await visitsOf(wang, partnerFor(wang))).toEqual([]);
    const page = await sg.query(VISITS_PAGE, { r: [{ __typename: 'Worker', id: wang }] }, admin);
    expect(errorCodes(page)).toEqual([]);
    expect(dataOf(page)._entities[0].stationVisitsConnection).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
    expect((await sg.privacy('export', wang, admin)).body.data).toEqual({ visits: [] });
    expect(await visitsOf(li)).toHaveLength(1);

    expect((await sg.privacy('close', wang, admin)).body.closed).toEqual({ visitsDeleted: 0 });
  });

  it('leaves no half of a check-in recorded while the account closes: each visit is counted, and kept or deleted whole', async () => {
    const w = newId();
    dataOf(await sg.query(RECORD_VISIT, { s: station, at: hoursAgo(1) }, partnerFor(w)));
    const countBefore = await count(station);
    const [closed, ...recorded] = await Promise.all([
      sg.privacy('close', w, admin),
      ...Array.from({ length: 8 }, (_, i) => sg.query(RECORD_VISIT, { s: station, at: hoursAgo(1), k: `race-${i}` }, partnerFor(w))),
    ]);
    expect(recorded.flatMap((r) => errorCodes(r))).toEqual([]);
    expect(closed.status).toBe(200);
    const left = await sg.db.manager.countBy(StationVisitEntity, { workerId: w });
    expect(closed.body.closed.visitsDeleted + left).toBe(9);
    expect(closed.body.closed.visitsDeleted).toBeGreaterThanOrEqual(1);
    expect(await count(station)).toBe(countBefore + 8);
  });
});
