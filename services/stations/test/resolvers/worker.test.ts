import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import {
  WORKER_VISITS,
  admin,
  anonymous,
  chaoyangOperator,
  dashboard,
  elemeForLi,
  meituanForWang,
  meituanNotActing,
  unionOperator,
  workerId,
} from '../support';

describe('Worker.stationVisits', () => {
  let sg: TestSubgraph;
  const wang = workerId('wang-qiang');
  const li = workerId('li-na');
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());
  const visitsOf = (id: string, p: Principal, first?: number) => sg.query(WORKER_VISITS, { r: [{ __typename: 'Worker', id }], first }, p);

  describe('who sees visits', () => {
    it('shows the acting partner its worker’s visits, newest first', async () => {
      const w = dataOf(await visitsOf(wang, meituanForWang, 50))._entities[0];
      expect(w.stationVisits.length).toBeGreaterThan(0);
      const times = w.stationVisits.map((v: any) => v.at);
      expect(times).toEqual([...times].sort().reverse());
      expect(w.stationVisits[0].station.name).toBeTruthy();
    });

    it('shows stations operators and admins any worker’s visits', async () => {
      expect(dataOf(await visitsOf(li, chaoyangOperator))._entities[0].stationVisits.length).toBeGreaterThan(0);
      expect(dataOf(await visitsOf(li, admin))._entities[0].stationVisits.length).toBeGreaterThan(0);
    });

    it('refuses another platform’s partner, a partner not acting, dashboards, other domains’ operators and anonymous callers', async () => {
      for (const p of [elemeForLi, meituanNotActing, dashboard, unionOperator, anonymous]) {
        expect(errorCodes(await visitsOf(wang, p))).toEqual(['FORBIDDEN']);
      }
    });

    it('honours first and refuses more than 100', async () => {
      expect(dataOf(await visitsOf(wang, admin, 2))._entities[0].stationVisits).toHaveLength(2);
      expect(dataOf(await visitsOf(wang, admin, 0))._entities[0].stationVisits).toHaveLength(0);
      expect(errorCodes(await visitsOf(wang, admin, 101))).toEqual(['BAD_USER_INPUT']);
    });
  });
});
