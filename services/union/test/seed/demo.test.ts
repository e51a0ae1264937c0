import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { nameId } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { seedDemo } from '../../src/seed/demo';
import {
  MembershipEntity,
  MembershipEventEntity,
  PlatformAccountEntity,
  ConsultationEntity,
  AgreedMeasureEntity,
  MeasureStatusChangeEntity,
  AssistanceCaseEntity,
  CaseStatusChangeEntity,
  PlatformEntity,
  UnionBranchEntity,
  WorkerEntity,
} from '../../src/entities';
import { service } from '../../src/server';
import { admin, partner } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

const BY_ACCOUNT = `query($platform: ID!, $externalId: String!) {
  workerByPlatformAccount(platform: $platform, externalId: $externalId) {
    id name phone occupation district { code } isUnionMember
    platformAccounts { platform { code } externalId }
    membership { channel branch { id name } }
  }
}`;

async function counts() {
  const m = sg.db.manager;
  const tables: EntityTarget<ObjectLiteral>[] = [
    PlatformEntity,
    UnionBranchEntity,
    WorkerEntity,
    PlatformAccountEntity,
    MembershipEntity,
    MembershipEventEntity,
    ConsultationEntity,
    AgreedMeasureEntity,
    MeasureStatusChangeEntity,
    AssistanceCaseEntity,
    CaseStatusChangeEntity,
  ];
  return Promise.all(tables.map((t) => m.count(t)));
}

describe('demo data', () => {
  it('holds the shared fixtures with the ids every service uses', async () => {
    expect(await counts()).toEqual([5, 5, 6, 7, 3, 3, 1, 5, 10, 2, 5]);
    const wang = dataOf(await sg.query(BY_ACCOUNT, { platform: 'MEITUAN', externalId: 'mt-10001' }, admin)).workerByPlatformAccount;
    expect(wang).toMatchObject({
      id: nameId('demo:worker:wang-qiang'),
      name: '王强',
      phone: '13800138001',
      occupation: 'FOOD_DELIVERY',
      district: { code: '110105' },
      isUnionMember: true,
      membership: { branch: { id: nameId('demo:branch:chaoyang'), name: '朝阳区总工会' } },
    });
    const chen = dataOf(await sg.query(BY_ACCOUNT, { platform: 'ELEME', externalId: 'ele-20002' }, admin)).workerByPlatformAccount;
    expect(chen.id).toBe(nameId('demo:worker:chen-jing'));
    expect(chen.platformAccounts.map((a: { externalId: string }) => a.externalId).sort()).toEqual(['ele-20002', 'mt-10002']);
    const zhao = dataOf(await sg.query(BY_ACCOUNT, { platform: 'HUOLALA', externalId: 'hll-50001' }, partner('HUOLALA'))).workerByPlatformAccount;
    expect(zhao).toMatchObject({ name: '赵磊', phone: '186****6006', isUnionMember: false, membership: null });
  });

  it('is loaded only once', async () => {
    const before = await counts();
    await seedDemo(sg.db, { info: () => undefined } as never);
    await seedDemo(sg.db, { info: () => undefined } as never);
    expect(await counts()).toEqual(before);
  });

  it('adds the groups a database seeded before them is missing, and only those', async () => {
    const full = await counts();
    const m = sg.db.manager;
    for (const table of [CaseStatusChangeEntity, AssistanceCaseEntity, MeasureStatusChangeEntity, AgreedMeasureEntity, ConsultationEntity]) {
      await m.createQueryBuilder().delete().from(table).execute();
    }
    await m.delete(UnionBranchEntity, { id: nameId('demo:branch:wangjing') });
    await seedDemo(sg.db, { info: () => undefined } as never);
    expect(await counts()).toEqual(full);
  });
});
