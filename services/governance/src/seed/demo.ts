import { beijingClock, beijingTimeOn, convert, DAY_MS, nameId, type Database, type Logger } from '@nef/kit';
import type { EntityManager } from 'typeorm';
import { appendEntry } from '../commands/append-points-entry';
import { appendReportHistory } from '../commands/append-report-history';
import { recordConfirmation } from '../commands/confirm-participation';
import {
  GateEntry,
  GatePassRequest,
  Community,
  GatePass,
  Participation,
  Report,
  ReportUpdate,
  Reward,
  VolunteerActivity,
  VolunteerRole,
  type CommunityRow,
  type ReportRow,
  type RewardRow,
  type VolunteerActivityRow,
  type VolunteerRoleRow,
} from '../entities';
import { writeRollups } from '../migrations/rollups';
import { newPassCode, planIssue } from '../rules/gate-pass';
import { RollupChanges } from '../rules/metrics-rollups';
import { activeRoleKey } from '../rules/volunteer-role';
import type { ReportCategory, ReportStatus, RoleKind } from '../rules/vocabulary';

/** Points a report earns when a reviewer accepts it. */
export const DEMO_ACCEPT_POINTS = 10;

const WORKERS = {
  'wang-qiang': 'MEITUAN',
  'li-na': 'ELEME',
  'zhang-wei': 'SF_EXPRESS',
  'chen-jing': 'MEITUAN',
  'liu-yang': 'DIDI',
  'hz-huang-jun': 'DIDI',
  'hz-lin-fang': 'MEITUAN',
  'hz-xu-ming': 'SF_EXPRESS',
  'nt-zhou-hai': 'DIDI',
  'nt-gu-ping': 'ELEME',
  'zz-ma-li': 'MEITUAN',
  'zz-zhao-gang': 'ELEME',
} as const;
type WorkerKey = keyof typeof WORKERS;

interface DemoReport {
  key: string;
  reporter: WorkerKey;
  category: ReportCategory;
  description: string;
  /** GCJ-02, as a phone map app shows it. */
  at: { lat: number; lng: number };
  district: string;
  /** Nine-digit street or township code inside the district. */
  street?: string;
  photos: number;
  status: ReportStatus;
  submitted: string;
  reviewed?: string;
  resolved?: string;
  note?: string;
  externalRef?: string;
  duplicateOf?: string;
}

