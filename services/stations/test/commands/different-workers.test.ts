import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { StationVisitEntity } from '../../src/entities';
import { service } from '../../src/server';
import { CREATE, RECORD_VISIT, VISIT_COUNT, admin, stationInput } from '../support';

/**
 * Visits of different workers at the same moment, as the partners' apps send them at the start
 * of a shift: none fails and none deadlocks on MySQL, where they run concurrently, also when
 * each is the first of its day at its station (the daily counts start then). SQLite runs them
 * one at a time and must answer the same.
 */

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const COUNT = 40;
/** The error codes among the answers: none when every one succeeded. */
const failures = (results: GraphQLResponse[]) => results.flatMap(errorCodes);
const visitCount = async (id: string) => dataOf(await sg.query(VISIT_COUNT, { id })).station.visitCount as number;
const newStation = async (i: number) =>
  dataOf(await sg.query(CREATE, { input: stationInput({ name: `测试驿站 ${i}`, open24h: true, openingHours: [], districtCode: i % 2 ? '110105' : '110108' }) }, admin)).createStation.id as string;

describe(`${COUNT} different workers at once`, () => {
  let deadlocks = 0;
  beforeEach(() => {
    deadlocks = sg.db.deadlocks;
  });
  afterEach(() => {
    expect(sg.db.deadlocks - deadlocks).toBe(0);
  });

  it('each visit a station of their own, the first visit of the day there', async () => {
    const stations: string[] = [];
    for (let i = 0; i < COUNT; i++) stations.push(await newStation(i));
    const workers = Array.from({ length: COUNT }, () => newId());
    const results = await Promise.all(workers.map((w, i) => sg.query(RECORD_VISIT, { s: stations[i], w, k: newId() }, admin)));
    expect(failures(results)).toEqual([]);
    expect(await Promise.all(stations.map(visitCount))).toEqual(stations.map(() => 1));
  });

  it('visit one station, on days it has not counted yet', async () => {
    const station = await newStation(0);
    const workers = Array.from({ length: COUNT }, () => newId());
    const days = (i: number) => new Date(Date.now() - (i % 8) * 86_400_000).toISOString();
    const results = await Promise.all(workers.map((w, i) => sg.query(RECORD_VISIT, { s: station, w, at: days(i) }, admin)));
    expect(failures(results)).toEqual([]);
    expect(await sg.db.manager.count(StationVisitEntity, { where: { stationId: station } })).toBe(COUNT);
    expect(await visitCount(station)).toBe(COUNT);
  });
});
