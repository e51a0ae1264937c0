import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoWorkerId } from '../../src/seed/demo';
import { PlatformAccountEntity } from '../../src/entities';
import { service } from '../../src/server';
import { REGISTER, admin, dashboard, freshPhone, partner, stationsOperator, unionOperator } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const LINK = `mutation($workerId: ID!, $platform: ID!, $externalId: String!, $phone: String) {
  linkPlatformAccount(workerId: $workerId, platform: $platform, externalId: $externalId, phone: $phone) {
    id phone platformAccounts { platform { code } externalId }
  }
}`;

const accountsOf = (workerId: string) => sg.db.manager.find(PlatformAccountEntity, { where: { workerId } });

async function staffRegistered(phone = freshPhone()): Promise<{ id: string; phone: string }> {
  const input = { name: '吴芳', phone, occupation: 'COURIER', districtCode: '110108' };
  return { id: dataOf(await sg.query(REGISTER, { input }, unionOperator)).registerWorker.id, phone };
}

describe('linking platform accounts', () => {
  it('lets union staff link any platform’s account, idempotently', async () => {
    const w = await staffRegistered();
    const res = dataOf(await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'didi-9001' }, unionOperator));
    expect(res.linkPlatformAccount.platformAccounts).toEqual([{ platform: { code: 'DIDI' }, externalId: 'didi-9001' }]);
    dataOf(await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'didi-9001' }, admin));
    expect(await accountsOf(w.id)).toHaveLength(1);
  });

  it('lets a partner link a worker it finds by phone, and then see the worker (masked)', async () => {
    const w = await staffRegistered();
    const res = dataOf(
      await sg.query(LINK, { workerId: w.id, platform: 'ELEME', externalId: 'ele-9002', phone: w.phone }, partner('ELEME')),
    );
    expect(res.linkPlatformAccount.phone).toBe(`${w.phone.slice(0, 3)}****${w.phone.slice(-4)}`);
    expect(res.linkPlatformAccount.platformAccounts).toEqual([{ platform: { code: 'ELEME' }, externalId: 'ele-9002' }]);
  });

  it('refuses a partner that neither sees the worker nor gives the right phone, the same way for a missing worker', async () => {
    const w = await staffRegistered();
    const wrong = await sg.query(LINK, { workerId: w.id, platform: 'ELEME', externalId: 'ele-9003', phone: freshPhone() }, partner('ELEME'));
    const none = await sg.query(LINK, { workerId: w.id, platform: 'ELEME', externalId: 'ele-9003' }, partner('ELEME'));
    const missing = await sg.query(LINK, { workerId: newId(), platform: 'ELEME', externalId: 'ele-9003', phone: w.phone }, partner('ELEME'));
    for (const res of [wrong, none, missing]) expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(missing.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(await accountsOf(w.id)).toHaveLength(0);
  });

  it('keeps a partner to its own platform', async () => {
    const w = await staffRegistered();
    const res = await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'didi-9004', phone: w.phone }, partner('ELEME'));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await accountsOf(w.id)).toHaveLength(0);
  });

  it('is CONFLICT when the account belongs to another worker', async () => {
    const w = await staffRegistered();
    const res = await sg.query(LINK, { workerId: w.id, platform: 'MEITUAN', externalId: 'mt-10001' }, admin);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(await accountsOf(w.id)).toHaveLength(0);
  });

  it('is CONFLICT when the worker already has another account on that platform', async () => {
    const wang = demoWorkerId('wang-qiang');
    expect(errorCodes(await sg.query(LINK, { workerId: wang, platform: 'MEITUAN', externalId: 'mt-99999' }, partner('MEITUAN')))).toEqual([
      'CONFLICT',
    ]);
    expect(errorCodes(await sg.query(LINK, { workerId: wang, platform: 'MEITUAN', externalId: 'mt-99999' }, admin))).toEqual(['CONFLICT']);
    expect((await accountsOf(wang)).map((a) => a.externalId)).toEqual(['mt-10001']);
  });

  it('links once when 20 identical calls race', async () => {
    const w = await staffRegistered();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => sg.query(LINK, { workerId: w.id, platform: 'HUOLALA', externalId: 'hll-9005', phone: w.phone }, partner('HUOLALA'))),
    );
    for (const r of results) dataOf(r);
    expect(await accountsOf(w.id)).toHaveLength(1);
  });

  it('is NOT_FOUND for an unknown platform or worker (staff), BAD_USER_INPUT for bad ids', async () => {
    const w = await staffRegistered();
    expect(errorCodes(await sg.query(LINK, { workerId: w.id, platform: 'NOPE', externalId: 'x-1' }, admin))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await sg.query(LINK, { workerId: newId(), platform: 'DIDI', externalId: 'x-1' }, admin))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'has space' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'd-1', phone: '123' }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses anonymous callers, dashboards and other domains’ operators', async () => {
    const w = await staffRegistered();
    for (const p of [undefined, dashboard, stationsOperator]) {
      expect(errorCodes(await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'didi-9006', phone: w.phone }, p))).toEqual([
        'FORBIDDEN',
      ]);
    }
    expect(await accountsOf(w.id)).toHaveLength(0);
  });
});