const REPORTS: DemoReport[] = [
  {
    key: 'tuanjiehu-stairwell-ebike',
    reporter: 'wang-qiang',
    category: 'EBIKE_INDOOR_CHARGING',
    description: '团结湖小区12号楼2单元楼道内有三辆电动自行车飞线充电，堵住了楼梯口。',
    at: { lat: 39.9305, lng: 116.4622 },
    district: '110105',
    photos: 2,
    status: 'ACCEPTED',
    submitted: '2026-11-18T21:40:00+08:00',
    reviewed: '2026-11-19T09:15:00+08:00',
  },
  {
    key: 'zhongguancun-fire-exit',
    reporter: 'li-na',
    category: 'BLOCKED_FIRE_EXIT',
    description: '中关村大街一商场后侧消防通道被外卖餐箱和杂物堵塞，安全出口门被锁。',
    at: { lat: 39.9836, lng: 116.3162 },
    district: '110108',
    photos: 3,
    status: 'DISPATCHED',
    submitted: '2026-11-15T12:20:00+08:00',
    reviewed: '2026-11-15T14:05:00+08:00',
    externalRef: '12345-2026-08817',
  },
  {
    key: 'sanlitun-streetlight',
    reporter: 'zhang-wei',
    category: 'INFRASTRUCTURE',
    description: '三里屯北小街路灯连续三晚不亮，夜间送件看不清路面。',
    at: { lat: 39.9347, lng: 116.4551 },
    district: '110105',
    photos: 1,
    status: 'RESOLVED',
    submitted: '2026-11-10T22:05:00+08:00',
    reviewed: '2026-11-11T08:30:00+08:00',
    resolved: '2026-11-13T16:00:00+08:00',
    note: '街道已更换灯具，经巡查确认恢复照明。',
    externalRef: '12345-2026-08502',
  },
  {
    key: 'guomao-crossing',
    reporter: 'chen-jing',
    category: 'TRAFFIC_SAFETY',
    description: '国贸桥东北角非机动车道被施工围挡占用，骑手只能借机动车道通行。',
    at: { lat: 39.9087, lng: 116.4605 },
    district: '110105',
    photos: 1,
    status: 'SUBMITTED',
    submitted: '2026-11-21T08:10:00+08:00',
  },
  {
    key: 'guomao-crossing-again',
    reporter: 'wang-qiang',
    category: 'TRAFFIC_SAFETY',
    description: '国贸桥下施工围挡挤占非机动车道，早高峰险些与公交车剐蹭。',
    at: { lat: 39.9088, lng: 116.4607 },
    district: '110105',
    photos: 0,
    status: 'SUBMITTED',
    submitted: '2026-11-21T08:45:00+08:00',
  },
  {
    key: 'lize-cardboard',
    reporter: 'liu-yang',
    category: 'FIRE_HAZARD',
    description: '丽泽桥附近配电箱旁堆满废纸箱，旁边还有人吸烟。',
    at: { lat: 39.865, lng: 116.318 },
    district: '110106',
    photos: 1,
    status: 'ACCEPTED',
    submitted: '2026-11-20T19:30:00+08:00',
    reviewed: '2026-11-21T10:00:00+08:00',
  },
  {
    key: 'haidian-manhole',
    reporter: 'li-na',
    category: 'INFRASTRUCTURE',
    description: '海淀黄庄地铁站C口附近井盖缺失，已临时放了锥桶。',
    at: { lat: 39.979, lng: 116.308 },
    district: '110108',
    photos: 2,
    status: 'RESOLVED',
    submitted: '2026-11-12T07:50:00+08:00',
    reviewed: '2026-11-12T08:20:00+08:00',
    resolved: '2026-11-12T15:30:00+08:00',
    note: '排水集团已补装井盖。',
    externalRef: '12345-2026-08611',
  },
  {
    key: 'tuanjiehu-stairwell-ebike-again',
    reporter: 'zhang-wei',
    category: 'EBIKE_INDOOR_CHARGING',
    description: '团结湖12号楼楼道电动车充电，插线板挂在暖气管上。',
    at: { lat: 39.93052, lng: 116.46222 },
    district: '110105',
    photos: 1,
    status: 'DUPLICATE',
    submitted: '2026-11-19T07:30:00+08:00',
    reviewed: '2026-11-19T09:20:00+08:00',
    duplicateOf: 'tuanjiehu-stairwell-ebike',
  },
];

/**
 * Reports in Huizhou, Nantong and Zhengzhou, each naming its street, so that every level of a
 * dashboard (province, city, county, street) has some: drivers and riders report what they meet
 * at the stations and pick-up zones they use.
 */
