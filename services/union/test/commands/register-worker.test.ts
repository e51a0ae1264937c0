import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { PlatformAccountEntity, WorkerEntity } from '../../src/entities';
import { phones } from '../../src/settings';
import { service } from '../../src/server';
import { REGISTER, admin, dashboard, freshPhone, partner, stationsOperator, unionOperator } from '../support';

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

const workersWithPhone = (phone: string) => sg.db.manager.count(WorkerEntity, { where: { phoneHash: phones.hash(phone) } });

describe('registering workers', () => {
  it('creates the worker and the account on the partner’s platform', async () => {
    const given = input({ phone: '+86 139-0000-1111', platformExternalId: 'mt-77001' });
    const res = dataOf(await sg.query(REGISTER, { input: given }, partner('MEITUAN')));
    expect(res.registerWorker).toMatchObject({
      name: '孙磊',
      phone: '139****1111',
      occupation: 'FOOD_DELIVERY',
      district: { code: '110105' },
      isUnionMember: false,
      membership: null,
      platformAccounts: [{ platform: { code: 'MEITUAN', name: '美团' }, externalId: 'mt-77001' }],
    });
    const stored = await sg.db.manager.findOneByOrFail(WorkerEntity, { id: res.registerWorker.id });
    expect(stored.phoneEnc).not.toContain('13900001111');
    expect(phones.decrypt(stored.phoneEnc)).toBe('13900001111');
    expect(stored.phoneLast4).toBe('1111');
  });

  it('returns the same worker unchanged when the same account registers again', async () => {
    const first = input();
    const a = dataOf(await sg.query(REGISTER, { input: first }, partner('MEITUAN'))).registerWorker;
    const again = { ...first, name: '另一个名字', phone: freshPhone(), districtCode: '110108' };
    const b = dataOf(await sg.query(REGISTER, { input: again }, partner('MEITUAN'))).registerWorker;
    expect(b.id).toBe(a.id);
    expect(b.name).toBe('孙磊');
    expect(b.district.code).toBe('110105');
    expect(await sg.db.manager.count(PlatformAccountEntity, { where: { workerId: a.id } })).toBe(1);
  });

  it('links a second platform’s account to the worker with the same phone', async () => {
    const phone = freshPhone();
    const a = dataOf(await sg.query(REGISTER, { input: input({ phone }) }, partner('MEITUAN'))).registerWorker;
    const b = dataOf(
      await sg.query(REGISTER, { input: input({ phone: `86${phone}`, platformExternalId: 'ele-77002' }) }, partner('ELEME')),
    ).registerWorker;
    expect(b.id).toBe(a.id);
    expect(b.platformAccounts).toEqual([expect.objectContaining({ platform: { code: 'ELEME', name: '饿了么' }, externalId: 'ele-77002' })]);
    expect(await workersWithPhone(phone)).toBe(1);
    expect(await sg.db.manager.count(PlatformAccountEntity, { where: { workerId: a.id } })).toBe(2);
  });

  it('refuses a second account on the same platform for one phone (CONFLICT)', async () => {
    const phone = freshPhone();
    const a = dataOf(await sg.query(REGISTER, { input: input({ phone }) }, partner('MEITUAN'))).registerWorker;
    const res = await sg.query(REGISTER, { input: input({ phone, platformExternalId: 'mt-another' }) }, partner('MEITUAN'));
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(await sg.db.manager.count(PlatformAccountEntity, { where: { workerId: a.id } })).toBe(1);
  });

  it('leaves exactly one worker and one account after 20 identical concurrent registrations', async () => {
    const same = input();
    const results = await Promise.all(Array.from({ length: 20 }, () => sg.query(REGISTER, { input: same }, partner('MEITUAN'))));
    const ids = new Set(results.map((r) => dataOf(r).registerWorker.id));
    expect(ids.size).toBe(1);
    expect(await workersWithPhone(same.phone)).toBe(1);
    expect(
      await sg.db.manager.count(PlatformAccountEntity, { where: { platformCode: 'MEITUAN', externalId: same.platformExternalId } }),
    ).toBe(1);
  });

  it('links exactly once when 20 partners’ calls for one phone race on two platforms', async () => {
    const phone = freshPhone();
    const calls = Array.from({ length: 20 }, (_, i) =>
      i % 2
        ? sg.query(REGISTER, { input: input({ phone, platformExternalId: 'mt-race' }) }, partner('MEITUAN'))
        : sg.query(REGISTER, { input: input({ phone, platformExternalId: 'ele-race' }) }, partner('ELEME')),
    );
    const ids = new Set((await Promise.all(calls)).map((r) => dataOf(r).registerWorker.id));
    expect(ids.size).toBe(1);
    expect(await workersWithPhone(phone)).toBe(1);
    expect(await sg.db.manager.count(PlatformAccountEntity, { where: { workerId: [...ids][0] } })).toBe(2);
  });

  it('registers for the caller’s own platform only: the platform comes from the key, not the input', async () => {
    const res = dataOf(await sg.query(REGISTER, { input: input({ platformExternalId: 'ele-own' }) }, partner('ELEME')));
    expect(res.registerWorker.platformAccounts.map((a: { platform: { code: string } }) => a.platform.code)).toEqual(['ELEME']);
  });

  it('requires partners to name the account on their platform', async () => {
    const res = await sg.query(REGISTER, { input: input({ platformExternalId: null }) }, partner('MEITUAN'));
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.extensions?.field).toBe('platformExternalId');
  });

  it('refuses a partner whose platform is not registered', async () => {
    const phone = freshPhone();
    const res = await sg.query(REGISTER, { input: input({ phone }) }, partner('UNKNOWN_PLATFORM'));
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(await workersWithPhone(phone)).toBe(0);
  });

  it('refuses invalid phones, names and district codes without writing anything', async () => {
    for (const bad of [{ phone: '010-62345678' }, { phone: '1380013800' }, { name: '  ' }, { districtCode: '1101' }]) {
      const given = input(bad);
      const res = await sg.query(REGISTER, { input: given }, partner('MEITUAN'));
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(
        await sg.db.manager.count(PlatformAccountEntity, { where: { externalId: given.platformExternalId as string } }),
      ).toBe(0);
    }
  });

  it('lets admins and union operators register without an account, idempotently per phone', async () => {
    const phone = freshPhone();
    const a = dataOf(await sg.query(REGISTER, { input: input({ phone, platformExternalId: null }) }, unionOperator)).registerWorker;
    expect(a.platformAccounts).toEqual([]);
    expect(a.phone).toBe(phone);
    const b = dataOf(await sg.query(REGISTER, { input: input({ phone, platformExternalId: null }) }, admin)).registerWorker;
    expect(b.id).toBe(a.id);
    expect(await workersWithPhone(phone)).toBe(1);
  });

  it('refuses an account id from admins (they have no platform)', async () => {
    const res = await sg.query(REGISTER, { input: input() }, admin);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('forbids anonymous callers, dashboards and other domains’ operators', async () => {
    for (const p of [undefined, dashboard, stationsOperator]) {
      expect(errorCodes(await sg.query(REGISTER, { input: input() }, p))).toEqual(['FORBIDDEN']);
    }
  });
});
