import type { EntityManager } from 'typeorm';
import { nameId, type Database, type Logger } from '@nef/kit';
import { newCardNo, newMemberNo } from './domain/membership-numbers';
import type { PhoneCipher } from './domain/phone';
import {
  MembershipEntity,
  MembershipEventEntity,
  PlatformAccountEntity,
  PlatformEntity,
  UnionBranchEntity,
  WorkerEntity,
} from './entities';
import { phones } from './phones';

const PLATFORMS = [
  { code: 'MEITUAN', name: '美团' },
  { code: 'ELEME', name: '饿了么' },
  { code: 'SF_EXPRESS', name: '顺丰速运' },
  { code: 'DIDI', name: '滴滴出行' },
  { code: 'HUOLALA', name: '货拉拉' },
];

const BRANCHES = [
  { key: 'beijing', name: '北京市总工会', level: 'CITY', districtCode: null },
  { key: 'chaoyang', name: '朝阳区总工会', level: 'DISTRICT', districtCode: '110105' },
  { key: 'haidian', name: '海淀区总工会', level: 'DISTRICT', districtCode: '110108' },
  { key: 'meituan-beijing', name: '美团北京工会联合会', level: 'ENTERPRISE', districtCode: '110105' },
];

interface DemoWorker {
  key: string;
  name: string;
  phone: string;
  occupation: string;
  districtCode: string;
  registeredAt: string;
  accounts: [platform: string, externalId: string][];
  membership?: { branch: string; channel: string; joinedAt: string };
}

/** The cross-service fixtures: every service refers to these workers by `nameId('demo:worker:<key>')`. */
const WORKERS: DemoWorker[] = [
  {
    key: 'wang-qiang', name: '王强', phone: '13800138001', occupation: 'FOOD_DELIVERY', districtCode: '110105',
    registeredAt: '2025-03-02T09:00:00+08:00', accounts: [['MEITUAN', 'mt-10001']],
    membership: { branch: 'chaoyang', channel: 'ONLINE_QR', joinedAt: '2025-03-15T10:30:00+08:00' },
  },
  {
    key: 'li-na', name: '李娜', phone: '13900139002', occupation: 'FOOD_DELIVERY', districtCode: '110108',
    registeredAt: '2025-04-11T14:20:00+08:00', accounts: [['ELEME', 'ele-20001']],
  },
  {
    key: 'zhang-wei', name: '张伟', phone: '13700137003', occupation: 'COURIER', districtCode: '110105',
    registeredAt: '2025-02-18T08:45:00+08:00', accounts: [['SF_EXPRESS', 'sf-30001']],
    membership: { branch: 'chaoyang', channel: 'PLATFORM_REFERRAL', joinedAt: '2025-05-20T16:00:00+08:00' },
  },
  {
    key: 'liu-yang', name: '刘洋', phone: '13600136004', occupation: 'RIDE_HAILING', districtCode: '110106',
    registeredAt: '2025-06-03T19:10:00+08:00', accounts: [['DIDI', 'didi-40001']],
  },
  {
    key: 'chen-jing', name: '陈静', phone: '15000150005', occupation: 'FOOD_DELIVERY', districtCode: '110105',
    registeredAt: '2025-01-09T11:00:00+08:00', accounts: [['MEITUAN', 'mt-10002'], ['ELEME', 'ele-20002']],
    membership: { branch: 'chaoyang', channel: 'ONLINE_QR', joinedAt: '2025-07-01T09:15:00+08:00' },
  },
  {
    key: 'zhao-lei', name: '赵磊', phone: '18600186006', occupation: 'TRUCK_DRIVER', districtCode: '110112',
    registeredAt: '2025-08-22T07:30:00+08:00', accounts: [['HUOLALA', 'hll-50001']],
  },
];

export const demoWorkerId = (key: string) => nameId(`demo:worker:${key}`);
export const demoBranchId = (key: string) => nameId(`demo:branch:${key}`);

/**
 * Loads the demo platforms, branches, workers, accounts and memberships. Each row is added
 * only when missing, so a second run (or a run after some of it was created by hand) adds
 * nothing twice.
 */
export async function seedDemo(db: Database, log: Logger): Promise<void> {
  const added = await db.transaction(async (em) => {
    let count = 0;
    const platformsAt = new Date('2025-01-01T00:00:00+08:00');
    for (const p of PLATFORMS) {
      if (await em.findOne(PlatformEntity, { where: { code: p.code } })) continue;
      await em.insert(PlatformEntity, { ...p, createdAt: platformsAt });
      count++;
    }
    for (const b of BRANCHES) {
      const id = demoBranchId(b.key);
      if (await em.findOne(UnionBranchEntity, { where: { id } })) continue;
      await em.insert(UnionBranchEntity, { id, name: b.name, level: b.level, districtCode: b.districtCode });
      count++;
    }
    for (const w of WORKERS) count += await seedWorker(em, phones, w);
    return count;
  });
  if (added > 0) log.info({ rows: added }, 'union demo data loaded');
}

async function seedWorker(em: EntityManager, cipher: PhoneCipher, w: DemoWorker): Promise<number> {
  const id = demoWorkerId(w.key);
  const phoneHash = cipher.hash(w.phone);
  let count = 0;
  if (!(await em.findOne(WorkerEntity, { where: { id } }))) {
    if (await em.findOne(WorkerEntity, { where: { phoneHash } })) return 0;
    await em.insert(WorkerEntity, {
      id,
      name: w.name,
      phoneEnc: cipher.encrypt(w.phone),
      phoneHash,
      phoneLast4: w.phone.slice(-4),
      occupation: w.occupation,
      districtCode: w.districtCode,
      registeredAt: new Date(w.registeredAt),
    });
    count++;
  }
  for (const [platformCode, externalId] of w.accounts) {
    const taken =
      (await em.findOne(PlatformAccountEntity, { where: { platformCode, externalId } })) ??
      (await em.findOne(PlatformAccountEntity, { where: { workerId: id, platformCode } }));
    if (taken) continue;
    await em.insert(PlatformAccountEntity, {
      id: nameId(`demo:account:${platformCode}:${externalId}`),
      workerId: id,
      platformCode,
      externalId,
      linkedAt: new Date(w.registeredAt),
    });
    count++;
  }
  if (w.membership && !(await em.findOne(MembershipEntity, { where: { workerId: id } }))) {
    const joinedAt = new Date(w.membership.joinedAt);
    const membershipId = nameId(`demo:membership:${w.key}`);
    await em.insert(MembershipEntity, {
      id: membershipId,
      workerId: id,
      memberNo: newMemberNo(joinedAt),
      cardNo: newCardNo(),
      status: 'ACTIVE',
      branchId: demoBranchId(w.membership.branch),
      channel: w.membership.channel,
      joinedAt,
      updatedAt: joinedAt,
    });
    await em.insert(MembershipEventEntity, {
      id: nameId(`demo:membership-event:${w.key}:joined`),
      membershipId,
      status: 'ACTIVE',
      at: joinedAt,
      actor: 'demo',
      reason: null,
    });
    count++;
  }
  return count;
}
