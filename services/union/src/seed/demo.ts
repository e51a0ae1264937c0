import type { EntityManager } from 'typeorm';
import { nameId, requireCounty, requireStreetIn, type Database, type Logger } from '@nef/kit';
import { applyRollups, currentStanding } from '../commands/support/rollups';
import {
  AgreedMeasureEntity,
  AssistanceCaseEntity,
  CaseStatusChangeEntity,
  ConsultationEntity,
  MeasureStatusChangeEntity,
  MembershipEntity,
  MembershipEventEntity,
  ConsentEntity,
  PlatformAccountEntity,
  PlatformEntity,
  UnionBranchEntity,
  WorkerEntity,
} from '../entities';
import { legacyConsent } from '../rules/consent';
import { CASE_MOVES, resolvedAtAfter, type CaseStatus } from '../rules/case-status';
import { MEASURE_MOVES, type MeasureStatus } from '../rules/measure-status';
import { RollupDelta } from '../rules/metric-rollups';
import { newCardNo, newMemberNo } from '../rules/membership-numbers';
import { phoneLast4 } from '../rules/phone';
import { branchDistrict, branchName, type BranchLevel } from '../rules/union-branch';
import type { PhoneCipher } from '../rules/phone-cipher';
import { checkMove } from '../rules/status-move';
import { phones } from '../settings';

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
  { key: 'wangjing', name: '望京街道总工会', level: 'SUBDISTRICT', districtCode: '110105' },
  // County unions of the other demo cities: Huizhou, Nantong, Zhengzhou.
  { key: 'huicheng', name: '惠城区总工会', level: 'DISTRICT', districtCode: '441302' },
  { key: 'tongzhou', name: '南通市通州区总工会', level: 'DISTRICT', districtCode: '320612' },
  { key: 'jinshui', name: '郑州市金水区总工会', level: 'DISTRICT', districtCode: '410105' },
  { key: 'zhongyuan', name: '郑州市中原区总工会', level: 'DISTRICT', districtCode: '410102' },
] satisfies { key: string; name: string; level: BranchLevel; districtCode: string | null }[];

type Change<S extends string> = [status: S, at: string];

/** A care plan agreed with Meituan in Chaoyang, its measures at different stages. */
const CONSULTATIONS = [
  {
    key: 'meituan-chaoyang-2025',
    title: '朝阳区外卖骑手与美团恳谈会',
    platformCode: 'MEITUAN',
    branch: 'chaoyang',
    heldAt: '2025-06-18T14:00:00+08:00',
    workerRepresentatives: 32,
    measures: [
      { category: 'ALGORITHM', description: '恶劣天气自动延长配送时限', dueAt: '2025-08-31T23:59:59+08:00',
        changes: [['AGREED', '2025-06-18T17:00:00+08:00'], ['IN_PROGRESS', '2025-07-01T09:00:00+08:00'], ['DONE', '2025-08-20T10:00:00+08:00']] as Change<MeasureStatus>[] },
      { category: 'CARE', description: '骑手之家开放夜间休息与充电', dueAt: '2025-09-30T23:59:59+08:00',
        changes: [['AGREED', '2025-06-18T17:00:00+08:00'], ['DONE', '2025-09-12T10:00:00+08:00']] as Change<MeasureStatus>[] },
      { category: 'RIGHTS', description: '申诉渠道48小时内人工回复', dueAt: '2025-10-31T23:59:59+08:00',
        changes: [['AGREED', '2025-06-18T17:00:00+08:00'], ['IN_PROGRESS', '2025-08-01T09:00:00+08:00']] as Change<MeasureStatus>[] },
      { category: 'SAFETY', description: '新骑手上岗前交通安全培训', dueAt: null,
        changes: [['AGREED', '2025-06-18T17:00:00+08:00']] as Change<MeasureStatus>[] },
      { category: 'SKILLS', description: '骑手学历提升补贴', dueAt: null,
        changes: [['AGREED', '2025-06-18T17:00:00+08:00'], ['DROPPED', '2025-09-01T09:00:00+08:00']] as Change<MeasureStatus>[] },
    ],
  },
];

/**
 * Cases for demo workers: in Beijing one being worked on and one resolved and closed; in
 * Nantong an accident dispute taken up at a 好通驿站 legal service desk; in Huizhou a courier's
 * work-injury claim brought to 博罗县's legal aid station.
 */
