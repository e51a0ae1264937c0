import { dataOf, errorCodes, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { ConsentEntity, PhoneChallengeEntity, PlatformAccountEntity, SmsMessageEntity, WorkerEntity } from '../../src/entities';
import { demoWorkerId } from '../../src/seed/demo';
import { phones } from '../../src/settings';
import { service } from '../../src/server';
import { REGISTER, admin, dashboard, freshPhone, partner, registerAs, stationsOperator, unionOperator } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const input = (over: Record<string, unknown> = {}) => ({
  name: '孙磊',
  phone: freshPhone(),
  occupation: 'FOOD_DELIVERY',
  districtCode: '110105',
  platformExternalId: `mt-${Math.random().toString(36).slice(2, 10)}`,
  ...over,
});
/** What union staff send: they see the worker in person and give no platform account. */
const inPerson = (over: Record<string, unknown> = {}) => input({ platformExternalId: null, ...over });

const workersWithPhone = (phone: string) => sg.db.manager.count(WorkerEntity, { where: { phoneHash: phones.hash(phone) } });

/** Every row a registration, a link or a consent request could leave behind. */
async function rowCounts() {
  const m = sg.db.manager;
  return {
    workers: await m.count(WorkerEntity),
    accounts: await m.count(PlatformAccountEntity),
    consents: await m.count(ConsentEntity),
    challenges: await m.count(PhoneChallengeEntity),
    messages: await m.count(SmsMessageEntity),
  };
}

/** The refusal as a caller reads it: the general code and the reason. */
const refusal = (res: GraphQLResponse) => res.errors?.map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason }));

