import { In } from 'typeorm';
import { bulkInsert, bumpDataVersions, DAY_MS, HOUR_MS, nameId, startOfBeijingDay, type Database } from '@nef/kit';
import {
  CITY,
  GENERATED_PLATFORMS,
  NATIONAL,
  NATIONAL_AREAS,
  generatedWorker,
  generatedWorkerArea,
  generatedWorkerId,
  itemRandom,
  nationalArea,
  progressReporter,
  shareByArea,
  weightedPick,
  type Area,
  type DatasetScale,
  type GeneratedPlatform,
} from '@nef/kit/seed';
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
  type AgreedMeasureRow,
  type AssistanceCaseRow,
  type CaseStatusChangeRow,
  type ConsultationRow,
  type MeasureStatusChangeRow,
  type MembershipEventRow,
  type MembershipRow,
  type PlatformAccountRow,
  type UnionBranchRow,
  type WorkerRow,
} from '../entities';
import { cachePolicy } from '../cache';
import { applyRollups } from '../commands/support/rollups';
import { legacyConsent } from '../rules/consent';
import { CASE_MOVES, resolvedAtAfter, type CaseStatus } from '../rules/case-status';
import { actorOf } from '../rules/history-actor';
import { MEASURE_MOVES, type MeasureStatus } from '../rules/measure-status';
import { RollupDelta, standingOf } from '../rules/metric-rollups';
import { cardNoOf, memberCodeOf, memberNoOf } from '../rules/membership-numbers';
import { MEMBERSHIP_MOVES, rejoinReason, type MembershipStatus } from '../rules/membership-status';
import { phoneLast4 } from '../rules/phone';
import type { PhoneCipher } from '../rules/phone-cipher';
import { checkMove } from '../rules/status-move';

/**
 * The union's share of the kit's data sets, city (Chaoyang) or national (the 37 areas of
 * NATIONAL_AREAS): the generated workers registered with their platform accounts, memberships
 * with their history, a year of consultations and assistance cases. Everything but the phone
 * ciphertext (AES-GCM takes a random IV, as at registration) is a function of the scale, the
 * seed, the counts and `now`.
 */

/** Who the history rows name, as actorOf names callers, with a key id that says where they came from. */
export const GENERATED_KEY = 'generated';
const OPERATOR = actorOf({ role: 'operator', domain: 'union', keyId: GENERATED_KEY });
const partnerActor = (platform: string) => actorOf({ role: 'partner', platform, keyId: GENERATED_KEY });

/**
 * The district's branches that generated members join. Matched to existing branches by name,
 * level and district, so a database that already has them (the demo has 朝阳区总工会 and
 * 望京街道总工会) gets no duplicates; the missing ones get these stable ids.
 */
export const GENERATED_BRANCHES = [
  { key: 'district', name: '朝阳区总工会', level: 'DISTRICT' },
  { key: 'wangjing', name: '望京街道总工会', level: 'SUBDISTRICT' },
  { key: 'jiuxianqiao', name: '酒仙桥街道总工会', level: 'SUBDISTRICT' },
  { key: 'sanlitun', name: '三里屯街道总工会', level: 'SUBDISTRICT' },
  { key: 'jianwai', name: '建外街道总工会', level: 'SUBDISTRICT' },
  { key: 'shuangjing', name: '双井街道总工会', level: 'SUBDISTRICT' },
  { key: 'datun', name: '大屯街道总工会', level: 'SUBDISTRICT' },
] as const;

export const generatedBranchId = (key: string) => nameId(`generated:branch:${CITY.districtCode}:${key}`);

/**
 * The national data set's branches: the county union of each area, which all of the area's
 * generated members join and which holds the area's consultations. Matched to an existing
 * DISTRICT branch of the county under either of the names a county union goes by (the demo has
 * 郑州市金水区总工会; the city run, 朝阳区总工会); missing ones get ids of their own scale and area.
 */
export const nationalBranchName = (area: Area) =>
  // Two cities have a 和平区 and two a 城关区: those go by the city's name as well.
  NATIONAL_AREAS.filter((a) => a.name === area.name).length > 1 ? `${area.city}${area.name}总工会` : `${area.name}总工会`;
export const nationalBranchId = (area: Area) => nameId(`generated:national:branch:${area.code}:district`);
const nationalBranchNames = (area: Area) => [nationalBranchName(area), `${area.city}${area.name}总工会`];

/** Consultations of the city data set: two a month for its 100,000 workers; the national one keeps the ratio in every area. */
export const CITY_CONSULTATIONS = 24;

