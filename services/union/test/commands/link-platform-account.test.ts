import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { demoWorkerId } from '../../src/seed/demo';
import { ConsentEntity, PlatformAccountEntity } from '../../src/entities';
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
const CONSENTS = `query($id: ID!) { worker(id: $id) { consents { platform { code } scopes method grantedBy revokedAt } } }`;

const accountsOf = (workerId: string) => sg.db.manager.find(PlatformAccountEntity, { where: { workerId } });
const consentRows = (workerId: string) => sg.db.manager.count(ConsentEntity, { where: { workerId } });
const reasonOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.reason;

async function staffRegistered(phone = freshPhone()): Promise<{ id: string; phone: string }> {
  const input = { name: '吴芳', phone, occupation: 'COURIER', districtCode: '110108' };
  return { id: dataOf(await sg.query(REGISTER, { input }, unionOperator)).registerWorker.id, phone };
}

describe('union staff linking', () => {
  it('links any platform’s account, idempotently, recording the worker’s consent as given in person', async () => {
    const w = await staffRegistered();
    const res = dataOf(await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'didi-9001' }, unionOperator));
    expect(res.linkPlatformAccount.platformAccounts).toEqual([{ platform: { code: 'DIDI' }, externalId: 'didi-9001' }]);
    dataOf(await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'didi-9001' }, admin));
    expect(await accountsOf(w.id)).toHaveLength(1);
    expect(dataOf(await sg.query(CONSENTS, { id: w.id }, unionOperator)).worker.consents).toEqual([
      { platform: { code: 'DIDI' }, scopes: ['ACT_FOR_WORKER'], method: 'IN_PERSON', grantedBy: 'operator:union:key-union-ops', revokedAt: null },
    ]);
  });

  it('checks the phone when one is given', async () => {
    const w = await staffRegistered();
    const wrong = await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'didi-9010', phone: freshPhone() }, unionOperator);
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(await accountsOf(w.id)).toHaveLength(0);
    dataOf(await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'didi-9010', phone: w.phone }, unionOperator));
    expect(await accountsOf(w.id)).toHaveLength(1);
  });

  it('is CONFLICT when the account belongs to another worker', async () => {
    const w = await staffRegistered();
    const res = await sg.query(LINK, { workerId: w.id, platform: 'MEITUAN', externalId: 'mt-10001' }, admin);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(await accountsOf(w.id)).toHaveLength(0);
    expect(await consentRows(w.id)).toBe(0);
  });

  it('is CONFLICT when the worker already has another account on that platform', async () => {
    const wang = demoWorkerId('wang-qiang');
    expect(errorCodes(await sg.query(LINK, { workerId: wang, platform: 'MEITUAN', externalId: 'mt-99999' }, admin))).toEqual(['CONFLICT']);
    expect((await accountsOf(wang)).map((a) => a.externalId)).toEqual(['mt-10001']);
  });

  it('links once, with one consent, when 20 identical calls race', async () => {
    const w = await staffRegistered();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => sg.query(LINK, { workerId: w.id, platform: 'HUOLALA', externalId: 'hll-9005', phone: w.phone }, i % 2 ? admin : unionOperator)),
    );
    for (const r of results) expect(dataOf(r).linkPlatformAccount.id).toBe(w.id);
    expect(await accountsOf(w.id)).toHaveLength(1);
    expect(await consentRows(w.id)).toBe(1);
  });

  it('is NOT_FOUND for an unknown platform or worker, BAD_USER_INPUT for bad ids and phones', async () => {
    const w = await staffRegistered();
    expect(errorCodes(await sg.query(LINK, { workerId: w.id, platform: 'NOPE', externalId: 'x-1' }, admin))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await sg.query(LINK, { workerId: newId(), platform: 'DIDI', externalId: 'x-1' }, admin))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'has space' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'd-1', phone: '123' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(await accountsOf(w.id)).toHaveLength(0);
  });
});

describe('a partner linking', () => {
  it('may no longer link by phone: a worker it does not see is plain FORBIDDEN, the same as a missing one', async () => {
    const w = await staffRegistered();
    const right = await sg.query(LINK, { workerId: w.id, platform: 'ELEME', externalId: 'ele-9002', phone: w.phone }, partner('ELEME'));
    const wrong = await sg.query(LINK, { workerId: w.id, platform: 'ELEME', externalId: 'ele-9003', phone: freshPhone() }, partner('ELEME'));
    const none = await sg.query(LINK, { workerId: w.id, platform: 'ELEME', externalId: 'ele-9003' }, partner('ELEME'));
    const missing = await sg.query(LINK, { workerId: newId(), platform: 'ELEME', externalId: 'ele-9003', phone: w.phone }, partner('ELEME'));
    for (const res of [right, wrong, none, missing]) {
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(reasonOf(res)).toBeUndefined();
      expect(res.errors?.[0]?.message).toBe(right.errors?.[0]?.message);
      expect(res.data?.linkPlatformAccount ?? null).toBeNull();
    }
    expect(await accountsOf(w.id)).toHaveLength(0);
    expect(await consentRows(w.id)).toBe(0);
  });

  it('is refused with CONSENT_REQUIRED a new account for a worker it sees', async () => {
    const wang = demoWorkerId('wang-qiang');
    const res = await sg.query(LINK, { workerId: wang, platform: 'MEITUAN', externalId: 'mt-99999', phone: '13800138001' }, partner('MEITUAN'));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(reasonOf(res)).toBe('CONSENT_REQUIRED');
    expect((await accountsOf(wang)).map((a) => a.externalId)).toEqual(['mt-10001']);
  });

  it('may repeat the link it has, changing nothing, and sees the worker masked', async () => {
    const wang = demoWorkerId('wang-qiang');
    const consents = await consentRows(wang);
    const res = dataOf(await sg.query(LINK, { workerId: wang, platform: 'MEITUAN', externalId: 'mt-10001' }, partner('MEITUAN'))).linkPlatformAccount;
    expect(res).toEqual({ id: wang, phone: '138****8001', platformAccounts: [{ platform: { code: 'MEITUAN' }, externalId: 'mt-10001' }] });
    expect((await accountsOf(wang)).map((a) => a.externalId)).toEqual(['mt-10001']);
    expect(await consentRows(wang)).toBe(consents);
  });

  it('is kept to its own platform', async () => {
    const w = await staffRegistered();
    const res = await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'didi-9004', phone: w.phone }, partner('ELEME'));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await accountsOf(w.id)).toHaveLength(0);
  });
});

describe('anyone else linking', () => {
  it('is refused: anonymous callers, dashboards and other domains’ operators', async () => {
    const w = await staffRegistered();
    for (const p of [undefined, dashboard, stationsOperator]) {
      expect(errorCodes(await sg.query(LINK, { workerId: w.id, platform: 'DIDI', externalId: 'didi-9006', phone: w.phone }, p))).toEqual(['FORBIDDEN']);
    }
    expect(await accountsOf(w.id)).toHaveLength(0);
  });
});
