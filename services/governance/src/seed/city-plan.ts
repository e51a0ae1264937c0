import { beijingDay, DAY_MS, HOUR_MS, MINUTE_MS } from '@nef/kit';
import { CITY, generatedStationId, generatedWorker, itemRandom, weightedPick, type DatasetScale, type GeneratedWorker } from '@nef/kit/seed';
import type {
  CommunityRow,
  GatePassRow,
  ParticipationRow,
  PointsAccountRow,
  PointsEntryRow,
  RedemptionRow,
  ReportRow,
  RewardRow,
  VolunteerActivityRow,
  VolunteerRoleRow,
} from '../entities';
import { planIssue, PASS_CODE_LENGTH } from '../rules/gate-pass';
import { balanceAfter, entryTime } from '../rules/points-ledger';
import { transition } from '../rules/report-life-cycle';
import { REPORT_POINTS } from '../rules/report-points';
import { hasStarted } from '../rules/volunteer-activity';
import { activeRoleKey } from '../rules/volunteer-role';
import { VOUCHER_CODE_LENGTH } from '../rules/voucher';
import type { PointsReason, RedemptionStatus, ReportCategory, RoleKind } from '../rules/vocabulary';
import { generatedCode, generatedRowId } from './city-ids';

/**
 * The governance share of the city data set: a year of hazard reports by the generated workers,
 * their points ledger, rewards and vouchers, communities, volunteer roles, activities and gate
 * passes, all in district 110105. Everything is drawn from the seed: the same seed, counts and
 * `now` give the same rows, ids included, on any machine. The national data set draws each of
 * its areas with the same rules (planPlace, with the area's Place from national-plan.ts).
 *
 * Rows are what the API would have left behind: reports only move along the life cycle's
 * transitions, points are paid at acceptance and confirmation, vouchers never overdraw a balance
 * nor pass a reward's stock, sign-ups never pass an activity's capacity, a worker holds a role at
 * a community once at a time and one valid pass per community.
 */

/** Chaoyang, in WGS-84 as reports are stored. */
export const CHAOYANG_BOX = { minLat: 39.83, maxLat: 40.08, minLng: 116.42, maxLng: 116.64 };

const YEAR = CITY.days * DAY_MS;

// ---------------------------------------------------------------------------------------------
// Random helpers

const SALT = { reports: 101, community: 102, reward: 103, activity: 104, role: 105, pool: 106, redeem: 107, pass: 108 };

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** A positive duration around `median` with a long right tail. */
function lognormal(rand: () => number, median: number, sigma: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, Math.exp(Math.log(median) + sigma * gaussian(rand)))));
}

function poisson(rand: () => number, lambda: number): number {
  if (lambda <= 0) return 0;
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > limit);
  return k - 1;
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const between = (rand: () => number, min: number, max: number) => min + Math.floor(rand() * (max - min));

// ---------------------------------------------------------------------------------------------
// Vocabulary of the generated city

const STREETS = [
  '望京', '酒仙桥', '三里屯', '团结湖', '呼家楼', '八里庄', '双井', '劲松', '潘家园', '十八里店',
  '小关', '和平街', '安贞', '亚运村', '大屯', '奥运村', '来广营', '东坝', '常营', '管庄',
  '高碑店', '南磨房', '垡头', '王四营', '豆各庄', '黑庄户', '金盏', '孙河', '崔各庄', '平房',
  '将台', '麦子店', '左家庄', '香河园', '六里屯', '朝外', '建外', '东风', '太阳宫', '首都机场',
];
const COMMUNITY_SUFFIXES = ['东里', '西里', '北里', '南里', '花园', '家园', '新村', '嘉园'];
const PLACE_SUFFIXES = ['东路', '西路', '南街', '北街', '路口', '小区', '商圈', '地铁站', '菜市场', '写字楼'];