const CITY_REPORTS: DemoReport[] = [
  {
    key: 'hz-sandong-car-park-light',
    reporter: 'hz-huang-jun',
    category: 'INFRASTRUCTURE',
    description: '三栋镇竹仔园翠竹五路惠州市网约车司机服务中心停车场的路灯坏了，夜里司机停车充电看不清地面。',
    at: { lat: 23.0395, lng: 114.4268 },
    district: '441302',
    street: '441302103',
    photos: 1,
    status: 'RESOLVED',
    submitted: '2026-11-08T21:10:00+08:00',
    reviewed: '2026-11-09T09:00:00+08:00',
    resolved: '2026-11-11T17:30:00+08:00',
    note: '三栋镇已更换停车场灯具，司机服务中心确认夜间照明恢复。',
    externalRef: '12345-2026-44117',
  },
  {
    key: 'hz-shuianchen-charging-blocked',
    reporter: 'hz-lin-fang',
    category: 'INFRASTRUCTURE',
    description: '水岸城暖心驿站旁的电动车充电桩被私家车和杂物堵住，骑手没法充电。',
    at: { lat: 23.0926, lng: 114.4243 },
    district: '441302',
    street: '441302001',
    photos: 2,
    status: 'ACCEPTED',
    submitted: '2026-11-20T12:40:00+08:00',
    reviewed: '2026-11-20T16:10:00+08:00',
  },
  {
    key: 'nt-airport-pickup-pothole',
    reporter: 'nt-zhou-hai',
    category: 'INFRASTRUCTURE',
    description: '南通兴东机场网约车接客候车区进场道路上有个大坑，雨天积水，车辆经过颠簸。',
    at: { lat: 32.0761, lng: 120.9769 },
    district: '320612',
    street: '320612002',
    photos: 1,
    status: 'DISPATCHED',
    submitted: '2026-11-16T08:20:00+08:00',
    reviewed: '2026-11-16T10:45:00+08:00',
    externalRef: '12345-2026-32061',
  },
  {
    key: 'nt-chongchuan-sanitation',
    reporter: 'nt-gu-ping',
    category: 'SANITATION',
    description: '城东街道好通驿站门口的垃圾桶满了两天没人清，外卖骑手歇脚时气味很大。',
    at: { lat: 32.0065, lng: 120.8941 },
    district: '320613',
    street: '320613001',
    photos: 1,
    status: 'SUBMITTED',
    submitted: '2026-11-22T13:05:00+08:00',
  },
  {
    key: 'zz-huayuanlu-underpass-dark',
    reporter: 'zz-ma-li',
    category: 'INFRASTRUCTURE',
    description: '花园路街道一处地下通道照明全部不亮，晚上送餐经过很危险。',
    at: { lat: 34.7868, lng: 113.6839 },
    district: '410105',
    street: '410105002',
    photos: 2,
    status: 'RESOLVED',
    submitted: '2026-11-12T20:30:00+08:00',
    reviewed: '2026-11-13T08:40:00+08:00',
    resolved: '2026-11-14T18:00:00+08:00',
    note: '市政已修复地下通道照明线路。',
    externalRef: '12345-2026-41015',
  },
  {
    key: 'zz-jiansheru-socket',
    reporter: 'zz-zhao-gang',
    category: 'FIRE_HAZARD',
    description: '建设路骑手之家外面有人私拉电线给电瓶充电，插线板放在地上淋雨。',
    at: { lat: 34.7556, lng: 113.6313 },
    district: '410102',
    street: '410102002',
    photos: 0,
    status: 'REJECTED',
    submitted: '2026-11-18T19:15:00+08:00',
    reviewed: '2026-11-19T09:30:00+08:00',
  },
];

const reportId = (key: string) => nameId(`demo:report:${key}`);
const workerId = (key: WorkerKey) => nameId(`demo:worker:${key}`);
/** Statuses a reviewer reached by accepting the report, which is when points are paid. */
const ACCEPTED_PATH: ReportStatus[] = ['ACCEPTED', 'DISPATCHED', 'RESOLVED'];

/**
 * Beijing hazard reports by the demo workers with the points their accepted reports earned,
 * then rewards, communities, volunteering and a gate pass; then reports in Huizhou, Nantong and
 * Zhengzhou naming their streets, the 水岸城 and 花园路 communities, volunteering in Zhengzhou
 * and 林芳's pass at 水岸城. Each group is loaded when its first
 * row is missing, so a database seeded by an earlier version gains the groups added since.
 */
