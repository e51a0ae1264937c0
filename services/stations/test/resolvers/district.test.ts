import { dataOf, errorCodes, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import {
  STATION_METRICS,
  VISIT_COUNT,
  anonymous,
  chaoyangOperator,
  dashboard,
  haidianOperator,
  meituanForWang,
  unionOperator,
} from '../support';

describe('District', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());
  const count = async (id: string, from?: string, to?: string) => dataOf(await sg.query(VISIT_COUNT, { id, from, to })).station.visitCount as number;

  describe('District.stationMetrics', () => {
    it('counts active stations, 24h stations, stations by kind and visits in the period', async () => {
      const m = dataOf(await sg.query(STATION_METRICS, { code: '110105' }, dashboard)).district.stationMetrics;
      const listed = dataOf(await sg.query(`{ stations(filter: { district: "110105", status: ACTIVE }, first: 100) { edges { node { kind open24h } } } }`)).stations.edges;
      expect(m.stations).toBe(listed.length);
      expect(m.open24h).toBe(listed.filter((e: any) => e.node.open24h).length);
      expect(m.byKind.reduce((s: number, k: any) => s + k.count, 0)).toBe(m.stations);
      expect(m.byKind.find((k: any) => k.kind === 'RIDER_HOME').count).toBe(listed.filter((e: any) => e.node.kind === 'RIDER_HOME').length);
      expect(m.byKind.map((k: any) => k.kind)).toEqual(['WARM_STATION', 'RIDER_HOME', 'PARTY_SERVICE_CENTER', 'UNION_POST', 'DRIVER_HOME', 'FRIENDLY_MERCHANT']);
      const ids = dataOf(await sg.query(`{ stations(filter: { district: "110105" }, first: 100) { edges { node { id } } } }`)).stations.edges.map((e: any) => e.node.id);
      let sum = 0;
      for (const id of ids) sum += await count(id);
      expect(m.visits).toBe(sum);
      // The period is [from, to) and ends now without to: a period in the future names its end.
      const future = dataOf(
        await sg.query(STATION_METRICS, { code: '110105', from: '2099-01-01T00:00:00+08:00', to: '2099-02-01T00:00:00+08:00' }, dashboard),
      ).district.stationMetrics;
      expect(future.visits).toBe(0);
      expect(future.stations).toBe(m.stations);
    });

    it('takes the period [from, to): without to up to now, from after to is BAD_USER_INPUT naming from', async () => {
      const fields = (res: GraphQLResponse) => (res.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.field]);
      expect(fields(await sg.query(STATION_METRICS, { code: '110105', from: '2099-01-01T00:00:00+08:00' }, dashboard))).toEqual([['BAD_USER_INPUT', 'from']]);
      expect(
        fields(await sg.query(STATION_METRICS, { code: '110105', from: '2026-11-02T00:00:00+08:00', to: '2026-11-01T00:00:00+08:00' }, dashboard)),
      ).toEqual([['BAD_USER_INPUT', 'from']]);
      const all = dataOf(await sg.query(STATION_METRICS, { code: '110105' }, dashboard)).district.stationMetrics.visits;
      expect(all).toBeGreaterThan(0);
      const untilNow = dataOf(await sg.query(STATION_METRICS, { code: '110105', to: new Date().toISOString() }, dashboard)).district.stationMetrics.visits;
      expect(untilNow).toBe(all);
      const midnight = '2026-11-01T00:00:00+08:00';
      expect(dataOf(await sg.query(STATION_METRICS, { code: '110105', from: midnight, to: midnight }, dashboard)).district.stationMetrics.visits).toBe(0);
    });

    it('is for admins, dashboards and stations operators within their districts', async () => {
      expect(errorCodes(await sg.query(STATION_METRICS, { code: '110108' }, dashboard))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(STATION_METRICS, { code: '110108' }, chaoyangOperator))).toEqual(['FORBIDDEN']);
      expect(dataOf(await sg.query(STATION_METRICS, { code: '110108' }, haidianOperator)).district.stationMetrics.stations).toBeGreaterThan(0);
      for (const p of [meituanForWang, anonymous, unionOperator]) expect(errorCodes(await sg.query(STATION_METRICS, { code: '110105' }, p))).toEqual(['FORBIDDEN']);
    });
  });
});