const CATEGORY_WEIGHTS: Record<ReportCategory, number> = {
  EBIKE_INDOOR_CHARGING: 18,
  FIRE_HAZARD: 8,
  BLOCKED_FIRE_EXIT: 10,
  INFRASTRUCTURE: 20,
  SANITATION: 14,
  TRAFFIC_SAFETY: 17,
  PRODUCTION_SAFETY: 4,
  PUBLIC_ORDER: 6,
  OTHER: 3,
};
const DESCRIPTIONS: Record<ReportCategory, string[]> = {
  EBIKE_INDOOR_CHARGING: ['楼道内有电动自行车飞线充电', '单元门口有人把电瓶车推进楼里充电', '地下室多辆电动车违规充电，插线板堆在地上'],
  FIRE_HAZARD: ['餐馆后厨油烟管道积油严重', '配电箱旁堆放大量纸箱杂物', '楼道里有人使用液化气罐做饭'],
  BLOCKED_FIRE_EXIT: ['消防通道被外卖餐箱和杂物堵塞', '安全出口的门被锁住了', '消防车通道停满了私家车'],
  INFRASTRUCTURE: ['路段井盖缺失，夜里很危险', '一排路灯不亮', '人行道砖松动塌陷', '护栏被撞倒还没修'],
  SANITATION: ['垃圾桶满溢好几天没人清运', '路边积水发臭', '绿化带里堆着建筑垃圾'],
  TRAFFIC_SAFETY: ['路口信号灯故障', '非机动车道被围挡占用', '路口视线被广告牌挡住', '小区门口斑马线磨没了'],
  PRODUCTION_SAFETY: ['工地围挡倾斜快倒了', '仓库叉车无人看管就在通道上作业', '装修现场电焊没有看火人'],
  PUBLIC_ORDER: ['夜里有人聚集喝酒吵闹', '有人冒充外卖员挨家推销', '商户占道经营堵住了路'],
  OTHER: ['共享单车大量堆积挡路', '大风把树枝刮断挂在半空', '流浪狗在小区门口追人'],
};
const REJECT_NOTES = ['照片看不清隐患，请补充清晰照片', '不属于本区管辖范围', '现场核实未发现所述情况', '信息不全，无法核实位置'];
const RESOLVE_NOTES = ['已清理完毕', '物业已整改到位', '街道已派人现场处置', '已修复并恢复使用', '已移交城管执法并处理', '责任单位已整改'];

const REWARDS: { title: string; cost: number[]; atStation: boolean }[] = [
  { title: '免费理发一次', cost: [30, 40, 50], atStation: true },
  { title: '洗衣一次', cost: [20, 30], atStation: true },
  { title: '爱心午餐一份', cost: [15, 20, 25], atStation: true },
  { title: '电动车检修一次', cost: [40, 60], atStation: true },
  { title: '手机贴膜一次', cost: [10, 15], atStation: true },
  { title: '换电券一张', cost: [20, 30], atStation: true },
  { title: '差评抵消一次', cost: [80, 100, 120], atStation: false },
  { title: '骑行雨衣一件', cost: [60, 80], atStation: false },
  { title: '安全头盔一顶', cost: [100, 150], atStation: false },
  { title: '体检套餐一次', cost: [200, 300], atStation: false },
];
const ACTIVITIES = ['消防安全巡查', '楼道杂物清理', '电动车充电隐患排查', '交通文明劝导', '社区环境整治', '关爱骑手义诊', '防汛巡查', '独居老人探访'];

const ROLE_WEIGHTS: Record<RoleKind, number> = {
  GRID_MEMBER: 30,
  DEPUTY_BUILDING_HEAD: 25,
  PATROL_VOLUNTEER: 25,
  NEW_SOCIAL_WORKER: 12,
  COMMUNITY_REPRESENTATIVE: 8,
};

/** How often workers report: most never or rarely, a few every week or two. Yearly rates. */
const REPORTER_CLASSES = [
  { share: 0.5, perYear: 0 },
  { share: 0.33, perYear: 1.7 },
  { share: 0.13, perYear: 5 },
  { share: 0.04, perYear: 19 },
];

/** A ticket number of the city's 12345 hotline platform, as dispatching records it. */
function cityTicket(at: number, n: number): string {
  return `12345-${beijingDay(at).replaceAll('-', '')}-${String(n).padStart(5, '0')}`;
}

/** The first community's name: where a data set already written for a seed is found again. */
export function communityName(seed: number, k: number): string {
  const street = STREETS[(k + seed) % STREETS.length]!;
  const suffix = COMMUNITY_SUFFIXES[Math.floor(k / STREETS.length) % COMMUNITY_SUFFIXES.length]!;
  const round = Math.floor(k / (STREETS.length * COMMUNITY_SUFFIXES.length));
  return `${street}${suffix}${round > 0 ? round + 1 : ''}社区`;
}

