import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { purgeVisits } from '../src/domain/visits';
import { StationVisitDayEntity, StationVisitEntity } from '../src/entities/visit';
import { service } from '../src/service';
import {
  admin,
  anonymous,
  chaoyangOperator,
  dashboard,
  elemeForLi,
  haidianOperator,
  meituanForWang,
  meituanNotActing,
  stationId,
  unionOperator,
  workerId,
} from './fixtures';

const RECORD = `mutation($s: ID!, $w: ID, $at: DateTime, $k: String) {
  recordVisit(stationId: $s, workerId: $w, at: $at, idempotencyKey: $k) { id at station { id name } worker { id } } }`;
const VISITS = `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on Worker { id stationVisits(first: $first) { id at station { id name } } } } }`;
const COUNT = `query($id: ID!, $from: DateTime, $to: DateTime) { station(id: $id) { visitCount(from: $from, to: $to) } }`;
const METRICS = `query($code: ID!, $from: DateTime, $to: DateTime) { district(code: $code) { stationMetrics(from: $from, to: $to) { stations open24h byKind { kind count } visits } } }`;

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describe('station visits', () => {
  let sg: TestSubgraph;
  const wang = workerId('wang-qiang');
  const li = workerId('li-na');
  const wangjing = stationId('cy-wangjing');
  const zhongguancun = stationId('hd-zhongguancun');
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());
  const record = (vars: Record<string, unknown>, p: Principal) => sg.query(RECORD, vars, p);
  const count = async (id: string, from?: string, to?: string) => dataOf(await sg.query(COUNT, { id, from, to })).station.visitCount as number;
  const visitsOf = (id: string, p: Principal, first?: number) => sg.query(VISITS, { r: [{ __typename: 'Worker', id }], first }, p);

  describe('recordVisit', () => {
    it('records a check-in for the worker the partner acts for', async () => {
      const before = await count(wangjing);
      const v = dataOf(await record({ s: wangjing, k: 'mt-checkin-1' }, meituanForWang)).recordVisit;
      expect(v).toMatchObject({ station: { id: wangjing, name: '望京骑手之家' }, worker: { id: wang } });
      expect(await count(wangjing)).toBe(before + 1);
    });

    it('lets a stations operator of the district or an admin record for a named worker', async () => {
      expect(dataOf(await record({ s: wangjing, w: li }, chaoyangOperator)).recordVisit.worker.id).toBe(li);
      expect(dataOf(await record({ s: zhongguancun, w: li }, admin)).recordVisit.worker.id).toBe(li);
    });

    it('refuses a partner naming another worker, an operator outside the district, and callers who are not partners or operators', async () => {
      expect(errorCodes(await record({ s: wangjing, w: li }, meituanForWang))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await record({ s: wangjing, w: li }, haidianOperator))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await record({ s: wangjing, w: li }, unionOperator))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await record({ s: wangjing, w: li }, dashboard))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await record({ s: wangjing, w: li }, anonymous))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await record({ s: wangjing }, meituanNotActing))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await record({ s: wangjing }, chaoyangOperator))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await record({ s: wangjing, w: 'not-an-id' }, admin))).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses a time in the future or beyond the retention, an unknown station and a suspended one', async () => {
      expect(errorCodes(await record({ s: wangjing, at: new Date(Date.now() + 3_600_000).toISOString() }, meituanForWang))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await record({ s: wangjing, at: hoursAgo(24 * 181) }, meituanForWang))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await record({ s: '00000000-0000-0000-0000-000000000000' }, meituanForWang))).toEqual(['NOT_FOUND']);
      const guomao = stationId('cy-guomao');
      await sg.query(`mutation($id: ID!) { updateStation(id: $id, input: { status: SUSPENDED }) { id } }`, { id: guomao }, admin);
      expect(errorCodes(await record({ s: guomao }, meituanForWang))).toEqual(['CONFLICT']);
      await sg.query(`mutation($id: ID!) { updateStation(id: $id, input: { status: ACTIVE }) { id } }`, { id: guomao }, admin);
    });

    it('counts 20 concurrent calls with the same key once and returns the same visit to each', async () => {
      const before = await count(wangjing);
      const rows = async () => sg.db.manager.countBy(StationVisitEntity, { workerId: wang, idempotencyKey: 'burst-1' });
      const results = await Promise.all(Array.from({ length: 20 }, () => record({ s: wangjing, k: 'burst-1' }, meituanForWang)));
      const ids = new Set(results.map((r) => dataOf(r).recordVisit.id));
      expect(ids.size).toBe(1);
      expect(await rows()).toBe(1);
      expect(await count(wangjing)).toBe(before + 1);
      // A retry later still answers with the first visit.
      expect(dataOf(await record({ s: wangjing, k: 'burst-1' }, meituanForWang)).recordVisit.id).toBe([...ids][0]);
      expect(await count(wangjing)).toBe(before + 1);
    });

    it('counts 20 concurrent check-ins with different keys exactly 20 times in the daily rollup', async () => {
      const before = await count(zhongguancun);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => record({ s: zhongguancun, w: li, k: `op-${i}` }, admin)));
      expect(results.flatMap((r) => errorCodes(r))).toEqual([]);
      expect(await count(zhongguancun)).toBe(before + 20);
    });

    it('refuses to reuse a key for a visit to another station', async () => {
      dataOf(await record({ s: wangjing, k: 'same-key' }, meituanForWang));
      expect(errorCodes(await record({ s: stationId('cy-sanlitun'), k: 'same-key' }, meituanForWang))).toEqual(['CONFLICT']);
    });

    it('keeps keys per worker: another worker may use the same key', async () => {
      const a = dataOf(await record({ s: wangjing, w: li, k: 'shared-key' }, chaoyangOperator)).recordVisit;
      const b = dataOf(await record({ s: wangjing, w: wang, k: 'shared-key' }, chaoyangOperator)).recordVisit;
      expect(a.id).not.toBe(b.id);
    });
  });

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

    it('gives anyone the counts, and no field of Station leads to who visited', async () => {
      expect(await count(wangjing)).toBeGreaterThan(0);
      const fields = dataOf(await sg.query(`{ __type(name: "Station") { fields { name type { name ofType { name ofType { name ofType { name } } } } } } }`)).__type.fields;
      const typeNames = JSON.stringify(fields);
      expect(typeNames).not.toContain('StationVisit');
      expect(typeNames).not.toContain('"Worker"');
    });

    it('reads visits of many workers in a fixed number of SQL statements', async () => {
      const workers = ['wang-qiang', 'li-na', 'zhang-wei', 'liu-yang', 'chen-jing', 'zhao-lei'].map(workerId);
      const statements = async (n: number) => {
        const before = sg.db.statements;
        dataOf(await sg.query(VISITS, { r: workers.slice(0, n).map((id) => ({ __typename: 'Worker', id })), first: 5 }, admin));
        return sg.db.statements - before;
      };
      expect(await statements(6)).toBe(await statements(2));
    });
  });

  describe('counts by day and the purge', () => {
    it('counts per Asia/Shanghai day; a to at local midnight leaves that day out', async () => {
      const s = stationId('xc-xidan');
      const day = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
      const at = (time: string) => new Date(`${day}T${time}+08:00`).toISOString();
      for (const [i, time] of ['00:00:00', '12:00:00', '23:59:59'].entries()) {
        dataOf(await record({ s, w: wang, at: at(time), k: `day-${i}` }, admin));
      }
      expect(await count(s, at('00:00:00'), at('23:59:59'))).toBe(3);
      expect(await count(s, at('10:00:00'), at('11:00:00'))).toBe(3);
      const nextMidnight = new Date(Date.parse(at('00:00:00')) + 86_400_000).toISOString();
      expect(await count(s, at('00:00:00'), nextMidnight)).toBe(3);
      expect(await count(s, nextMidnight)).toBe(0);
      expect(await count(s, undefined, at('00:00:00'))).toBe(0);
      expect(errorCodes(await sg.query(COUNT, { id: s, from: nextMidnight, to: at('00:00:00') }))).toEqual(['BAD_USER_INPUT']);
    });

    it('purges raw rows past the retention and keeps every count', async () => {
      const s = stationId('tz-canal');
      for (let i = 0; i < 4; i++) dataOf(await record({ s, w: li, at: hoursAgo(24 * 10 + i), k: `old-${i}` }, admin));
      dataOf(await record({ s, w: li, k: 'recent' }, admin));
      const countBefore = await count(s);
      const metricsBefore = dataOf(await sg.query(METRICS, { code: '110112' }, admin)).district.stationMetrics.visits;
      const rollupBefore = await sg.db.manager.find(StationVisitDayEntity, { where: { stationId: s }, order: { day: 'ASC' } });

      const purged = await purgeVisits(sg.db, 7, new Date(), 2);
      expect(purged).toBeGreaterThanOrEqual(4);
      expect(await sg.db.manager.countBy(StationVisitEntity, { stationId: s, workerId: li })).toBe(1);
      expect(await count(s)).toBe(countBefore);
      expect(dataOf(await sg.query(METRICS, { code: '110112' }, admin)).district.stationMetrics.visits).toBe(metricsBefore);
      expect(await sg.db.manager.find(StationVisitDayEntity, { where: { stationId: s }, order: { day: 'ASC' } })).toEqual(rollupBefore);
      const liVisits = dataOf(await visitsOf(li, admin, 100))._entities[0].stationVisits;
      expect(liVisits.every((v: any) => Date.parse(v.at) > Date.now() - 7 * 86_400_000)).toBe(true);
      expect(await purgeVisits(sg.db, 7)).toBe(0);
    });
  });

  describe('District.stationMetrics', () => {
    it('counts active stations, 24h stations, stations by kind and visits in the period', async () => {
      const m = dataOf(await sg.query(METRICS, { code: '110105' }, dashboard)).district.stationMetrics;
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
      const future = dataOf(await sg.query(METRICS, { code: '110105', from: '2099-01-01T00:00:00+08:00' }, dashboard)).district.stationMetrics;
      expect(future.visits).toBe(0);
      expect(future.stations).toBe(m.stations);
    });

    it('is for admins, dashboards and stations operators within their districts', async () => {
      expect(errorCodes(await sg.query(METRICS, { code: '110108' }, dashboard))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(METRICS, { code: '110108' }, chaoyangOperator))).toEqual(['FORBIDDEN']);
      expect(dataOf(await sg.query(METRICS, { code: '110108' }, haidianOperator)).district.stationMetrics.stations).toBeGreaterThan(0);
      for (const p of [meituanForWang, anonymous, unionOperator]) expect(errorCodes(await sg.query(METRICS, { code: '110105' }, p))).toEqual(['FORBIDDEN']);
    });

    it('answers metrics for every district in a fixed number of statements', async () => {
      const q = `{ districts { code stationMetrics { stations visits } } }`;
      const before = sg.db.statements;
      const all = dataOf(await sg.query(q, {}, admin)).districts;
      expect(all).toHaveLength(16);
      expect(sg.db.statements - before).toBeLessThanOrEqual(3);
    });
  });

  describe('batching of station fields', () => {
    it('reads offers and visit counts for 3 or 14 stations in the same number of statements', async () => {
      const ids = dataOf(await sg.query(`{ stations(first: 100) { edges { node { id } } } }`)).stations.edges.map((e: any) => e.node.id);
      const statements = async (n: number) => {
        const before = sg.db.statements;
        dataOf(
          await sg.query(
            `query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { name offers { title } visitCount amenities district { name } } } }`,
            { r: ids.slice(0, n).map((id: string) => ({ __typename: 'Station', id })) },
          ),
        );
        return sg.db.statements - before;
      };
      expect(await statements(14)).toBe(await statements(3));
    });
  });
});