export async function seedDemo(db: Database, log: Logger): Promise<void> {
  const loaded = await db.transaction(async (em) => {
    const groups: string[] = [];
    if (await seedReports(em, db)) groups.push('reports');
    if (await seedRewards(em)) groups.push('rewards');
    if (await seedCommunities(em)) groups.push('communities');
    if (await seedRoles(em)) groups.push('volunteer roles');
    if (await seedActivities(em, db)) groups.push('volunteer activities');
    if (await seedGatePasses(em)) groups.push('gate passes');
    if (await seedGateRegistrations(em)) groups.push('gate registrations');
    if (await seedReportUpdates(em)) groups.push('report updates');
    if (await seedCityReports(em, db)) groups.push('city reports');
    if (await seedCityCommunities(em)) groups.push('city communities');
    if (await seedCityVolunteering(em, db)) groups.push('city volunteering');
    if (await seedShuianchenGate(em)) groups.push('水岸城 gate pass');
    return groups;
  });
  if (loaded.length) log.info({ groups: loaded }, 'demo governance data loaded');
}

function seedReports(em: EntityManager, db: Database): Promise<boolean> {
  return insertReports(em, db, REPORTS);
}

function seedCityReports(em: EntityManager, db: Database): Promise<boolean> {
  return insertReports(em, db, CITY_REPORTS);
}

/** Reports with their rollups and the points their accepted ones earned; nothing when the first is there. */
async function insertReports(em: EntityManager, db: Database, reports: DemoReport[]): Promise<boolean> {
  if (await em.findOne(Report, { where: { id: reportId(reports[0]!.key) } })) return false;
  const rows = reports.map(toRow);
  await em.insert(Report, rows);
  const rollups = new RollupChanges();
  for (const r of rows) rollups.report(r);
  await writeRollups(em, rollups);
  // Paid in review order so each entry's balanceAfter follows from the one before.
  const accepted = rows.filter((r) => ACCEPTED_PATH.includes(r.status)).sort((a, b) => +a.reviewedAt! - +b.reviewedAt!);
  for (const r of accepted) {
    await appendEntry(em, db, {
      workerId: r.reporterId,
      delta: DEMO_ACCEPT_POINTS,
      reason: 'REPORT_ACCEPTED',
      reference: r.id,
      at: r.reviewedAt!,
    });
  }
  return true;
}

const stationId = (key: string) => nameId(`demo:station:${key}`);
const rewardId = (key: string) => nameId(`demo:reward:${key}`);
const communityId = (key: string) => nameId(`demo:community:${key}`);
const SEEDED_AT = new Date('2026-11-01T00:00:00Z');

const REWARDS: (Omit<RewardRow, 'id' | 'active' | 'createdAt'> & { key: string })[] = [
  { key: 'wangjing-haircut', title: '理发一次', costPoints: 30, stock: 20, stationId: stationId('cy-wangjing'), districtCode: '110105' },
  { key: 'sanlitun-laundry', title: '洗衣一次', costPoints: 20, stock: 50, stationId: stationId('cy-sanlitun'), districtCode: '110105' },
  { key: 'zhongguancun-lunch', title: '爱心午餐', costPoints: 15, stock: 40, stationId: stationId('hd-zhongguancun'), districtCode: '110108' },
  { key: 'review-offset', title: '差评抵消一次', costPoints: 50, stock: 100, stationId: null, districtCode: null },
];

async function seedRewards(em: EntityManager): Promise<boolean> {
  if (await em.findOne(Reward, { where: { id: rewardId(REWARDS[0]!.key) } })) return false;
  await em.insert(
    Reward,
    REWARDS.map(({ key, ...r }) => ({ id: rewardId(key), ...r, active: true, createdAt: SEEDED_AT })),
  );
  return true;
}

const COMMUNITIES: (Omit<CommunityRow, 'id' | 'createdAt'> & { key: string })[] = [
  { key: 'tuanjiehu', name: '团结湖社区', districtCode: '110105', riderFriendly: true, passValidityDays: 30 },
  { key: 'wangjing-xiyuan', name: '望京西园三区', districtCode: '110105', riderFriendly: true, passValidityDays: 30 },
  { key: 'zhongguancun-dongli', name: '中关村东里社区', districtCode: '110108', riderFriendly: false, passValidityDays: 30 },
  { key: 'lize', name: '丽泽社区', districtCode: '110106', riderFriendly: true, passValidityDays: 15 },
];