const CHANNELS = { ONLINE_QR: 45, PLATFORM_REFERRAL: 30, ONSITE_EVENT: 15, BRANCH_OFFICE: 10 } as const;
const WITHDRAWAL_REASONS = [null, '不再从事配送工作', '离开北京', '个人原因'] as const;
/** The reasons a worker of a national area gives: she leaves her own city, not Beijing. */
const withdrawalReasons = (area: Area) => WITHDRAWAL_REASONS.map((r) => (r === '离开北京' ? `离开${area.city.replace(/市$/, '')}` : r));
const LAPSE_REASONS = ['会费未按期续缴', '连续六个月未缴纳会费'] as const;

/** Shares of members: how their membership ends up (after joining) and how many had an earlier one. */
export const MEMBERSHIP_SHARES = { withdrawn: 0.03, lapsed: 0.02, lapsedThenWithdrawn: 0.005, renewedAfterLapse: 0.015, rejoinedAfterWithdrawal: 0.005 };
/** Share of workers with an assistance case. */
export const CASE_SHARE = 0.01;

const CASE_KINDS = { WAGE_DISPUTE: 30, LEGAL_AID: 20, WORK_INJURY: 20, HARDSHIP: 20, COUNSELLING: 10 } as const;
const CASE_SUMMARIES: Record<keyof typeof CASE_KINDS, readonly string[]> = {
  WAGE_DISPUTE: ['配送站拖欠配送费两个月', '站点扣罚配送费，要求说明依据', '离职后未结清最后一个月报酬'],
  LEGAL_AID: ['与劳务公司的合同纠纷，需要法律咨询', '交通事故责任认定后的赔偿纠纷', '账号被封停，申诉无果'],
  WORK_INJURY: ['送餐途中摔伤，咨询职业伤害保障', '配送中被车辆剐蹭受伤', '搬运货物扭伤腰部'],
  HARDSHIP: ['家人重病，申请困难帮扶', '电动车被盗，生活暂时困难', '子女上学费用困难'],
  COUNSELLING: ['交通事故后的心理疏导', '长期夜班导致焦虑失眠', '与顾客冲突后情绪低落'],
};
/** Status paths a case takes, each a sequence of allowed moves (checked when drawn). */
const CASE_PATHS: Record<string, readonly CaseStatus[]> = {
  open: ['OPEN'],
  taken: ['OPEN', 'IN_PROGRESS'],
  resolved: ['OPEN', 'IN_PROGRESS', 'RESOLVED'],
  quick: ['OPEN', 'RESOLVED'],
  done: ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'],
  dismissed: ['OPEN', 'CLOSED'],
  abandoned: ['OPEN', 'IN_PROGRESS', 'CLOSED'],
  reopened: ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'],
};
const CASE_PATH_WEIGHTS = { open: 10, taken: 15, resolved: 10, quick: 5, done: 40, dismissed: 8, abandoned: 7, reopened: 5 };
/** How long each move of a case takes, in hours: [least, most]. */
const CASE_STEP_HOURS: Record<CaseStatus, [number, number]> = {
  OPEN: [0, 0],
  IN_PROGRESS: [2, 72],
  RESOLVED: [24, 30 * 24],
  CLOSED: [24, 14 * 24],
};

const MEASURES: Record<string, readonly string[]> = {
  RIGHTS: ['申诉渠道48小时内人工回复', '明确站点罚款规则并公示', '为骑手缴纳职业伤害保障'],
  ALGORITHM: ['恶劣天气自动延长配送时限', '公开派单与计价规则的主要参数', '高峰时段降低超时扣罚'],
  CARE: ['骑手之家开放夜间休息与充电', '夏季防暑降温物资发放', '冬季暖心驿站延长开放时间'],
  SKILLS: ['骑手学历提升补贴', '开设电动车维修技能培训', '组织骑手职业技能等级认定'],
  SAFETY: ['新骑手上岗前交通安全培训', '配发头盔与反光背心', '电动车充电安全检查'],
};
const MEASURE_PATHS: Record<string, readonly MeasureStatus[]> = {
  agreed: ['AGREED'],
  started: ['AGREED', 'IN_PROGRESS'],
  done: ['AGREED', 'IN_PROGRESS', 'DONE'],
  quick: ['AGREED', 'DONE'],
  dropped: ['AGREED', 'DROPPED'],
  reopened: ['AGREED', 'IN_PROGRESS', 'DONE', 'IN_PROGRESS'],
  reinstated: ['AGREED', 'DROPPED', 'AGREED'],
  abandoned: ['AGREED', 'IN_PROGRESS', 'DROPPED'],
};
const MEASURE_PATH_WEIGHTS = { agreed: 15, started: 20, done: 30, quick: 15, dropped: 6, reopened: 5, reinstated: 2, abandoned: 7 };

