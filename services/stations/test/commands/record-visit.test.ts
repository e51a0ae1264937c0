import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { StationVisitEntity } from '../../src/entities';
import { service } from '../../src/server';
import {
  RECORD_VISIT,
  VISIT_COUNT,
  admin,
  anonymous,
  chaoyangOperator,
  dashboard,
  haidianOperator,
  hoursAgo,
  meituanForWang,
  meituanNotActing,
  stationId,
  unionOperator,
  workerId,
} from '../support';

describe('recordVisit', () => {
  let sg: TestSubgraph;
  const wang = workerId('wang-qiang');
  const li = workerId('li-na');
  const wangjing = stationId('cy-wangjing');
  const zhongguancun = stationId('hd-zhongguancun');
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());
  const record = (vars: Record<string, unknown>, p: Principal) => sg.query(RECORD_VISIT, vars, p);
  const count = async (id: string, from?: string, to?: string) => dataOf(await sg.query(VISIT_COUNT, { id, from, to })).station.visitCount as number;

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
