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
    expect(await counts()).toEqual([5, 9, 13, 16, 8, 8, 1, 5, 10, 4, 8]);
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

  it('holds workers, branches and cases in Huizhou, Nantong and Zhengzhou, with their streets', async () => {
    const WITH_STREET = `query($platform: ID!, $externalId: String!) {
      workerByPlatformAccount(platform: $platform, externalId: $externalId) {
        id name occupation district { code } streetCode isUnionMember
        platformAccounts { platform { code } externalId }
        membership { channel branch { name district { code } } }
      }
    }`;
    const cases = dataOf(await sg.query(`{ assistanceCases(first: 100) { kind status summary worker { id } } }`, {}, admin)).assistanceCases as {
      kind: string;
      status: string;
      summary: string;
      worker: { id: string };
    }[];
    const expected = [
      ['DIDI', 'didi-hz-1001', 'hz-huang-jun', '黄军', '441302', '441302103', '惠城区总工会', []],
      ['ELEME', 'ele-hz-1002', 'hz-lin-fang', '林芳', '441302', '441302001', '惠城区总工会', []],
      ['SF_EXPRESS', 'sf-hz-1003', 'hz-xu-ming', '徐明', '441322', '441322001', null, [{ kind: 'WORK_INJURY', status: 'OPEN' }]],
      ['DIDI', 'didi-nt-2001', 'nt-zhou-hai', '周海', '320612', '320612002', '南通市通州区总工会', [{ kind: 'LEGAL_AID', status: 'IN_PROGRESS' }]],
      ['ELEME', 'ele-nt-2002', 'nt-gu-ping', '顾萍', '320613', '320613001', null, []],
      ['MEITUAN', 'mt-zz-3001', 'zz-ma-li', '马丽', '410105', '410105002', '郑州市金水区总工会', []],
      ['MEITUAN', 'mt-zz-3002', 'zz-zhao-gang', '赵刚', '410102', '410102002', '郑州市中原区总工会', []],
    ] as const;
    for (const [platform, externalId, key, name, district, street, branch, theirs] of expected) {
      const w = dataOf(await sg.query(WITH_STREET, { platform, externalId }, admin)).workerByPlatformAccount;
      expect(w).toMatchObject({ id: nameId(`demo:worker:${key}`), name, district: { code: district }, streetCode: street, isUnionMember: branch !== null });
      expect(w.membership?.branch ?? null).toEqual(branch === null ? null : { name: branch, district: { code: district } });
      expect(cases.filter((c) => c.worker.id === w.id).map(({ kind, status }) => ({ kind, status }))).toEqual(theirs);
    }
    const lin = dataOf(await sg.query(WITH_STREET, { platform: 'MEITUAN', externalId: 'mt-hz-1002' }, admin)).workerByPlatformAccount;
    expect(lin.platformAccounts.map((a: { externalId: string }) => a.externalId).sort()).toEqual(['ele-hz-1002', 'mt-hz-1002']);
    expect(cases.find((c) => c.worker.id === nameId('demo:worker:nt-zhou-hai'))!.summary).toContain('好通驿站');
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