export interface GeneratedWorkerRows {
  worker: WorkerRow;
  accounts: PlatformAccountRow[];
  membership: MembershipRow | null;
  events: MembershipEventRow[];
  cases: AssistanceCaseRow[];
  caseChanges: CaseStatusChangeRow[];
}

export interface GeneratedConsultationRows {
  consultation: ConsultationRow;
  measures: AgreedMeasureRow[];
  changes: MeasureStatusChangeRow[];
}

/** Midnight in Beijing `daysAgo` days before the Beijing day of `now`, as an instant. */
function dayStart(now: Date, daysAgo: number): number {
  return startOfBeijingDay(now, -daysAgo).getTime();
}

/** A random instant of the Beijing day `daysAgo` before now, not before `notBefore` and not after now. */
function timeOnDay(rand: () => number, now: Date, daysAgo: number, notBefore = -Infinity): Date {
  const start = dayStart(now, daysAgo);
  const lo = Math.max(start, notBefore);
  const hi = Math.min(start + DAY_MS, now.getTime());
  return new Date(hi > lo ? lo + Math.floor(rand() * (hi - lo)) : lo);
}

/** A random instant strictly after `after` and before `before` (null when there is no room). */
function strictlyBetween(rand: () => number, after: number, before: number): number | null {
  if (before - after < 2) return null;
  return after + 1 + Math.floor(rand() * (before - after - 1));
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * A keyed permutation of [0, 2^(2·halfBits)) (a four-round Feistel network): distinct indexes
 * give distinct values that do not look sequential, so generated numbers are unique by
 * construction instead of by luck.
 */
function permute(value: number, halfBits: number, key: number): number {
  const size = 2 ** halfBits;
  const mask = size - 1;
  let left = Math.floor(value / size);
  let right = value % size;
  for (let round = 0; round < 4; round++) {
    const f = mix32((right ^ mix32(key ^ Math.imul(round + 1, 0x9e3779b9))) >>> 0) & mask;
    [left, right] = [right, (left ^ f) & mask];
  }
  return left * size + right;
}

/** Workers a data set may have: national workers' numbers are permuted from the upper half of each range, city workers' from the lower. */
export const MAX_GENERATED_WORKERS = 2 ** 39;

/**
 * Member number as newMemberNo makes them (rules/membership-numbers), its code a keyed
 * permutation of the index: unique per (seed, index), and national codes never equal city ones
 * (their indexes enter the permutation shifted past every city index), so both sets fit one registry.
 */
export function generatedMemberNo(seed: number, index: number, firstJoinedAt: Date, regionCode: string, scale: DatasetScale = 'city'): string {
  return memberNoOf(firstJoinedAt, memberCodeOf(permute(index + (scale === 'city' ? 0 : 2 ** 39), 20, mix32(seed ^ 0x6d656d62))), regionCode);
}

/** Card number as newCardNo makes them; the last 15 digits unique per (seed, index), the national ones apart from the city's as member numbers are. */
export function generatedCardNo(seed: number, index: number, firstDigit: number, scale: DatasetScale = 'city'): string {
  return cardNoOf(firstDigit, permute(index + (scale === 'city' ? 0 : 2 ** 47), 24, mix32(seed ^ 0x63617264)));
}

/**
 * Everything the union stores about generated worker `index` of the data set, drawn from that
 * worker's own random stream. `branchIds` are the branches members join, the first the county
 * union (40 % join it, the rest one of the others); for the national set, a function of the
 * worker's county, since each area has its own.
 */
export function drawWorker(
  seed: number,
  index: number,
  now: Date,
  branchIds: readonly string[] | ((districtCode: string) => readonly string[]),
  cipher: PhoneCipher,
  scale: DatasetScale = 'city',
): GeneratedWorkerRows {
  const g = generatedWorker(seed, index, scale);
  const area = scale === 'city' ? null : nationalArea(g.districtCode)!;
  const branches = typeof branchIds === 'function' ? branchIds(g.districtCode) : branchIds;
  const withdrawalReasonsHere = area ? withdrawalReasons(area) : WITHDRAWAL_REASONS;
  const rand = itemRandom(seed, index, 101);
  const nowMs = now.getTime();
  const registeredAt = timeOnDay(rand, now, g.registeredDaysAgo);
  const worker: WorkerRow = {
    id: g.id,
    name: g.name,
    phoneEnc: cipher.encrypt(g.phone),
    phoneHash: cipher.hash(g.phone),
    phoneLast4: phoneLast4(g.phone),
    occupation: g.occupation,
    districtCode: g.districtCode,
    streetCode: g.streetCode,
    registeredAt,
  };
  const main = g.accounts[0]!.platform;
  const accounts: PlatformAccountRow[] = g.accounts.map((a, k) => ({
    id: nameId(`generated:${scale}:${seed}:account:${a.platform}:${index}`),
    workerId: g.id,
    platformCode: a.platform,
    externalId: a.externalId,
    // The main account is linked at registration; a second one later.
    linkedAt: k === 0 ? registeredAt : new Date(registeredAt.getTime() + Math.floor(rand() * (nowMs - registeredAt.getTime()))),
  }));

  let membership: MembershipRow | null = null;
  const events: MembershipEventRow[] = [];
  if (g.joinedDaysAgo !== null) {
    const joinedAt = timeOnDay(rand, now, g.joinedDaysAgo, registeredAt.getTime());
    const channel = weightedPick(rand, CHANNELS);
    const joinActor = channel === 'ONLINE_QR' || channel === 'PLATFORM_REFERRAL' ? partnerActor(main) : OPERATOR;
    const branchId = rand() < 0.4 || branches.length === 1 ? branches[0]! : branches[1 + Math.floor(rand() * (branches.length - 1))]!;
    const s = MEMBERSHIP_SHARES;
    const history: Omit<MembershipEventRow, 'id' | 'membershipId'>[] = [];
    // An earlier membership that lapsed or was withdrawn, renewed by the join at joinedAt.
    const earlier = rand();
    const left: 'LAPSED' | 'WITHDRAWN' | null =
      earlier < s.renewedAfterLapse ? 'LAPSED' : earlier < s.renewedAfterLapse + s.rejoinedAfterWithdrawal ? 'WITHDRAWN' : null;
    const firstJoin = left ? strictlyBetween(rand, registeredAt.getTime(), joinedAt.getTime() - DAY_MS) : null;
    const leftAt = firstJoin != null ? strictlyBetween(rand, firstJoin, joinedAt.getTime()) : null;
    if (left && firstJoin != null && leftAt != null) {
      history.push({ status: 'ACTIVE', at: new Date(firstJoin), actor: joinActor, reason: null });
      history.push({ status: left, at: new Date(leftAt), actor: left === 'LAPSED' ? OPERATOR : partnerActor(main), reason: left === 'LAPSED' ? pick(rand, LAPSE_REASONS) : pick(rand, withdrawalReasonsHere) });
      history.push({ status: 'ACTIVE', at: joinedAt, actor: joinActor, reason: rejoinReason(left) });
    } else {
      history.push({ status: 'ACTIVE', at: joinedAt, actor: joinActor, reason: null });
    }
    // How it stands now.
    const fate = rand();
    const ends: MembershipStatus[] =
      fate < s.withdrawn ? ['WITHDRAWN']
      : fate < s.withdrawn + s.lapsed ? ['LAPSED']
      : fate < s.withdrawn + s.lapsed + s.lapsedThenWithdrawn ? ['LAPSED', 'WITHDRAWN']
      : [];
    let at = joinedAt.getTime();
    for (const status of ends) {
      const next = strictlyBetween(rand, at, nowMs + 1);
      if (next == null) break;
      at = next;
      const byWorker = status === 'WITHDRAWN' && rand() < 0.6;
      history.push({
        status,
        at: new Date(at),
        actor: status === 'LAPSED' || !byWorker ? OPERATOR : partnerActor(main),
        reason: status === 'LAPSED' ? pick(rand, LAPSE_REASONS) : pick(rand, withdrawalReasonsHere),
      });
    }
    // The history must be a walk the service allows.
    for (let k = 1; k < history.length; k++) {
      checkMove('membership', MEMBERSHIP_MOVES, history[k - 1]!.status as MembershipStatus, history[k]!.status as MembershipStatus);
    }
    const id = nameId(`generated:${scale}:${seed}:membership:${index}`);
    const last = history[history.length - 1]!;
    membership = {
      id,
      workerId: g.id,
      // The worker's area: the branches she may join are all in it.
      memberNo: generatedMemberNo(seed, index, history[0]!.at, g.districtCode, scale),
      cardNo: generatedCardNo(seed, index, 1 + Math.floor(rand() * 9), scale),
      status: last.status,
      branchId,
      channel,
      joinedAt,
      updatedAt: last.at,
    };
    history.forEach((e, k) => events.push({ id: nameId(`generated:${scale}:${seed}:membership:${index}:event:${k}`), membershipId: id, ...e }));
  }

  const cases: AssistanceCaseRow[] = [];
  const caseChanges: CaseStatusChangeRow[] = [];
  if (rand() < CASE_SHARE) {
    const id = nameId(`generated:${scale}:${seed}:case:${index}`);
    const windowStart = Math.max(registeredAt.getTime(), nowMs - CITY.days * DAY_MS);
    const openedAt = windowStart + Math.floor(rand() * (nowMs - windowStart));
    const kind = weightedPick(rand, CASE_KINDS);
    const opener = rand() < 0.6 ? partnerActor(main) : OPERATOR;
    const path = CASE_PATHS[weightedPick(rand, CASE_PATH_WEIGHTS)]!;
    let at = openedAt;
    let resolvedAt: Date | null = null;
    const changes: { status: CaseStatus; at: number }[] = [{ status: 'OPEN', at }];
    for (const status of path.slice(1)) {
      const [lo, hi] = CASE_STEP_HOURS[status];
      const next = at + Math.floor((lo + rand() * (hi - lo)) * HOUR_MS);
      if (next > nowMs) break;
      checkMove('case', CASE_MOVES, changes[changes.length - 1]!.status, status);
      at = next;
      resolvedAt = resolvedAtAfter(status, resolvedAt, new Date(at));
      changes.push({ status, at });
    }
    cases.push({
      id,
      workerId: g.id,
      kind,
      status: changes[changes.length - 1]!.status,
      summary: pick(rand, CASE_SUMMARIES[kind]),
      openedAt: new Date(openedAt),
      resolvedAt,
      updatedAt: new Date(at),
      openedBy: opener,
    });
    changes.forEach((c, k) =>
      caseChanges.push({ id: nameId(`generated:${scale}:${seed}:case:${index}:change:${k}`), caseId: id, status: c.status, at: new Date(c.at), actor: k === 0 ? opener : OPERATOR }),
    );
  }
  return { worker, accounts, membership, events, cases, caseChanges };
}

/**
 * Consultation `k` of `count`, spread evenly over the year before now, with its measures and
 * their histories: of the city data set, or with `area` of that national area (its own ids and
 * random streams; `branches` then the area's).
 */
export function drawConsultation(seed: number, k: number, count: number, now: Date, branches: readonly UnionBranchRow[], area?: Area): GeneratedConsultationRows {
  // The area's code as the salt: each area's k-th consultation draws a stream of its own.
  const rand = itemRandom(seed, k, area ? Number(area.code) : 201);
  const prefix = area ? `generated:national:${seed}:consultation:${area.code}:${k}` : `generated:city:${seed}:consultation:${k}`;
  const nowMs = now.getTime();
  const platforms = Object.keys(GENERATED_PLATFORMS) as GeneratedPlatform[];
  const platform = platforms[k % platforms.length]!;
  const branch = k % 3 === 0 || branches.length === 1 ? branches[0]! : branches[1 + Math.floor(rand() * (branches.length - 1))]!;
  // Oldest first: consultation 0 about a year ago, the last one in the past fortnight.
  const daysAgo = Math.max(1, Math.round(((count - k) / count) * CITY.days - rand() * 10));
  const heldAt = new Date(dayStart(now, daysAgo) + (9 + Math.floor(rand() * 8)) * HOUR_MS);
  const recordedAt = new Date(Math.min(nowMs, heldAt.getTime() + (2 + Math.floor(rand() * 4)) * HOUR_MS));
  const id = nameId(prefix);
  const consultation: ConsultationRow = {
    id,
    title: `${branch.name}与${GENERATED_PLATFORMS[platform].name}骑手恳谈会（第${k + 1}次）`,
    platformCode: platform,
    branchId: branch.id,
    heldAt,
    workerRepresentatives: 10 + Math.floor(rand() * 70),
    recordedAt,
    recordedBy: OPERATOR,
  };
  const measures: AgreedMeasureRow[] = [];
  const changes: MeasureStatusChangeRow[] = [];
  const n = 3 + Math.floor(rand() * 5);
  for (let position = 0; position < n; position++) {
    const category = pick(rand, Object.keys(MEASURES));
    const measureId = nameId(`${prefix}:measure:${position}`);
    const path = MEASURE_PATHS[weightedPick(rand, MEASURE_PATH_WEIGHTS)]!;
    const walk: { status: MeasureStatus; at: number }[] = [{ status: 'AGREED', at: recordedAt.getTime() }];
    for (const status of path.slice(1)) {
      const next = walk[walk.length - 1]!.at + Math.floor((3 + rand() * 57) * DAY_MS);
      if (next > nowMs) break;
      checkMove('measure', MEASURE_MOVES, walk[walk.length - 1]!.status, status);
      walk.push({ status, at: next });
    }
    const due = rand() < 0.6 ? new Date(dayStart(heldAt, -(30 + Math.floor(rand() * 150))) + DAY_MS - 1000) : null;
    const last = walk[walk.length - 1]!;
    measures.push({
      id: measureId,
      consultationId: id,
      position,
      category,
      description: pick(rand, MEASURES[category]!),
      status: last.status,
      dueAt: due,
      updatedAt: new Date(last.at),
    });
    walk.forEach((w, j) =>
      changes.push({ id: nameId(`${prefix}:measure:${position}:change:${j}`), measureId, status: w.status, at: new Date(w.at), actor: OPERATOR }),
    );
  }
  return { consultation, measures, changes };
}

export const SCALES: readonly DatasetScale[] = ['city', 'national'];

export interface GenerateOptions {
  /** Which data set: city (default) or national. */
  scale?: DatasetScale;
  seed: number;
  /** Default CITY.workers (100,000) for the city, NATIONAL.workers (1,000,000) for the nation. */
  workers?: number;
  /**
   * City: default 24, two a month. National: the whole country's, shared among the areas in
   * proportion to their workers; default 24 per 100,000 workers, as in the city.
   */
  consultations?: number;
  /** Workers per transaction; default 5,000. */
  batchSize?: number;
  now?: Date;
  /** The service's phone cipher: phones are stored encrypted and hashed as registration stores them. */
  cipher: PhoneCipher;
  /** Where progress lines go (none by default). */
  progress?: (line: string) => void;
}

export interface GenerateResult {
  /** Rows written by this run, per table; all zero when everything was already there. */
  written: Record<string, number>;
}

/**
 * Writes the union's share of the data set of `scale` for `seed`. Workers go in batches of
 * consecutive indexes, each batch in one transaction with everything that belongs to its
 * workers (accounts, memberships and their events, cases and their changes, the metric
 * rollups of their counties and streets); workers already present are skipped, so an
 * interrupted run can be started again and a second run adds nothing. Memory stays that of one
 * batch whatever the total. National consultations are written area by area.
 */
export async function generate(db: Database, opts: GenerateOptions): Promise<GenerateResult> {
  const seed = opts.seed;
  const scale = opts.scale ?? 'city';
  if (!SCALES.includes(scale)) throw new Error(`unknown scale ${String(scale)}: the union generates ${SCALES.join(' or ')}`);
  const total = opts.workers ?? (scale === 'city' ? CITY.workers : NATIONAL.workers);
  const consultations = opts.consultations ?? (scale === 'city' ? CITY_CONSULTATIONS : Math.round((total * CITY_CONSULTATIONS) / CITY.workers));
  const batchSize = Math.max(1, opts.batchSize ?? 5_000);
  const now = opts.now ?? new Date();
  if (!Number.isSafeInteger(seed)) throw new Error('the seed must be a whole number');
  if (total > MAX_GENERATED_WORKERS) throw new Error('at most 2^39 workers');
  const report = progressReporter(`union ${scale} seed ${seed}`, opts.progress ?? (() => {}));
  const written: Record<string, number> = {
    platforms: 0, union_branches: 0, workers: 0, platform_accounts: 0, consents: 0, memberships: 0, membership_events: 0,
    assistance_cases: 0, case_status_changes: 0, consultations: 0, agreed_measures: 0, measure_status_changes: 0,
  };

  await ensurePlatforms(db, now, written);
  let cityBranches: UnionBranchRow[] = [];
  let areaBranches = new Map<string, UnionBranchRow>();
  if (scale === 'city') cityBranches = await ensureCityBranches(db, written);
  else areaBranches = await ensureAreaBranches(db, written);
  const branchIds: readonly string[] | ((districtCode: string) => readonly string[]) =
    scale === 'city' ? cityBranches.map((b) => b.id) : (code) => [areaBranches.get(code)!.id];
  if (total > 0) await refuseOtherSeed(db, opts.cipher, seed, scale);

  for (let start = 0; start < total; start += batchSize) {
    const end = Math.min(total, start + batchSize);
    const ids = new Map<string, number>();
    for (let i = start; i < end; i++) ids.set(generatedWorkerId(seed, i, scale), i);
    const present = await db.manager.find(WorkerEntity, { select: { id: true }, where: { id: In([...ids.keys()]) } });
    for (const w of present) ids.delete(w.id);
    if (ids.size > 0) {
      const drawn = [...ids.values()].map((i) => drawWorker(seed, i, now, branchIds, opts.cipher, scale));
      const rows = {
        workers: drawn.map((d) => d.worker),
        accounts: drawn.flatMap((d) => d.accounts),
        consents: drawn.flatMap((d) => d.accounts.map((a) => legacyConsent(nameId(`generated:consent:${a.id}`), a.workerId, a.platformCode, a.linkedAt))),
        memberships: drawn.flatMap((d) => (d.membership ? [d.membership] : [])),
        events: drawn.flatMap((d) => d.events),
        cases: drawn.flatMap((d) => d.cases),
        caseChanges: drawn.flatMap((d) => d.caseChanges),
      };
      const delta = new RollupDelta();
      for (const d of drawn) {
        delta.worker(standingOf(d.worker, d.membership, d.accounts), 1);
        for (const c of d.cases) delta.assistanceCase(d.worker, c.status, 1);
      }
      await db.transaction(async (em) => {
        await bulkInsert(em, WorkerEntity, rows.workers);
        await bulkInsert(em, PlatformAccountEntity, rows.accounts);
        await bulkInsert(em, ConsentEntity, rows.consents);
        await bulkInsert(em, MembershipEntity, rows.memberships);
        await bulkInsert(em, MembershipEventEntity, rows.events);
        await bulkInsert(em, AssistanceCaseEntity, rows.cases);
        await bulkInsert(em, CaseStatusChangeEntity, rows.caseChanges);
        await applyRollups(em, delta);
      });
      written.workers! += rows.workers.length;
      written.platform_accounts! += rows.accounts.length;
      written.consents! += rows.consents.length;
      written.memberships! += rows.memberships.length;
      written.membership_events! += rows.events.length;
      written.assistance_cases! += rows.cases.length;
      written.case_status_changes! += rows.caseChanges.length;
    }
    report.step('workers', end, total, ids.size === end - start ? '' : `${end - start - ids.size} already there`);
  }

  if (consultations > 0) {
    const plan =
      scale === 'city'
        ? [{ area: undefined, count: consultations, branches: cityBranches }]
        : consultationsByArea(seed, total, consultations).map(({ area, count }) => ({ area, count, branches: [areaBranches.get(area.code)!] }));
    let there = 0;
    // One area at a time (the city is one), so that a national run holds one area's consultations.
    for (const { area, count, branches } of plan) {
      if (count === 0) continue;
      const drawn = Array.from({ length: count }, (_, k) => drawConsultation(seed, k, count, now, branches, area));
      const present = new Set(
        (await db.manager.find(ConsultationEntity, { select: { id: true }, where: { id: In(drawn.map((d) => d.consultation.id)) } })).map((c) => c.id),
      );
      there += present.size;
      const missing = drawn.filter((d) => !present.has(d.consultation.id));
      if (missing.length === 0) continue;
      await db.transaction(async (em) => {
        await bulkInsert(em, ConsultationEntity, missing.map((d) => d.consultation));
        await bulkInsert(em, AgreedMeasureEntity, missing.flatMap((d) => d.measures));
        await bulkInsert(em, MeasureStatusChangeEntity, missing.flatMap((d) => d.changes));
      });
      written.consultations! += missing.length;
      written.agreed_measures! += missing.reduce((s, d) => s + d.measures.length, 0);
      written.measure_status_changes! += missing.reduce((s, d) => s + d.changes.length, 0);
    }
    report.step('consultations', consultations, consultations, there ? `${there} already there` : '');
  }
  // Answers cached from before (if the service's cache policy keeps any) must go.
  if (Object.values(written).some((n) => n > 0)) await bumpDataVersions(db, cachePolicy.namespaces);
  report.line(`done: ${Object.entries(written).filter(([, n]) => n > 0).map(([t, n]) => `${t} +${n}`).join(', ') || 'nothing new'}`);
  return { written };
}

/**
 * The national consultations shared among the areas in proportion to the workers each area
 * has among the first `workers` (largest remainder, so the shares add up to `total`); by the
 * areas' weights when there are no workers at all.
 */
export function consultationsByArea(seed: number, workers: number, total: number): { area: Area; count: number }[] {
  const inArea = new Map<string, number>();
  for (let i = 0; i < workers; i++) {
    const code = generatedWorkerArea(seed, i).code;
    inArea.set(code, (inArea.get(code) ?? 0) + 1);
  }
  const shares = shareByArea(total, workers > 0 ? NATIONAL_AREAS.map((a) => ({ ...a, weight: inArea.get(a.code) ?? 0 })) : NATIONAL_AREAS);
  return NATIONAL_AREAS.map((area) => ({ area, count: shares.get(area.code)! }));
}

/** The partner platforms, added when missing. */
async function ensurePlatforms(db: Database, now: Date, written: Record<string, number>): Promise<void> {
  await db.transaction(async (em) => {
    const codes = Object.keys(GENERATED_PLATFORMS) as GeneratedPlatform[];
    const have = new Set((await em.find(PlatformEntity, { where: { code: In(codes) } })).map((p) => p.code));
    const platformsAt = new Date(dayStart(now, 2 * CITY.days + 1));
    const platforms = codes.filter((c) => !have.has(c)).map((code) => ({ code, name: GENERATED_PLATFORMS[code].name, createdAt: platformsAt }));
    if (platforms.length) await em.insert(PlatformEntity, platforms);
    written.platforms! += platforms.length;
  });
}

/**
 * The district's branches, added when missing. Branches are matched by name, level and
 * district, so an existing 朝阳区总工会 is used rather than duplicated.
 */
async function ensureCityBranches(db: Database, written: Record<string, number>): Promise<UnionBranchRow[]> {
  return db.transaction(async (em) => {
    const existing = await em.find(UnionBranchEntity, { where: { districtCode: CITY.districtCode }, order: { id: 'ASC' } });
    const out: UnionBranchRow[] = [];
    const added: UnionBranchRow[] = [];
    for (const b of GENERATED_BRANCHES) {
      const found = existing.find((e) => e.name === b.name && e.level === b.level);
      if (found) out.push(found);
      else {
        const row = { id: generatedBranchId(b.key), name: b.name, level: b.level, districtCode: CITY.districtCode };
        added.push(row);
        out.push(row);
      }
    }
    if (added.length) await em.insert(UnionBranchEntity, added);
    written.union_branches! += added.length;
    return out;
  });
}

/** Each national area's county union by county code, added when missing (nationalBranchName says how they are matched). */
async function ensureAreaBranches(db: Database, written: Record<string, number>): Promise<Map<string, UnionBranchRow>> {
  return db.transaction(async (em) => {
    const existing = await em.find(UnionBranchEntity, {
      where: { level: 'DISTRICT', districtCode: In(NATIONAL_AREAS.map((a) => a.code)) },
      order: { id: 'ASC' },
    });
    const out = new Map<string, UnionBranchRow>();
    const added: UnionBranchRow[] = [];
    for (const area of NATIONAL_AREAS) {
      const names = nationalBranchNames(area);
      const found = existing.find((e) => e.districtCode === area.code && names.includes(e.name));
      const row = found ?? { id: nationalBranchId(area), name: nationalBranchName(area), level: 'DISTRICT', districtCode: area.code };
      if (!found) added.push(row);
      out.set(area.code, row);
    }
    if (added.length) await em.insert(UnionBranchEntity, added);
    written.union_branches! += added.length;
    return out;
  });
}

/** The kit gives worker i the same phone under every seed (of a scale), so two seeds cannot share a registry. */
async function refuseOtherSeed(db: Database, cipher: PhoneCipher, seed: number, scale: DatasetScale): Promise<void> {
  const first = generatedWorker(seed, 0, scale);
  const holder = await db.manager.findOne(WorkerEntity, { select: { id: true }, where: { phoneHash: cipher.hash(first.phone) } });
  if (holder && holder.id !== first.id) {
    throw new Error(
      `phone ${first.phone} already belongs to worker ${holder.id}, not to generated worker 0 of the ${scale} data set of seed ${seed}: ` +
        'this database holds another seed’s workers (or that number was registered); generate into a database of its own',
    );
  }
}