const CASES = [
  { key: 'wang-qiang-wages', worker: 'wang-qiang', kind: 'WAGE_DISPUTE', summary: '配送站拖欠两个月配送费，约4800元',
    changes: [['OPEN', '2025-09-03T10:00:00+08:00'], ['IN_PROGRESS', '2025-09-04T15:00:00+08:00']] as Change<CaseStatus>[] },
  { key: 'li-na-counselling', worker: 'li-na', kind: 'COUNSELLING', summary: '交通事故后的心理疏导',
    changes: [['OPEN', '2025-05-10T09:30:00+08:00'], ['RESOLVED', '2025-05-24T16:00:00+08:00'], ['CLOSED', '2025-06-01T09:00:00+08:00']] as Change<CaseStatus>[] },
  { key: 'zhou-hai-accident', worker: 'nt-zhou-hai', kind: 'LEGAL_AID',
    summary: '网约车交通事故责任与赔偿纠纷，在好通驿站·兴东机场法律服务点申请调解',
    changes: [['OPEN', '2026-04-16T15:20:00+08:00'], ['IN_PROGRESS', '2026-04-17T10:00:00+08:00']] as Change<CaseStatus>[] },
  { key: 'xu-ming-injury', worker: 'hz-xu-ming', kind: 'WORK_INJURY',
    summary: '派件途中摔伤，经博罗县新就业形态劳动者法律援助工作站申请职业伤害保障待遇',
    changes: [['OPEN', '2026-05-08T11:00:00+08:00']] as Change<CaseStatus>[] },
];

interface DemoWorker {
  key: string;
  name: string;
  phone: string;
  occupation: string;
  districtCode: string;
  /** The street or township (乡镇、街道) the worker named, inside its district. */
  streetCode?: string;
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
  // Huizhou (441300): drivers of the city's ride-hailing service centre in 三栋镇, a rider of the
  // 水岸城 warm station in 桥东街道, a courier in 博罗县.
  {
    key: 'hz-huang-jun', name: '黄军', phone: '13800441301', occupation: 'RIDE_HAILING', districtCode: '441302', streetCode: '441302103',
    registeredAt: '2026-03-02T10:00:00+08:00', accounts: [['DIDI', 'didi-hz-1001']],
    membership: { branch: 'huicheng', channel: 'ONSITE_EVENT', joinedAt: '2026-03-18T15:00:00+08:00' },
  },
  {
    key: 'hz-lin-fang', name: '林芳', phone: '13800441302', occupation: 'FOOD_DELIVERY', districtCode: '441302', streetCode: '441302001',
    registeredAt: '2026-04-07T12:30:00+08:00', accounts: [['MEITUAN', 'mt-hz-1002'], ['ELEME', 'ele-hz-1002']],
    membership: { branch: 'huicheng', channel: 'ONLINE_QR', joinedAt: '2026-04-09T14:10:00+08:00' },
  },
  {
    key: 'hz-xu-ming', name: '徐明', phone: '13800441303', occupation: 'COURIER', districtCode: '441322', streetCode: '441322001',
    registeredAt: '2026-05-06T09:00:00+08:00', accounts: [['SF_EXPRESS', 'sf-hz-1003']],
  },
  // Nantong (320600): a driver at the 兴东 airport pick-up zones, a rider in 崇川区.
  {
    key: 'nt-zhou-hai', name: '周海', phone: '13800320601', occupation: 'RIDE_HAILING', districtCode: '320612', streetCode: '320612002',
    registeredAt: '2026-02-20T08:40:00+08:00', accounts: [['DIDI', 'didi-nt-2001']],
    membership: { branch: 'tongzhou', channel: 'PLATFORM_REFERRAL', joinedAt: '2026-03-05T11:00:00+08:00' },
  },
  {
    key: 'nt-gu-ping', name: '顾萍', phone: '13800320602', occupation: 'FOOD_DELIVERY', districtCode: '320613', streetCode: '320613001',
    registeredAt: '2026-06-11T13:15:00+08:00', accounts: [['ELEME', 'ele-nt-2002']],
  },
  // Zhengzhou (410100): riders who use the outdoor workers' stations and rider homes.
  {
    key: 'zz-ma-li', name: '马丽', phone: '13800410101', occupation: 'FOOD_DELIVERY', districtCode: '410105', streetCode: '410105002',
    registeredAt: '2026-01-12T10:20:00+08:00', accounts: [['MEITUAN', 'mt-zz-3001']],
    membership: { branch: 'jinshui', channel: 'ONLINE_QR', joinedAt: '2026-01-20T16:30:00+08:00' },
  },
  {
    key: 'zz-zhao-gang', name: '赵刚', phone: '13800410102', occupation: 'FOOD_DELIVERY', districtCode: '410102', streetCode: '410102002',
    registeredAt: '2026-02-03T09:50:00+08:00', accounts: [['ELEME', 'ele-zz-3002'], ['MEITUAN', 'mt-zz-3002']],
    membership: { branch: 'zhongyuan', channel: 'BRANCH_OFFICE', joinedAt: '2026-02-26T10:00:00+08:00' },
  },
];

export const demoWorkerId = (key: string) => nameId(`demo:worker:${key}`);
export const demoBranchId = (key: string) => nameId(`demo:branch:${key}`);

