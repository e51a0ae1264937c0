import { nameId } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId, demoWorkerId, seedDemo } from '../../src/seed/demo';
import { ConsentEntity, ConsultationEntity, MembershipEntity, PlatformEntity, UnionBranchEntity, WorkerEntity, PlatformAccountEntity } from '../../src/entities';
import { UnionInit1763800000000 } from '../../src/migrations/1763800000000-union-init';
import { UnionDomain1763900000000 } from '../../src/migrations/1763900000000-union-domain';
import { UnionMetricRollups1764400000000 } from '../../src/migrations/1764400000000-union-metric-rollups';
import { UnionWorkerStreet1766100000000 } from '../../src/migrations/1766100000000-union-worker-street';
import { UnionStreetRollups1766300000000 } from '../../src/migrations/1766300000000-union-street-rollups';
import { UnionConsent1766400000000 } from '../../src/migrations/1766400000000-union-consent';
import { service } from '../../src/server';
import { phones } from '../../src/settings';
import { admin } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  // A database as the first slice left it: only the first migration, with some demo rows.
  sg = await startTestSubgraph({ ...service, migrations: [UnionInit1763800000000], seedDemo: undefined });
  const m = sg.db.manager;
  const at = new Date('2025-03-15T02:30:00Z');
  await m.insert(PlatformEntity, { code: 'MEITUAN', name: '美团', createdAt: at });
  await m.insert(UnionBranchEntity, { id: demoBranchId('chaoyang'), name: '朝阳区总工会', level: 'DISTRICT', districtCode: '110105' });
  const id = demoWorkerId('wang-qiang');
  // Written with the first slice's columns (the entity has columns added since).
  await m.query(
    'INSERT INTO workers (id, name, phone_enc, phone_hash, phone_last4, occupation, district_code, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [id, '王强', phones.encrypt('13800138001'), phones.hash('13800138001'), '8001', 'FOOD_DELIVERY', '110105', '2025-03-15 02:30:00.000'],
  );
  await m.insert(PlatformAccountEntity, { id: nameId('demo:account:MEITUAN:mt-10001'), workerId: id, platformCode: 'MEITUAN', externalId: 'mt-10001', linkedAt: at });
  await m.insert(MembershipEntity, {
    id: nameId('demo:membership:wang-qiang'), workerId: id, memberNo: 'BJ2025ABCDEFGH', cardNo: '6222000011112222',
    status: 'ACTIVE', branchId: demoBranchId('chaoyang'), channel: 'ONLINE_QR', joinedAt: at, updatedAt: at,
  });
});
afterAll(() => sg.stop());

describe('the domain migration on a database of the first slice', () => {
  it('adds its tables and indexes, keeps the rows, and the demo then fills in the rest', async () => {
    const runner = sg.db.dataSource.createQueryRunner();
    try {
      await new UnionDomain1763900000000().up(runner);
      // The rollups the metrics read come later; they count 王强's membership already there.
      await new UnionMetricRollups1764400000000().up(runner);
      await new UnionWorkerStreet1766100000000().up(runner);
      await new UnionStreetRollups1766300000000().up(runner);
      // The entities the demo writes through have every column since, assistance_cases.against_platform among them.
      await new UnionConsent1766400000000().up(runner);
      // 王强's account, linked before consents were recorded, gets one of method LEGACY with every scope.
      expect(await sg.db.manager.find(ConsentEntity)).toEqual([
        expect.objectContaining({
          id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
          workerId: demoWorkerId('wang-qiang'),
          platformCode: 'MEITUAN',
          scopes: 'ACT_FOR_WORKER,SHARE_UNION_RECORDS',
          method: 'LEGACY',
          grantedAt: new Date('2025-03-15T02:30:00Z'),
          revokedAt: null,
        }),
      ]);
      await seedDemo(sg.db, { info: () => undefined } as never);
      expect(await sg.db.manager.count(WorkerEntity)).toBe(13);
      expect(await sg.db.manager.count(ConsultationEntity)).toBe(1);
      const wang = await sg.db.manager.findOneByOrFail(MembershipEntity, { workerId: demoWorkerId('wang-qiang') });
      expect(wang.memberNo).toBe('BJ2025ABCDEFGH');
      const metrics = dataOf(
        await sg.query(
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on District { unionMetrics { members openCases } } } }`,
          { r: [{ __typename: 'District', code: '110105' }] },
          admin,
        ),
      )._entities[0].unionMetrics;
      expect(metrics).toEqual({ members: 3, openCases: 1 });

      await new UnionConsent1766400000000().down(runner);
      for (const table of ['consents', 'phone_challenges', 'sms_outbox', 'phone_code_locks']) expect(await runner.hasTable(table)).toBe(false);
      expect(await runner.hasColumn('assistance_cases', 'against_platform')).toBe(false);
      await new UnionStreetRollups1766300000000().down(runner);
      expect(await runner.hasTable('union_street_counts')).toBe(false);
      await new UnionMetricRollups1764400000000().down(runner);
      expect(await runner.hasTable('union_district_counts')).toBe(false);
      await new UnionDomain1763900000000().down(runner);
      expect(await runner.hasTable('consultations')).toBe(false);
      expect(await runner.hasTable('assistance_cases')).toBe(false);
      expect(await sg.db.manager.count(WorkerEntity)).toBe(13);
    } finally {
      await runner.release();
    }
  });
});