async function seedCommunities(em: EntityManager): Promise<boolean> {
  if (await em.findOne(Community, { where: { id: communityId(COMMUNITIES[0]!.key) } })) return false;
  await em.insert(
    Community,
    COMMUNITIES.map(({ key, ...c }) => ({ id: communityId(key), ...c, createdAt: SEEDED_AT })),
  );
  return true;
}

const ROLES: { key: string; worker: WorkerKey; community: string; role: RoleKind; since: string; until?: string }[] = [
  { key: 'wang-tuanjiehu', worker: 'wang-qiang', community: 'tuanjiehu', role: 'DEPUTY_BUILDING_HEAD', since: '2026-09-01T09:00:00+08:00' },
  { key: 'chen-wangjing', worker: 'chen-jing', community: 'wangjing-xiyuan', role: 'GRID_MEMBER', since: '2026-10-10T09:00:00+08:00' },
  {
    key: 'zhang-tuanjiehu',
    worker: 'zhang-wei',
    community: 'tuanjiehu',
    role: 'PATROL_VOLUNTEER',
    since: '2026-06-01T09:00:00+08:00',
    until: '2026-10-31T18:00:00+08:00',
  },
];

async function seedRoles(em: EntityManager): Promise<boolean> {
  const id = (key: string) => nameId(`demo:volunteer-role:${key}`);
  if (await em.findOne(VolunteerRole, { where: { id: id(ROLES[0]!.key) } })) return false;
  const rows: VolunteerRoleRow[] = ROLES.map((r) => ({
    id: id(r.key),
    workerId: workerId(r.worker),
    communityId: communityId(r.community),
    role: r.role,
    since: new Date(r.since),
    until: r.until ? new Date(r.until) : null,
    activeKey: r.until ? null : activeRoleKey(workerId(r.worker), communityId(r.community), r.role),
  }));
  await em.insert(VolunteerRole, rows);
  return true;
}

/** 09:00 Beijing time on the first Saturday (Beijing date) at least a week after `from`. */
function saturdayMorningAfter(from: Date): Date {
  let d = beijingTimeOn(from.getTime() + 7 * DAY_MS, 0, 9);
  while (beijingClock(d).weekday !== 6) d = beijingTimeOn(d, 1, 9);
  return d;
}

async function seedActivities(em: EntityManager, db: Database): Promise<boolean> {
  const pastId = nameId('demo:volunteer-activity:tuanjiehu-ebike-cleanup');
  if (await em.findOne(VolunteerActivity, { where: { id: pastId } })) return false;
  const past: VolunteerActivityRow = {
    id: pastId,
    title: '楼道电动车清理行动',
    communityId: communityId('tuanjiehu'),
    districtCode: '110105',
    startsAt: new Date('2026-11-15T09:00:00+08:00'),
    hours: 3,
    pointsPerParticipant: 8,
    capacity: 10,
    participants: 2,
    createdAt: SEEDED_AT,
  };
  const upcoming: VolunteerActivityRow = {
    id: nameId('demo:volunteer-activity:wangjing-fire-patrol'),
    title: '消防安全巡查',
    communityId: communityId('wangjing-xiyuan'),
    districtCode: '110105',
    startsAt: saturdayMorningAfter(new Date()),
    hours: 2,
    pointsPerParticipant: 10,
    capacity: 12,
    participants: 1,
    createdAt: SEEDED_AT,
  };
  await em.insert(VolunteerActivity, [past, upcoming]);
  const confirmedAt = new Date('2026-11-15T13:00:00+08:00');
  for (const key of ['chen-jing', 'zhang-wei'] as const) {
    await em.insert(Participation, {
      id: nameId(`demo:participation:${past.id}:${key}`),
      activityId: past.id,
      workerId: workerId(key),
      joinedAt: new Date('2026-11-10T20:00:00+08:00'),
      confirmedAt,
      pointsAwarded: past.pointsPerParticipant,
    });
    await appendEntry(em, db, { workerId: workerId(key), delta: past.pointsPerParticipant, reason: 'ACTIVITY', reference: past.id, at: confirmedAt });
    await recordConfirmation(em, {
      participationId: nameId(`demo:participation:${past.id}:${key}`),
      districtCode: past.districtCode,
      workerId: workerId(key),
      confirmedAt,
      points: past.pointsPerParticipant,
    });
    await writeRollups(em, new RollupChanges().points(past.districtCode, confirmedAt, 'activityPoints', past.pointsPerParticipant));
  }
  await em.insert(Participation, {
    id: nameId(`demo:participation:${upcoming.id}:wang-qiang`),
    activityId: upcoming.id,
    workerId: workerId('wang-qiang'),
    joinedAt: new Date(),
    confirmedAt: null,
    pointsAwarded: null,
  });
  return true;
}