/** How long before `now` community 0 was created: independent of `now`, so `now` can be read back from it. */
export function anchorOffset(seed: number): number {
  const rand = itemRandom(seed, 0, SALT.community);
  return YEAR + DAY_MS + Math.floor(rand() * 700 * DAY_MS);
}

// ---------------------------------------------------------------------------------------------
// The plan: every row, in memory, before anything is written

export interface Counts {
  workers: number;
  communities: number;
  rewards: number;
  activities: number;
  roles: number;
  stations: number;
}

/** Rows that belong to one worker: written together, in that worker's batch. */
export interface WorkerRows {
  reports: ReportRow[];
  entries: PointsEntryRow[];
  account: PointsAccountRow | null;
  redemptions: RedemptionRow[];
  participations: ParticipationRow[];
  roles: VolunteerRoleRow[];
  passes: GatePassRow[];
}

export interface Plan {
  now: Date;
  counts: Counts;
  communities: CommunityRow[];
  /** With the stock they start with; each batch takes what its vouchers took. */
  rewards: RewardRow[];
  /** With no participants; each batch adds its sign-ups. */
  activities: VolunteerActivityRow[];
  workers: (WorkerRows | undefined)[];
}

interface Award {
  worker: number;
  at: number;
  delta: number;
  reason: PointsReason;
  reference: string;
}

/**
 * Where a plan's rows are and how they are named: the city's Chaoyang, or one area of the national
 * data set (national-plan.ts). The plan works on its workers by position (0..counts.workers-1);
 * what must be unique in the whole data set (random streams, keys, ids) uses the workers' own
 * indexes and the catalogue's global numbers (`first`), so the areas of the national data set
 * never draw the same stream twice nor name two rows alike.
 */
export interface Place {
  scale: DatasetScale;
  /** The county code of every row. */
  district: string;
  /** The district's name, for activities that belong to no community. */
  districtName: string;
  /** The plan's workers, by position. */
  profiles: GeneratedWorker[];
  /** The data set's number of the plan's first community, reward, activity and role. */
  first: { community: number; reward: number; activity: number; role: number };
  /** The stream of the plan's own draws (sign-up regulars, vouchers): one per area. */
  stream: number;
  /** The id of the plan's station k (0..counts.stations-1). */
  stationId(k: number): string;
  /** The name of the plan's community k. */
  communityName(k: number): string;
  /** Where a report is: a point in the district. */
  point(rand: () => number): { lat: number; lng: number };
  /** Whether a point moved a little from a report's stays in the district's region. */
  holds(lat: number, lng: number): boolean;
  /** The street a worker's report names (null: none) and the place its description names. */
  reportStreet(rand: () => number, worker: GeneratedWorker): { code: string | null; name: string };
  /** The stream of a gate pass pair's draws. */
  passStream(worker: number, community: number): number;
  /** Pass and voucher codes taken by the data set's other places (unique across the data set). */
  codes?: { pass: Set<string>; voucher: Set<string> };
}

/** Chaoyang, as the city data set has always been drawn: rows name no street. */
function cityPlace(seed: number, counts: Counts): Place {
  const box = CHAOYANG_BOX;
  return {
    scale: 'city',
    district: CITY.districtCode,
    districtName: '朝阳区',
    profiles: Array.from({ length: counts.workers }, (_, i) => generatedWorker(seed, i)),
    first: { community: 0, reward: 0, activity: 0, role: 0 },
    stream: 0,
    stationId: (k) => generatedStationId('city', seed, k),
    communityName: (k) => communityName(seed, k),
    point: (rand) => ({ lat: box.minLat + rand() * (box.maxLat - box.minLat), lng: box.minLng + rand() * (box.maxLng - box.minLng) }),
    holds: () => true,
    reportStreet: (rand) => ({ code: null, name: pick(rand, STREETS) }),
    passStream: (worker, community) => worker * 1024 + community,
  };
}

/** Draws the whole city data set for a seed, counts and `now`. Pure: no database, no clock. */
export function planCity(seed: number, counts: Counts, now: Date): Plan {
  return planPlace(seed, counts, now, cityPlace(seed, counts));
}