describe('a partner registering', () => {
  it('gets back the worker its own account is already linked to, unchanged', async () => {
    const first = input({ phone: '+86 139-0000-1111', platformExternalId: 'mt-77001' });
    const made = await registerAs(sg, first, partner('MEITUAN'));
    const again = { ...first, name: '另一个名字', phone: freshPhone(), districtCode: '110108' };
    const res = dataOf(await sg.query(REGISTER, { input: again }, partner('MEITUAN'))).registerWorker;
    expect(res).toMatchObject({
      id: made.id,
      name: '孙磊',
      phone: '139****1111',
      district: { code: '110105' },
      platformAccounts: [{ platform: { code: 'MEITUAN', name: '美团' }, externalId: 'mt-77001' }],
    });
    expect(await sg.db.manager.count(PlatformAccountEntity, { where: { workerId: made.id } })).toBe(1);
    expect(await workersWithPhone(again.phone)).toBe(0);
  });

  it('gets back a worker linked before consents were recorded, by its account', async () => {
    const res = dataOf(await sg.query(REGISTER, { input: input({ phone: '13800138001', platformExternalId: 'mt-10001' }) }, partner('MEITUAN')));
    expect(res.registerWorker).toMatchObject({ id: demoWorkerId('wang-qiang'), name: '王强', phone: '138****8001' });
  });

  it('is refused with CONSENT_REQUIRED for anyone else, the same for a known and an unknown phone, writing nothing', async () => {
    const known = (await registerAs(sg, inPerson(), unionOperator)) as { id: string; phone: string };
    const before = await rowCounts();
    const unknownPhone = freshPhone();
    const forUnknown = await sg.query(REGISTER, { input: input({ phone: unknownPhone, platformExternalId: 'mt-77010' }) }, partner('MEITUAN'));
    const forKnown = await sg.query(REGISTER, { input: input({ phone: known.phone, platformExternalId: 'mt-77010' }) }, partner('MEITUAN'));
    expect(refusal(forUnknown)).toEqual([{ code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' }]);
    // Identical answers, message included: the call tells the platform nothing about the number.
    expect(forKnown.errors).toEqual(forUnknown.errors);
    expect(forKnown.data?.registerWorker ?? null).toBeNull();
    expect(await rowCounts()).toEqual(before);
    expect(await workersWithPhone(unknownPhone)).toBe(0);
    expect(await sg.db.manager.count(PlatformAccountEntity, { where: { workerId: known.id } })).toBe(0);
  });

  it('is refused a second account for a worker it already holds, and another platform’s worker', async () => {
    const phone = freshPhone();
    const held = await registerAs(sg, input({ phone }), partner('MEITUAN'));
    const before = await rowCounts();
    const second = await sg.query(REGISTER, { input: input({ phone, platformExternalId: 'mt-another' }) }, partner('MEITUAN'));
    const otherPlatform = await sg.query(REGISTER, { input: input({ phone, platformExternalId: 'ele-77002' }) }, partner('ELEME'));
    for (const res of [second, otherPlatform]) expect(refusal(res)).toEqual([{ code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' }]);
    expect(await rowCounts()).toEqual(before);
    expect((await sg.db.manager.find(PlatformAccountEntity, { where: { workerId: held.id } })).map((a) => a.platformCode)).toEqual(['MEITUAN']);
  });

  it('is refused another platform’s account id: the platform comes from the key, not the input', async () => {
    // mt-10001 is 王强's account on MEITUAN; ELEME holds no account of that id.
    const res = await sg.query(REGISTER, { input: input({ phone: '13800138001', platformExternalId: 'mt-10001' }) }, partner('ELEME'));
    expect(refusal(res)).toEqual([{ code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' }]);
    expect((await sg.db.manager.find(PlatformAccountEntity, { where: { workerId: demoWorkerId('wang-qiang') } })).map((a) => a.platformCode)).toEqual(['MEITUAN']);
  });

  it('gets the same worker from 20 concurrent calls for its linked account', async () => {
    const given = input();
    const made = await registerAs(sg, given, partner('MEITUAN'));
    const results = await Promise.all(Array.from({ length: 20 }, () => sg.query(REGISTER, { input: given }, partner('MEITUAN'))));
    expect(new Set(results.map((r) => dataOf(r).registerWorker.id))).toEqual(new Set([made.id]));
    expect(await workersWithPhone(given.phone)).toBe(1);
    expect(await sg.db.manager.count(PlatformAccountEntity, { where: { platformCode: 'MEITUAN', externalId: given.platformExternalId } })).toBe(1);
  });

  it('must name the account on its platform', async () => {
    const res = await sg.query(REGISTER, { input: input({ platformExternalId: null }) }, partner('MEITUAN'));
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.field).toBe('platformExternalId');
  });

  it('is refused when its platform is not registered', async () => {
    const phone = freshPhone();
    const res = await sg.query(REGISTER, { input: input({ phone }) }, partner('UNKNOWN_PLATFORM'));
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(await workersWithPhone(phone)).toBe(0);
  });

  it('is refused invalid phones, names and district codes before anything else', async () => {
    for (const bad of [{ phone: '010-62345678' }, { phone: '1380013800' }, { name: '  ' }, { districtCode: '1101' }]) {
      const given = input(bad);
      const res = await sg.query(REGISTER, { input: given }, partner('MEITUAN'));
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(await sg.db.manager.count(PlatformAccountEntity, { where: { externalId: given.platformExternalId as string } })).toBe(0);
    }
  });
});

describe('union staff registering in person', () => {
  it('creates the worker with the phone encrypted, and no platform account', async () => {
    const res = dataOf(await sg.query(REGISTER, { input: inPerson({ phone: '+86 139-0000-2222' }) }, unionOperator));
    expect(res.registerWorker).toMatchObject({
      name: '孙磊',
      phone: '13900002222',
      occupation: 'FOOD_DELIVERY',
      district: { code: '110105' },
      isUnionMember: false,
      membership: null,
      platformAccounts: [],
    });
    const stored = await sg.db.manager.findOneByOrFail(WorkerEntity, { id: res.registerWorker.id });
    expect(stored.phoneEnc).not.toContain('13900002222');
    expect(phones.decrypt(stored.phoneEnc)).toBe('13900002222');
    expect(stored.phoneLast4).toBe('2222');
    expect(await sg.db.manager.count(ConsentEntity, { where: { workerId: stored.id } })).toBe(0);
  });

  it('returns the worker of a phone already registered, unchanged, whoever of them registers it', async () => {
    const phone = freshPhone();
    const a = dataOf(await sg.query(REGISTER, { input: inPerson({ phone }) }, unionOperator)).registerWorker;
    const b = dataOf(await sg.query(REGISTER, { input: inPerson({ phone: `86${phone}`, name: '另一个名字', districtCode: '110108' }) }, admin)).registerWorker;
    expect(b).toMatchObject({ id: a.id, name: '孙磊', district: { code: '110105' } });
    expect(await workersWithPhone(phone)).toBe(1);
  });

  it('returns a worker a partner registered, without touching its accounts', async () => {
    const phone = freshPhone();
    const made = await registerAs(sg, input({ phone }), partner('MEITUAN'));
    const res = dataOf(await sg.query(REGISTER, { input: inPerson({ phone }) }, unionOperator)).registerWorker;
    expect(res.id).toBe(made.id);
    expect(res.platformAccounts).toEqual([expect.objectContaining({ platform: { code: 'MEITUAN', name: '美团' } })]);
  });

  it('leaves exactly one worker after 20 concurrent registrations of one phone', async () => {
    const same = inPerson();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => sg.query(REGISTER, { input: same }, i % 2 ? admin : unionOperator)));
    const ids = new Set(results.map((r) => dataOf(r).registerWorker.id));
    expect(ids.size).toBe(1);
    expect(await workersWithPhone(same.phone)).toBe(1);
  });

  it('is refused an account id (staff hold no platform; they link with linkPlatformAccount)', async () => {
    const given = input();
    for (const p of [admin, unionOperator]) {
      const res = await sg.query(REGISTER, { input: given }, p);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors?.[0]?.extensions?.field).toBe('platformExternalId');
    }
    expect(await workersWithPhone(given.phone)).toBe(0);
  });
});

describe('anyone else registering', () => {
  it('is forbidden: anonymous callers, dashboards and other domains’ operators', async () => {
    for (const p of [undefined, dashboard, stationsOperator]) {
      const given = inPerson();
      expect(errorCodes(await sg.query(REGISTER, { input: given }, p))).toEqual(['FORBIDDEN']);
      expect(await workersWithPhone(given.phone)).toBe(0);
    }
  });
});