/**
 * Wang Qiang's pass at Tuanjiehu, issued as the community issues them: valid for its 30 days from
 * an hour before the demo is loaded, so that his registration and the guard's first check
 * (seedGateRegistrations) lie in the past too.
 */
async function seedGatePasses(em: EntityManager): Promise<boolean> {
  const id = nameId('demo:gate-pass:wang-tuanjiehu');
  if (await em.findOne(GatePass, { where: { id } })) return false;
  const issuedAt = new Date(Date.now() - 3_600_000);
  const tuanjiehu = COMMUNITIES.find((c) => c.key === 'tuanjiehu')!;
  await em.insert(GatePass, {
    id,
    code: newPassCode(),
    workerId: workerId('wang-qiang'),
    communityId: communityId(tuanjiehu.key),
    issuedAt,
    expiresAt: planIssue(null, tuanjiehu.passValidityDays, issuedAt).expiresAt,
    holderName: '王强',
    platform: 'MEITUAN',
  });
  return true;
}

/**
 * A note for the public on 王强's report of e-bikes charged in the stairwell at 团结湖, two hours
 * after it was accepted, so the demo shows a report's history as its reporter follows it.
 */
async function seedReportUpdates(em: EntityManager): Promise<boolean> {
  const report = await em.findOne(Report, { where: { id: reportId('tuanjiehu-stairwell-ebike') } });
  if (!report || report.status !== 'ACCEPTED' || !report.reviewedAt) return false;
  if (await em.count(ReportUpdate, { where: { reportId: report.id } })) return false;
  const at = new Date(report.reviewedAt.getTime() + 2 * 3_600_000);
  await appendReportHistory(em, report, [{ kind: 'PUBLIC_NOTE', status: report.status, publicNote: '社区已通知物业，周末前清出楼道内充电的电动车。', at }]);
  return true;
}

/**
 * The registration flow at the gate: 王强 registered at 团结湖 (approved, which issued his pass)
 * and the guard's first check of it; 李娜 has filled in the form at 望京西园三区 and waits for
 * the community to authorise her.
 */