/**
 * Loads the demo platforms, branches, workers (Beijing, Huizhou, Nantong, Zhengzhou), accounts,
 * memberships, a consultation with its measures and assistance cases. Each row or group is added only when missing, so a second
 * run (or a run on a database seeded before a group existed) adds nothing twice.
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
      await em.insert(UnionBranchEntity, { id, name: branchName(b.name), level: b.level, districtCode: branchDistrict(b.level, b.districtCode) });
      count++;
    }
    // The district rollups follow what the demo adds, as the commands keep them.
    const delta = new RollupDelta();
    for (const w of WORKERS) {
      const before = await currentStanding(em, demoWorkerId(w.key));
      count += await seedWorker(em, phones, w);
      const after = await currentStanding(em, demoWorkerId(w.key));
      if (before) delta.worker(before, -1);
      if (after) delta.worker(after, 1);
    }
    for (const c of CONSULTATIONS) count += await seedConsultation(em, c);
    for (const c of CASES) count += await seedCase(em, c, delta);
    await applyRollups(em, delta);
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
    // The checks registration makes: a county of the catalogue, a street inside it.
    const districtCode = requireCounty('districtCode', w.districtCode);
    await em.insert(WorkerEntity, {
      id,
      name: w.name,
      phoneEnc: cipher.encrypt(w.phone),
      phoneHash,
      phoneLast4: phoneLast4(w.phone),
      occupation: w.occupation,
      districtCode,
      streetCode: w.streetCode == null ? null : requireStreetIn('streetCode', w.streetCode, districtCode),
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
    // Linked before consents were recorded, as the programmes' existing accounts are (LEGACY).
    await em.insert(ConsentEntity, legacyConsent(nameId(`demo:consent:${platformCode}:${externalId}`), id, platformCode, new Date(w.registeredAt)));
    count++;
  }
  if (w.membership && !(await em.findOne(MembershipEntity, { where: { workerId: id } }))) {
    const joinedAt = new Date(w.membership.joinedAt);
    const membershipId = nameId(`demo:membership:${w.key}`);
    await em.insert(MembershipEntity, {
      id: membershipId,
      workerId: id,
      // Numbered in the province of the branch joined (every demo branch but 北京市总工会 names its district).
      memberNo: newMemberNo(joinedAt, BRANCHES.find((b) => b.key === w.membership!.branch)?.districtCode ?? w.districtCode),
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

const last = <T>(xs: readonly T[]): T => xs[xs.length - 1]!;

async function seedConsultation(em: EntityManager, c: (typeof CONSULTATIONS)[number]): Promise<number> {
  const id = nameId(`demo:consultation:${c.key}`);
  if (await em.findOne(ConsultationEntity, { where: { id } })) return 0;
  const heldAt = new Date(c.heldAt);
  await em.insert(ConsultationEntity, {
    id,
    title: c.title,
    platformCode: c.platformCode,
    branchId: demoBranchId(c.branch),
    heldAt,
    workerRepresentatives: c.workerRepresentatives,
    recordedAt: new Date(c.measures[0]!.changes[0]![1]),
    recordedBy: 'demo',
  });
  for (const [position, m] of c.measures.entries()) {
    const measureId = nameId(`demo:measure:${c.key}:${position}`);
    const [status, at] = last(m.changes);
    await em.insert(AgreedMeasureEntity, {
      id: measureId,
      consultationId: id,
      position,
      category: m.category,
      description: m.description,
      status,
      dueAt: m.dueAt ? new Date(m.dueAt) : null,
      updatedAt: new Date(at),
    });
    for (const [i, [s, when]] of m.changes.entries()) {
      if (i > 0) checkMove('measure', MEASURE_MOVES, m.changes[i - 1]![0], s);
      await em.insert(MeasureStatusChangeEntity, {
        id: nameId(`demo:measure-change:${c.key}:${position}:${i}`),
        measureId,
        status: s,
        at: new Date(when),
        actor: 'demo',
      });
    }
  }
  return 1;
}

async function seedCase(em: EntityManager, c: (typeof CASES)[number], delta: RollupDelta): Promise<number> {
  const id = nameId(`demo:case:${c.key}`);
  const workerId = demoWorkerId(c.worker);
  if (await em.findOne(AssistanceCaseEntity, { where: { id } })) return 0;
  const worker = await em.findOne(WorkerEntity, { where: { id: workerId } });
  if (!worker) return 0;
  const [status, at] = last(c.changes);
  delta.assistanceCase(worker, status, 1);
  // resolvedAt as the service sets it along the walk, each move checked against the case rules.
  let resolvedAt: Date | null = null;
  for (const [k, [s, when]] of c.changes.entries()) {
    if (k > 0) checkMove('case', CASE_MOVES, c.changes[k - 1]![0], s);
    resolvedAt = resolvedAtAfter(s, resolvedAt, new Date(when));
  }
  await em.insert(AssistanceCaseEntity, {
    id,
    workerId,
    kind: c.kind,
    status,
    summary: c.summary,
    openedAt: new Date(c.changes[0]![1]),
    resolvedAt,
    updatedAt: new Date(at),
    openedBy: 'demo',
  });
  for (const [i, [s, when]] of c.changes.entries()) {
    await em.insert(CaseStatusChangeEntity, { id: nameId(`demo:case-change:${c.key}:${i}`), caseId: id, status: s, at: new Date(when), actor: 'demo' });
  }
  return 1;
}