/**
 * Draws the rows of one place (the city, or one area of the national data set) for a seed,
 * counts and `now`. Pure: no database, no clock.
 */
export function planPlace(seed: number, counts: Counts, now: Date, place: Place): Plan {
  const T = now.getTime();
  const district = place.district;
  const { scale, first, profiles } = place;
  /** Ids and codes in the data set's namespace. */
  const rowId = (kind: string, key: string | number, at: number) => generatedRowId(seed, kind, key, at, scale);
  const code = (kind: string, key: string, length: number, taken: Set<string>) => generatedCode(seed, kind, key, length, taken, scale);
  /** The prefix of idempotency keys: g42-... in the city data set, n42-... in the national one. */
  const keyPrefix = `${scale === 'city' ? 'g' : 'n'}${seed}`;
  /** The data set's number of worker i of the plan. */
  const gw = (i: number) => profiles[i]!.index;
  const workers: (WorkerRows | undefined)[] = new Array(counts.workers);
  const rowsOf = (i: number): WorkerRows =>
    (workers[i] ??= { reports: [], entries: [], account: null, redemptions: [], participations: [], roles: [], passes: [] });
  /** When worker i registered with the union: nothing of theirs happens before. */
  const registeredAt = (i: number) => T - profiles[i]!.registeredDaysAgo * DAY_MS;
  const awards: Award[] = [];

  // Communities: all created before the generated year.
  const communities: CommunityRow[] = [];
  for (let k = 0; k < counts.communities; k++) {
    const rand = itemRandom(seed, first.community + k, SALT.community);
    const createdAt = T - (YEAR + DAY_MS + Math.floor(rand() * 700 * DAY_MS));
    communities.push({
      id: rowId('community', first.community + k, createdAt),
      name: place.communityName(k),
      districtCode: district,
      riderFriendly: rand() < 0.45,
      passValidityDays: pick(rand, [15, 30, 30, 30, 60, 90, 180]),
      createdAt: new Date(createdAt),
    });
  }

  // Rewards: most offered before the year began, some added during it, a few withdrawn since.
  const rewards: RewardRow[] = [];
  const rewardState: { withdrawnAt: number; popularity: number; stock: number }[] = [];
  for (let k = 0; k < counts.rewards; k++) {
    const rand = itemRandom(seed, first.reward + k, SALT.reward);
    const kind = pick(rand, REWARDS);
    const createdAt = rand() < 0.7 ? T - YEAR - Math.floor(rand() * 200 * DAY_MS) : T - Math.floor((30 + rand() * 330) * DAY_MS);
    const stationIndex = (kind.atStation || rand() < 0.2) && counts.stations > 0 ? Math.floor(rand() * counts.stations) : null;
    const citywide = stationIndex === null && rand() < 0.3;
    const active = rand() < 0.92;
    rewards.push({
      id: rowId('reward', first.reward + k, createdAt),
      title: kind.title,
      costPoints: pick(rand, kind.cost),
      stock: between(rand, 20, 160),
      stationId: stationIndex === null ? null : place.stationId(stationIndex),
      districtCode: citywide ? null : district,
      active,
      createdAt: new Date(createdAt),
    });
    rewardState.push({
      withdrawnAt: active ? Infinity : createdAt + Math.floor(rand() * (T - createdAt)),
      popularity: 0.3 + rand() * 2.5,
      stock: rewards[k]!.stock,
    });
  }

  // Reports, worker by worker. A duplicate repeats an earlier worker's open or handled report.
  const originals: ReportRow[] = [];
  for (let i = 0; i < counts.workers; i++) {
    const rand = itemRandom(seed, gw(i), SALT.reports);
    const profile = profiles[i]!;
    const span = Math.min(YEAR, T - registeredAt(i));
    let u = rand();
    const klass = REPORTER_CLASSES.find((c) => (u -= c.share) < 0) ?? REPORTER_CLASSES[0]!;
    const n = poisson(rand, (klass.perYear * span) / YEAR);
    const mine: ReportRow[] = [];
    for (let k = 0; k < n; k++) {
      const key = `${gw(i)}:${k}`;
      const platform = rand() < 0.85 ? pick(rand, profile.accounts).platform : null;
      let submitted = T - 1 - Math.floor(rand() * span);
      let category = weightedPick(rand, CATEGORY_WEIGHTS);
      let { lat, lng } = place.point(rand);
      let original: ReportRow | null = null;
      // About one report in fifteen repeats one filed shortly before nearby.
      if (rand() < 0.07 && originals.length > 0) {
        const o = originals[Math.floor(rand() * originals.length)]!;
        const at = o.submittedAt.getTime() + between(rand, 30 * MINUTE_MS, 60 * HOUR_MS);
        if (at < T && at > registeredAt(i)) {
          original = o;
          submitted = at;
          category = o.category;
          lat = o.lat + (rand() - 0.5) * 0.0004;
          lng = o.lng + (rand() - 0.5) * 0.0005;
          // Close to the region's edge the step may leave it: then at the very same spot.
          if (!place.holds(lat, lng)) ({ lat, lng } = o);
        }
      }
      const street = place.reportStreet(rand, profile);
      // A repeat names the street of the report it repeats.
      const streetCode = original ? (original.streetCode ?? null) : street.code;
      const where = `${street.name}${pick(rand, PLACE_SUFFIXES)}`;
      const photos = pick(rand, [0, 1, 1, 2, 3]);
      const id = rowId('report', key, submitted);
      const row: ReportRow = {
        id,
        reporterId: profile.id,
        reporterPlatform: platform,
        idempotencyKey: platform ? `${keyPrefix}-${key}` : null,
        category,
        description: `${where}${pick(rand, DESCRIPTIONS[category])}。`,
        lat,
        lng,
        districtCode: district,
        streetCode,
        photoUrls: JSON.stringify(Array.from({ length: photos }, (_, p) => `https://img.example.org/reports/${id}/${p + 1}.jpg`)),
        status: 'SUBMITTED',
        duplicateOf: null,
        submittedAt: new Date(submitted),
        reviewedAt: null,
        resolvedAt: null,
        resolutionNote: null,
        reviewNote: null,
        externalRef: null,
        pointsAwarded: 0,
      };
      // Review within hours, sometimes days; what is not reviewed by now is still SUBMITTED.
      const reviewed = submitted + lognormal(rand, 5 * HOUR_MS, 1.0, 10 * MINUTE_MS, 12 * DAY_MS);
      const accept = rand() < 0.8;
      const dispatch = rand() < (category === 'INFRASTRUCTURE' || category === 'SANITATION' ? 0.75 : 0.45);
      const resolveAfter = lognormal(rand, dispatch ? 40 * HOUR_MS : 10 * HOUR_MS, 0.9, 30 * MINUTE_MS, 90 * DAY_MS);
      const stuck = rand() < 0.04;
      const ticket = between(rand, 0, 100_000);
      const note = rand();
      if (reviewed < T) {
        row.reviewedAt = new Date(reviewed);
        if (original) {
          Object.assign(row, { status: transition(row.status, 'DUPLICATE'), duplicateOf: original.id, reviewNote: '与此前的上报重复' });
        } else if (!accept) {
          Object.assign(row, { status: transition(row.status, 'REJECT'), reviewNote: REJECT_NOTES[Math.floor(note * REJECT_NOTES.length)] });
        } else {
          row.status = transition(row.status, 'ACCEPT');
          row.pointsAwarded = REPORT_POINTS[category];
          awards.push({ worker: i, at: reviewed, delta: row.pointsAwarded, reason: 'REPORT_ACCEPTED', reference: id });
          if (dispatch) Object.assign(row, { status: transition(row.status, 'DISPATCH'), externalRef: cityTicket(reviewed, ticket) });
          const resolved = reviewed + resolveAfter;
          if (!stuck && resolved < T) {
            Object.assign(row, { status: transition(row.status, 'RESOLVE'), resolvedAt: new Date(resolved), resolutionNote: RESOLVE_NOTES[Math.floor(note * RESOLVE_NOTES.length)] });
          }
        }
      }
      mine.push(row);
    }
    // Later workers may repeat these: anything not itself a duplicate and not rejected.
    for (const r of mine) if (r.status !== 'REJECTED' && r.status !== 'DUPLICATE') originals.push(r);
    if (mine.length) rowsOf(i).reports.push(...mine);
  }

  // Volunteer roles: a worker holds a given role at a community for one term.
  const roleHolders = new Map<number, number[]>();
  const riderFriendlyPairs = new Map<string, { worker: number; community: number; from: number; to: number }>();
  const heldKeys = new Set<string>();
  for (let n = 0; n < counts.roles; n++) {
    const rand = itemRandom(seed, first.role + n, SALT.role);
    const c = Math.floor(rand() * communities.length);
    const community = communities[c]!;
    const role = weightedPick(rand, ROLE_WEIGHTS);
    let worker = -1;
    let since = 0;
    for (let attempt = 0; attempt < 8 && worker < 0; attempt++) {
      const w = Math.floor(rand() * counts.workers);
      const start = T - 1 - Math.floor(rand() * Math.min(540 * DAY_MS, T - registeredAt(w)));
      const key = `${w}:${c}:${role}`;
      if (start > registeredAt(w) && start > community.createdAt.getTime() && !heldKeys.has(key)) {
        heldKeys.add(key);
        worker = w;
        since = start;
      }
    }
    if (worker < 0) continue;
    const end = rand() < 0.25 ? since + between(rand, 20 * DAY_MS, 300 * DAY_MS) : Infinity;
    const ended = end < T;
    const workerId = profiles[worker]!.id;
    rowsOf(worker).roles.push({
      id: rowId('role', first.role + n, since),
      workerId,
      communityId: community.id,
      role,
      since: new Date(since),
      until: ended ? new Date(end) : null,
      activeKey: ended ? null : activeRoleKey(workerId, community.id, role),
    });
    const holders = roleHolders.get(c);
    if (holders) holders.push(worker);
    else roleHolders.set(c, [worker]);
    if (community.riderFriendly) {
      const key = `${worker}:${c}`;
      const pair = riderFriendlyPairs.get(key);
      const to = ended ? end : T;
      if (!pair) riderFriendlyPairs.set(key, { worker, community: c, from: since, to });
      else Object.assign(pair, { from: Math.min(pair.from, since), to: Math.max(pair.to, to) });
    }
  }

  // Gate passes for the volunteers of rider-friendly communities, planned as issueGatePass plans
  // them: renewed while valid (same code, extended), issued afresh after a lapse.
  const passCodes = place.codes?.pass ?? new Set<string>();
  for (const pair of [...riderFriendlyPairs.values()].sort((a, b) => a.worker - b.worker || a.community - b.community)) {
    const rand = itemRandom(seed, place.passStream(gw(pair.worker), first.community + pair.community), SALT.pass);
    const community = communities[pair.community]!;
    const validity = community.passValidityDays * DAY_MS;
    let issue = pair.from + between(rand, HOUR_MS, 3 * DAY_MS);
    for (let n = 0; issue < Math.min(T, pair.to); n++) {
      let expires = planIssue(null, community.passValidityDays, new Date(issue)).expiresAt.getTime();
      for (;;) {
        const renew = expires - Math.floor(rand() * validity * 0.6) - HOUR_MS;
        if (rand() >= 0.75 || renew >= Math.min(T, pair.to) || renew <= issue) break;
        expires = planIssue({ expiresAt: new Date(expires) }, community.passValidityDays, new Date(renew)).expiresAt.getTime();
      }
      const key = `${gw(pair.worker)}:${first.community + pair.community}:${n}`;
      rowsOf(pair.worker).passes.push({
        id: rowId('pass', key, issue),
        code: code('pass', key, PASS_CODE_LENGTH, passCodes),
        workerId: profiles[pair.worker]!.id,
        communityId: community.id,
        issuedAt: new Date(issue),
        expiresAt: new Date(expires),
        // Passes issued directly (issueGatePass), without a registration at the gate.
        holderName: null,
        platform: null,
        revokedAt: null,
        revocationReason: null,
      });
      issue = expires + between(rand, DAY_MS, 60 * DAY_MS);
    }
  }

  // Activities and sign-ups: role holders of the community first, then the district's regulars.
  const poolRand = itemRandom(seed, place.stream, SALT.pool);
  const regulars = Array.from({ length: Math.max(1, Math.round(counts.workers * 0.06)) }, () => Math.floor(poolRand() * counts.workers));
  const activities: VolunteerActivityRow[] = [];
  for (let k = 0; k < counts.activities; k++) {
    const rand = itemRandom(seed, first.activity + k, SALT.activity);
    const c = rand() < 0.9 ? Math.floor(rand() * communities.length) : -1;
    const community = c >= 0 ? communities[c]! : null;
    const offset = rand() < 0.05 ? -Math.floor(rand() * 21 * DAY_MS) : Math.floor(rand() * YEAR);
    const startsAt = Math.floor((T - offset) / HOUR_MS) * HOUR_MS;
    let createdAt = Math.min(startsAt - between(rand, 2 * DAY_MS, 20 * DAY_MS), T - HOUR_MS);
    if (community) createdAt = Math.max(createdAt, community.createdAt.getTime() + HOUR_MS);
    const title = `${community ? community.name : place.districtName}${pick(rand, ACTIVITIES)}`;
    const activity: VolunteerActivityRow = {
      id: rowId('activity', first.activity + k, createdAt),
      title,
      communityId: community?.id ?? null,
      districtCode: district,
      startsAt: new Date(startsAt),
      hours: pick(rand, [1, 1.5, 2, 2, 3, 4]),
      pointsPerParticipant: pick(rand, [5, 8, 10, 10, 15, 20]),
      capacity: pick(rand, [10, 15, 20, 20, 25, 30, 40]),
      participants: 0,
      createdAt: new Date(createdAt),
    };
    activities.push(activity);
    const want = rand() < 0.15 ? activity.capacity : Math.floor(activity.capacity * (0.25 + 0.65 * rand()));
    const holders = c >= 0 ? (roleHolders.get(c) ?? []) : [];
    const joined = new Set<number>();
    const end = startsAt + activity.hours * HOUR_MS;
    for (let attempt = 0; attempt < want * 3 && joined.size < want; attempt++) {
      const w = holders.length && rand() < 0.4 ? pick(rand, holders) : pick(rand, regulars);
      const at = Math.max(startsAt - between(rand, HOUR_MS, 14 * DAY_MS), createdAt + 10 * MINUTE_MS);
      const show = rand() < 0.88;
      const confirmAfter = between(rand, 0, 48 * HOUR_MS);
      if (joined.has(w) || at >= T || hasStarted(activity, at) || at <= registeredAt(w)) continue;
      joined.add(w);
      const confirmed = show && end < T ? Math.min(end + confirmAfter, T - 1) : null;
      const p: ParticipationRow = {
        id: rowId('participation', `${first.activity + k}:${gw(w)}`, at),
        activityId: activity.id,
        workerId: profiles[w]!.id,
        joinedAt: new Date(at),
        confirmedAt: confirmed === null ? null : new Date(confirmed),
        pointsAwarded: confirmed === null ? null : activity.pointsPerParticipant,
      };
      rowsOf(w).participations.push(p);
      if (confirmed !== null) awards.push({ worker: w, at: confirmed, delta: activity.pointsPerParticipant, reason: 'ACTIVITY', reference: activity.id });
    }
  }

  // Vouchers: replay the year in time order, so each redemption sees the balance and the stock
  // as they were at that moment, and cancellations give both back when they happen.
  const ledger = new Map<number, Award[]>();
  const balance = new Float64Array(counts.workers);
  const redeemRand = itemRandom(seed, place.stream, SALT.redeem);
  type Event = { at: number; order: number; seq: number; worker: number; award?: Award; cancel?: RedemptionRow };
  const events: Event[] = [];
  let seq = 0;
  for (const a of awards) {
    events.push({ at: a.at, order: 0, seq: seq++, worker: a.worker, award: a });
    // Points are there to be spent: some awards send the worker to a counter a few days later.
    if (redeemRand() < 0.35) {
      const at = a.at + lognormal(redeemRand, 4 * DAY_MS, 1.0, HOUR_MS, 60 * DAY_MS);
      if (at < T) events.push({ at, order: 2, seq: seq++, worker: a.worker });
    }
  }
  const rewardIndex = new Map(rewards.map((r, i) => [r.id, i]));
  const cancellations = new MinHeap<Event>((x, y) => x.at - y.at || x.seq - y.seq);
  events.sort((x, y) => x.at - y.at || x.order - y.order || x.seq - y.seq);
  const voucherCodes = place.codes?.voucher ?? new Set<string>();
  const redeemedBy = new Map<number, number>();
  const credit = (worker: number, e: Award) => {
    balance[worker] += e.delta;
    let list = ledger.get(worker);
    if (!list) ledger.set(worker, (list = []));
    list.push(e);
  };
  const applyCancellation = (e: Event) => {
    const r = e.cancel!;
    rewardState[rewardIndex.get(r.rewardId)!]!.stock += 1;
    credit(e.worker, { worker: e.worker, at: e.at, delta: r.pointsSpent, reason: 'REDEMPTION_REFUND', reference: r.id });
  };
  for (const e of events) {
    while (cancellations.size && cancellations.peek()!.at <= e.at) applyCancellation(cancellations.pop()!);
    if (e.award) {
      credit(e.worker, e.award);
      continue;
    }
    let total = 0;
    const offered: number[] = [];
    for (let r = 0; r < rewards.length; r++) {
      const s = rewardState[r]!;
      if (rewards[r]!.createdAt.getTime() <= e.at && s.withdrawnAt > e.at && s.stock > 0 && rewards[r]!.costPoints <= balance[e.worker]!) {
        offered.push(r);
        total += s.popularity;
      }
    }
    if (offered.length === 0) continue;
    let w = redeemRand() * total;
    const r = offered.find((x) => (w -= rewardState[x]!.popularity) < 0) ?? offered[offered.length - 1]!;
    const reward = rewards[r]!;
    rewardState[r]!.stock -= 1;
    const n = redeemedBy.get(e.worker) ?? 0;
    redeemedBy.set(e.worker, n + 1);
    const key = `${keyPrefix}-${gw(e.worker)}-${n}`;
    const fate = redeemRand();
    const later = lognormal(redeemRand, 2 * DAY_MS, 1.2, 10 * MINUTE_MS, 45 * DAY_MS);
    const row: RedemptionRow = {
      id: rowId('redemption', `${gw(e.worker)}:${n}`, e.at),
      rewardId: reward.id,
      workerId: profiles[e.worker]!.id,
      idempotencyKey: key,
      pointsSpent: reward.costPoints,
      voucherCode: code('voucher', key, VOUCHER_CODE_LENGTH, voucherCodes),
      status: 'ISSUED',
      districtCode: reward.districtCode,
      redeemedAt: new Date(e.at),
      usedAt: null,
      cancelledAt: null,
    };
    credit(e.worker, { worker: e.worker, at: e.at, delta: -reward.costPoints, reason: 'REDEMPTION', reference: row.id });
    if (e.at + later < T) {
      if (fate < 0.07) {
        Object.assign(row, { status: 'CANCELLED' as RedemptionStatus, cancelledAt: new Date(e.at + later) });
        cancellations.push({ at: e.at + later, order: 1, seq: seq++, worker: e.worker, cancel: row });
      } else if (fate < 0.8) {
        Object.assign(row, { status: 'USED' as RedemptionStatus, usedAt: new Date(e.at + later) });
      }
    }
    rowsOf(e.worker).redemptions.push(row);
  }
  while (cancellations.size) applyCancellation(cancellations.pop()!);

  // The ledger, chained as appendEntry chains it (rules/points-ledger.ts): each worker's entries
  // in time order, strictly increasing times, every balanceAfter following from the one before
  // and never below zero, and the account at the end.
  for (const [worker, list] of ledger) {
    const rows = rowsOf(worker);
    let bal = 0;
    let last: number | null = null;
    for (const a of list) {
      bal = balanceAfter(bal, a.delta);
      const at = entryTime(last, a.at);
      last = at;
      rows.entries.push({
        id: rowId('entry', `${gw(worker)}:${a.reason}:${a.reference}`, at),
        workerId: profiles[worker]!.id,
        delta: a.delta,
        reason: a.reason,
        balanceAfter: bal,
        reference: a.reference,
        note: null,
        createdAt: new Date(at),
      });
    }
    rows.account = { workerId: profiles[worker]!.id, balance: bal, updatedAt: new Date(last!) };
  }
  return { now, counts, communities, rewards, activities, workers };
}

/** A binary heap, for the cancellations that the voucher replay schedules as it goes. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}
  get size() {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T) {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.less(a[i]!, a[parent]!) >= 0) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last !== undefined) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}