async function seedGateRegistrations(em: EntityManager): Promise<boolean> {
  const approved = nameId('demo:gate-request:wang-tuanjiehu');
  if (await em.findOne(GatePassRequest, { where: { id: approved } })) return false;
  const pass = await em.findOne(GatePass, { where: { id: nameId('demo:gate-pass:wang-tuanjiehu') } });
  if (!pass) return false;
  const at = pass.issuedAt;
  const minutes = (n: number) => new Date(at.getTime() + n * 60_000);
  await em.insert(GatePassRequest, [
    {
      id: approved,
      communityId: pass.communityId,
      workerId: workerId('wang-qiang'),
      platform: 'MEITUAN',
      holderName: '王强',
      status: 'APPROVED',
      submittedAt: minutes(-10),
      decidedAt: at,
      decidedBy: 'demo',
      refusalReason: null,
      passId: pass.id,
    },
    {
      id: nameId('demo:gate-request:li-wangjing'),
      communityId: communityId('wangjing-xiyuan'),
      workerId: workerId('li-na'),
      platform: WORKERS['li-na'],
      holderName: '李娜',
      status: 'PENDING',
      submittedAt: minutes(5),
      decidedAt: null,
      decidedBy: null,
      refusalReason: null,
      passId: null,
    },
  ]);
  await em.insert(GateEntry, {
    id: nameId('demo:gate-entry:wang-tuanjiehu-1'),
    communityId: pass.communityId,
    passId: pass.id,
    code: pass.code,
    result: 'ADMITTED',
    checkedAt: minutes(20),
    checkedBy: 'demo',
  });
  return true;
}

const CITY_COMMUNITIES: (Omit<CommunityRow, 'id' | 'createdAt'> & { key: string })[] = [
  // 水岸城 in 西江社区 (桥东街道, 惠城区): its gate pass opens the estate to riders for 30 days.
  { key: 'hz-shuianchen', name: '水岸城（桥东街道西江社区）', districtCode: '441302', riderFriendly: true, passValidityDays: 30 },
  { key: 'zz-huayuanlu', name: '花园路街道骑手友好社区', districtCode: '410105', riderFriendly: true, passValidityDays: 30 },
];

async function seedCityCommunities(em: EntityManager): Promise<boolean> {
  if (await em.findOne(Community, { where: { id: communityId(CITY_COMMUNITIES[0]!.key) } })) return false;
  await em.insert(
    Community,
    CITY_COMMUNITIES.map(({ key, ...c }) => ({ id: communityId(key), ...c, createdAt: SEEDED_AT })),
  );
  return true;
}

/**
 * Zhengzhou: 马丽 a new social worker (新就业群体社工) of the 花园路 community, and a volunteer
 * activity at the outdoor workers' station that she and 赵刚 attended, confirmed and paid.
 */
async function seedCityVolunteering(em: EntityManager, db: Database): Promise<boolean> {
  const activityId = nameId('demo:volunteer-activity:zz-huayuanlu-station-service');
  if (await em.findOne(VolunteerActivity, { where: { id: activityId } })) return false;
  const community = communityId('zz-huayuanlu');
  await em.insert(VolunteerRole, {
    id: nameId('demo:volunteer-role:zz-ma-li-huayuanlu'),
    workerId: workerId('zz-ma-li'),
    communityId: community,
    role: 'NEW_SOCIAL_WORKER',
    since: new Date('2026-10-15T09:00:00+08:00'),
    until: null,
    activeKey: activeRoleKey(workerId('zz-ma-li'), community, 'NEW_SOCIAL_WORKER'),
  });
  const activity: VolunteerActivityRow = {
    id: activityId,
    title: '户外劳动者驿站志愿服务：宣传工会服务热线12351',
    communityId: community,
    districtCode: '410105',
    startsAt: new Date('2026-11-21T09:00:00+08:00'),
    hours: 3,
    pointsPerParticipant: 8,
    capacity: 10,
    participants: 2,
    createdAt: SEEDED_AT,
  };
  await em.insert(VolunteerActivity, activity);
  const confirmedAt = new Date('2026-11-21T13:00:00+08:00');
  for (const key of ['zz-ma-li', 'zz-zhao-gang'] as const) {
    const participationId = nameId(`demo:participation:${activity.id}:${key}`);
    await em.insert(Participation, {
      id: participationId,
      activityId: activity.id,
      workerId: workerId(key),
      joinedAt: new Date('2026-11-17T20:00:00+08:00'),
      confirmedAt,
      pointsAwarded: activity.pointsPerParticipant,
    });
    await appendEntry(em, db, { workerId: workerId(key), delta: activity.pointsPerParticipant, reason: 'ACTIVITY', reference: activity.id, at: confirmedAt });
    await recordConfirmation(em, { participationId, districtCode: activity.districtCode, workerId: workerId(key), confirmedAt, points: activity.pointsPerParticipant });
    await writeRollups(em, new RollupChanges().points(activity.districtCode, confirmedAt, 'activityPoints', activity.pointsPerParticipant));
  }
  return true;
}

