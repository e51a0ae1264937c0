import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoWorkerId } from '../../src/seed/demo';
import { service } from '../../src/server';
import { ENTITIES, WORKER, admin, dashboard, partner, stationsOperator, unionOperator, workerRef } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const wangQiang = demoWorkerId('wang-qiang'); // MEITUAN mt-10001, 13800138001
const liNa = demoWorkerId('li-na'); // ELEME ele-20001
const chenJing = demoWorkerId('chen-jing'); // MEITUAN mt-10002 and ELEME ele-20002

const BY_ACCOUNT = `query($platform: ID!, $externalId: String!) { workerByPlatformAccount(platform: $platform, externalId: $externalId) { id name phone } }`;
const ACTING = `{ actingWorker { id name isUnionMember } }`;

describe('phones by role', () => {
  it('masks phones for partners', async () => {
    const res = dataOf(await sg.query(WORKER, { id: wangQiang }, partner('MEITUAN')));
    expect(res.worker.phone).toBe('138****8001');
  });

  it('shows phones whole to union operators and admins', async () => {
    for (const p of [unionOperator, admin]) {
      expect(dataOf(await sg.query(WORKER, { id: wangQiang }, p)).worker.phone).toBe('13800138001');
    }
  });
});

describe('which workers a partner reaches', () => {
  it('reads a worker with an account on its platform, with only that platform’s account', async () => {
    const res = dataOf(await sg.query(WORKER, { id: chenJing }, partner('ELEME')));
    expect(res.worker).toMatchObject({ name: '陈静', isUnionMember: true });
    expect(res.worker.platformAccounts).toEqual([expect.objectContaining({ externalId: 'ele-20002' })]);
  });

  it('cannot read another platform’s worker through worker(id)', async () => {
    const res = await sg.query(WORKER, { id: liNa }, partner('MEITUAN'));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data?.worker ?? null).toBeNull();
  });

  it('gets the same FORBIDDEN for an id that does not exist, so existence does not leak', async () => {
    const missing = await sg.query(WORKER, { id: newId() }, partner('MEITUAN'));
    const other = await sg.query(WORKER, { id: liNa }, partner('MEITUAN'));
    expect(errorCodes(missing)).toEqual(['FORBIDDEN']);
    expect(missing.errors?.[0]?.message).toBe(other.errors?.[0]?.message);
  });

  it('cannot read another platform’s worker through an _entities reference', async () => {
    const res = await sg.query(
      `query($r:[_Any!]!){ _entities(representations:$r){ ... on Worker { name } } }`,
      { r: [workerRef(liNa)] },
      partner('MEITUAN'),
    );
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(res.data?._entities).toEqual([null]);
  });

  it('resolves its own workers by reference, and the others in the same batch stay hidden', async () => {
    const res = await sg.query(ENTITIES, { r: [workerRef(wangQiang), workerRef(liNa), workerRef(newId())] }, partner('MEITUAN'));
    expect(res.data?._entities[0]).toMatchObject({ id: wangQiang, name: '王强', phone: '138****8001' });
    expect(res.data?._entities.slice(1)).toEqual([null, null]);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });

  it('looks up accounts on its own platform, and not on another', async () => {
    const own = dataOf(await sg.query(BY_ACCOUNT, { platform: 'MEITUAN', externalId: 'mt-10001' }, partner('MEITUAN')));
    expect(own.workerByPlatformAccount).toEqual({ id: wangQiang, name: '王强', phone: '138****8001' });
    const none = dataOf(await sg.query(BY_ACCOUNT, { platform: 'MEITUAN', externalId: 'mt-missing' }, partner('MEITUAN')));
    expect(none.workerByPlatformAccount).toBeNull();
    const other = await sg.query(BY_ACCOUNT, { platform: 'ELEME', externalId: 'ele-20001' }, partner('MEITUAN'));
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
  });

  it('lets union staff look up any platform’s account', async () => {
    for (const p of [admin, unionOperator]) {
      const res = dataOf(await sg.query(BY_ACCOUNT, { platform: 'ELEME', externalId: 'ele-20001' }, p));
      expect(res.workerByPlatformAccount).toMatchObject({ id: liNa, phone: '13900139002' });
    }
  });

  it('answers actingWorker with the worker the partner acts for, and null without one', async () => {
    expect(dataOf(await sg.query(ACTING, {}, partner('MEITUAN', wangQiang))).actingWorker).toEqual({
      id: wangQiang,
      name: '王强',
      isUnionMember: true,
    });
    expect(dataOf(await sg.query(ACTING, {}, partner('MEITUAN'))).actingWorker).toBeNull();
    expect(dataOf(await sg.query(ACTING, {}, admin)).actingWorker).toBeNull();
  });
});

describe('roles without personal data', () => {
  for (const [label, p] of [
    ['anonymous callers', undefined],
    ['dashboards', dashboard],
    ['other domains’ operators', stationsOperator],
  ] as const) {
    it(`keeps workers from ${label}`, async () => {
      expect(errorCodes(await sg.query(WORKER, { id: wangQiang }, p))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(ENTITIES, { r: [workerRef(wangQiang)] }, p))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(BY_ACCOUNT, { platform: 'MEITUAN', externalId: 'mt-10001' }, p))).toEqual([
        'FORBIDDEN',
      ]);
    });
  }
});

describe('union staff', () => {
  it('get null for a worker that does not exist', async () => {
    for (const p of [admin, unionOperator]) {
      const res = await sg.query(WORKER, { id: newId() }, p);
      expect(res.errors).toBeUndefined();
      expect(res.data?.worker).toBeNull();
    }
  });

  it('get null for a reference to a missing worker', async () => {
    const res = await sg.query(ENTITIES, { r: [workerRef(newId())] }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?._entities).toEqual([null]);
  });
});
