import fs from 'node:fs';
import path from 'node:path';
import { bulkInsert, nameId, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { parse, validate, type OperationDefinitionNode } from 'graphql';
// The gateway's own measure of an operation and its view of the composed schema: what a query
// is charged is computed by exactly this code before anything runs.
import { clientSchemaOf } from '../../../../gateway/src/cli/contract';
import { analyzeOperation } from '../../../../gateway/src/limits/analyze';
import { DistrictEntity, StationEntity, StationVisitEntity } from '../../src/entities';
import { newStationRows, validateNewStation } from '../../src/rules/station-input';
import { service } from '../../src/server';
import { admin, anonymous, elemeForLi, meituanForWang, stationId, stationInput, workerId } from '../support';

/** Reads every page of a connection, `first` at a time, and returns the nodes in order. */
async function allPages(read: (after: string | null) => Promise<{ edges: { cursor: string; node: any }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page = await read(after);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]!.cursor);
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

describe('lists past 100 items, page by page', () => {
  let sg: TestSubgraph;
  const wang = workerId('wang-qiang');
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
    // 150 more visits of 王强, a second apart, some at the same instant (ties go by id).
    const base = Date.parse('2026-11-01T12:00:00+08:00');
    await bulkInsert(
      sg.db.manager,
      StationVisitEntity,
      Array.from({ length: 150 }, (_, i) => ({
        id: nameId(`test:page-visit:${i}`), stationId: stationId('cy-wangjing'), workerId: wang, at: new Date(base - Math.floor(i / 2) * 1000), idempotencyKey: null, createdAt: new Date(base),
      })),
    );
    // 130 stations in a 300 m square around a point in Chaoyang, and 70 districts of a test city.
    const rows = Array.from({ length: 130 }, (_, i) =>
      newStationRows(validateNewStation(stationInput({ name: `分页站${i}`, districtCode: '110105', open24h: true, openingHours: [], location: { lat: 39.95 + (i % 13) * 0.0002, lng: 116.45 + Math.floor(i / 13) * 0.0002, crs: 'WGS84' } })), nameId(`test:page-station:${i}`), new Date()),
    );
    await bulkInsert(sg.db.manager, StationEntity, rows.map((r) => r.row));
    await bulkInsert(sg.db.manager, DistrictEntity, Array.from({ length: 70 }, (_, i) => ({ code: String(990100 + i), name: `测试${i}区`, nameEn: `Test ${i}`, city: '测试市' })));
  });
  afterAll(() => sg.stop());

  const VISITS = `query($r: [_Any!]!, $first: Int, $after: String) { _entities(representations: $r) { ... on Worker {
    stationVisitsConnection(first: $first, after: $after) { edges { cursor node { id at } } pageInfo { hasNextPage endCursor } } } } }`;
  const visitsPage = async (after: string | null, p: Principal = admin, first = 40) =>
    dataOf(await sg.query(VISITS, { r: [{ __typename: 'Worker', id: wang }], first, after }, p))._entities[0].stationVisitsConnection;

  it('pages a worker’s visits newest first past 100, without gaps or repeats', async () => {
    const all = await allPages((after) => visitsPage(after));
    const stored = await sg.db.manager.find(StationVisitEntity, { where: { workerId: wang }, order: { at: 'DESC', id: 'DESC' } });
    expect(stored.length).toBeGreaterThan(150);
    expect(all.map((v) => v.id)).toEqual(stored.map((v) => v.id));
    // The same pages for the partner acting for him; another partner's worker is not his.
    expect((await allPages((after) => visitsPage(after, meituanForWang, 100))).length).toBe(stored.length);
    for (const p of [elemeForLi, anonymous]) {
      expect(errorCodes(await sg.query(VISITS, { r: [{ __typename: 'Worker', id: wang }] }, p))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await sg.query(VISITS, { r: [{ __typename: 'Worker', id: wang }], after: Buffer.from('c1:2026|x').toString('base64url') }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  const NEAR = `query($after: String, $first: Int) { stationsNearConnection(near: { lat: 39.951, lng: 116.451, crs: WGS84 }, radiusMeters: 2000, first: $first, after: $after) {
    edges { cursor node { distanceMeters station { id } } } pageInfo { hasNextPage endCursor } } }`;

  it('pages the stations around a point nearest first, past the 100 stationsNear stops at', async () => {
    const all = await allPages(async (after) => dataOf(await sg.query(NEAR, { after, first: 45 })).stationsNearConnection);
    expect(all.length).toBeGreaterThanOrEqual(130);
    expect(new Set(all.map((n) => n.station.id)).size).toBe(all.length);
    const distances = all.map((n) => n.distanceMeters);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const plain = dataOf(await sg.query(`{ stationsNear(near: { lat: 39.951, lng: 116.451, crs: WGS84 }, radiusMeters: 2000, first: 100) { station { id } } }`)).stationsNear;
    expect(all.slice(0, 100).map((n) => n.station.id)).toEqual(plain.map((n: any) => n.station.id));
  });

  const DISTRICTS = `query($after: String, $city: String) { districtsConnection(first: 30, after: $after, city: $city) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }`;

  it('pages the district catalogue; the plain list keeps its first 50', async () => {
    const all = await allPages(async (after) => dataOf(await sg.query(DISTRICTS, { after })).districtsConnection);
    const codes = (await sg.db.manager.find(DistrictEntity, { order: { code: 'ASC' } })).map((d) => d.code);
    expect(codes.length).toBe(86);
    expect(all.map((d) => d.code)).toEqual(codes);
    expect(dataOf(await sg.query(DISTRICTS, { city: '测试市' })).districtsConnection.totalCount).toBe(70);
    expect(dataOf(await sg.query(`{ districts { code } }`)).districts.map((d: any) => d.code)).toEqual(codes.slice(0, 50));
    expect(dataOf(await sg.query(`{ districts(city: "北京市") { code } }`)).districts).toHaveLength(16);
  });
});

describe('what the natural stations queries cost at the gateway (limit 5,000)', () => {
  const supergraph = clientSchemaOf(fs.readFileSync(path.join(__dirname, '../../../../gateway/supergraph.graphql'), 'utf8'));
  const cost = (query: string) => {
    const document = parse(query);
    expect(validate(supergraph, document).map((e) => e.message)).toEqual([]);
    return analyzeOperation(supergraph, document, document.definitions[0] as OperationDefinitionNode).cost;
  };

  it('every district with every domain’s figures and breakdowns, at the default page (50; it cost 6,500 at 100)', () => {
    const q = `{ districts { code name stationMetrics { stations open24h byKind { kind count } visits }
      unionMetrics { members joined byOccupation { key count } byPlatform { key count } openCases }
      trainingMetrics { courses enrollments completions certificates byCategory { key count } }
      governanceMetrics { reports resolved byCategory { key count } byStatus { key count } medianHoursToResolve activeVolunteers pointsIssued pointsRedeemed } } }`;
    expect(cost(q)).toBe(50 * 65);
    expect(cost(q.replace('{ districts {', '{ districts(first: 100) {'))).toBeGreaterThan(5000);
    expect(cost(q.replace('{ districts { code', '{ districtsConnection { totalCount edges { node { code').replace(/} } }$/, '} } } } }'))).toBeLessThanOrEqual(5000);
  });

  it('stations with their offers, the circle page by page, a worker’s visits with each station’s offers', () => {
    const stations = `{ stations { edges { node { name offers { title priceCents } offersConnection(statuses: [CURRENT, SCHEDULED]) { edges { node { title status startsAt } } pageInfo { hasNextPage } } } } } }`;
    const near = `{ stationsNearConnection(near: { lat: 39.95, lng: 116.45 }) { edges { node { distanceMeters station { name offersConnection { edges { node { title } } } } } } pageInfo { endCursor } } }`;
    const visits = `{ actingWorker { stationVisitsConnection { edges { node { at station { name offers { title } } } } pageInfo { endCursor } } } }`;
    for (const q of [stations, near, visits]) expect(cost(q)).toBeLessThanOrEqual(5000);
    // The worker, the connection, its page info, 20 edges, 20 visits, their 20 stations, 20 offers each.
    expect(cost(visits)).toBe(1 + 1 + 1 + 20 + 20 + 20 + 20 * 20);
  });
});