/**
 * 林芳 at 水岸城's gate, as the 中海优行 pass works: her first visit took the four steps (scan the
 * gate's code, fill in the form, the community authorises, show the code), three days before
 * the demo was loaded; since then she scans to pass, for the pass's 30 days.
 */
async function seedShuianchenGate(em: EntityManager): Promise<boolean> {
  const passId = nameId('demo:gate-pass:hz-lin-fang-shuianchen');
  if (await em.findOne(GatePass, { where: { id: passId } })) return false;
  const shuianchen = CITY_COMMUNITIES.find((c) => c.key === 'hz-shuianchen')!;
  const community = communityId(shuianchen.key);
  const issuedAt = new Date(Date.now() - 3 * DAY_MS);
  const at = (minutes: number) => new Date(issuedAt.getTime() + minutes * 60_000);
  const code = newPassCode();
  await em.insert(GatePass, {
    id: passId,
    code,
    workerId: workerId('hz-lin-fang'),
    communityId: community,
    issuedAt,
    expiresAt: planIssue(null, shuianchen.passValidityDays, issuedAt).expiresAt,
    holderName: '林芳',
    platform: WORKERS['hz-lin-fang'],
  });
  await em.insert(GatePassRequest, {
    id: nameId('demo:gate-request:hz-lin-fang-shuianchen'),
    communityId: community,
    workerId: workerId('hz-lin-fang'),
    platform: WORKERS['hz-lin-fang'],
    holderName: '林芳',
    status: 'APPROVED',
    submittedAt: at(-3),
    decidedAt: issuedAt,
    decidedBy: 'demo',
    refusalReason: null,
    passId,
  });
  // The first entry shows the new code; the later ones are scan-to-pass.
  await em.insert(
    GateEntry,
    [1, 24 * 60 + 35, 2 * 24 * 60 + 50].map((minutes, i) => ({
      id: nameId(`demo:gate-entry:hz-lin-fang-shuianchen-${i + 1}`),
      communityId: community,
      passId,
      code,
      result: 'ADMITTED' as const,
      checkedAt: at(minutes),
      checkedBy: 'demo',
    })),
  );
  return true;
}

function toRow(d: DemoReport): ReportRow {
  const wgs = convert(d.at, 'GCJ02', 'WGS84');
  const id = reportId(d.key);
  return {
    id,
    reporterId: workerId(d.reporter),
    reporterPlatform: WORKERS[d.reporter],
    idempotencyKey: null,
    category: d.category,
    description: d.description,
    lat: wgs.lat,
    lng: wgs.lng,
    districtCode: d.district,
    streetCode: d.street ?? null,
    photoUrls: JSON.stringify(
      Array.from({ length: d.photos }, (_, i) => `https://files.example.org/nef/reports/${d.key}-${i + 1}.jpg`),
    ),
    status: d.status,
    duplicateOf: d.duplicateOf ? reportId(d.duplicateOf) : null,
    submittedAt: new Date(d.submitted),
    reviewedAt: d.reviewed ? new Date(d.reviewed) : null,
    resolvedAt: d.resolved ? new Date(d.resolved) : null,
    resolutionNote: d.note ?? null,
    reviewNote: null,
    externalRef: d.externalRef ?? null,
    pointsAwarded: ACCEPTED_PATH.includes(d.status) ? DEMO_ACCEPT_POINTS : 0,
  };
}
