import { DAY_MS, nameId, newId, type Database, type MetricsPeriod, type Principal } from '@nef/kit';
import { dataOf, type TestSubgraph } from '@nef/kit/testing';
import { appendEntry } from '../src/commands/append-points-entry';
import { PointsAccount, PointsEntry, Redemption, Reward, VolunteerActivity } from '../src/entities';
import { ROLLUP_TABLES } from '../src/migrations/rollups';
import { districtMetrics } from '../src/queries/district-metrics';
import { plainDistrictMetrics } from '../src/queries/plain-district-metrics';

export { service } from '../src/server';

export const W = {
  wang: nameId('demo:worker:wang-qiang'),
  li: nameId('demo:worker:li-na'),
  zhang: nameId('demo:worker:zhang-wei'),
  chen: nameId('demo:worker:chen-jing'),
  liu: nameId('demo:worker:liu-yang'),
};

export const demoReportId = (key: string) => nameId(`demo:report:${key}`);

export const as = {
  anonymous: { role: 'anonymous' } as Principal,
  dashboard: { role: 'dashboard', keyId: 'k-dash', districts: ['110105'] } as Principal,
  admin: { role: 'admin', keyId: 'k-admin' } as Principal,
  operator: { role: 'operator', keyId: 'k-gov', domain: 'governance' } as Principal,
  chaoyangOperator: { role: 'operator', keyId: 'k-gov-cy', domain: 'governance', districts: ['110105'] } as Principal,
  stationsOperator: { role: 'operator', keyId: 'k-st', domain: 'stations' } as Principal,
  /** A partner acting for one of its workers. */
  partner: (platform: string, workerId?: string): Principal => ({ role: 'partner', keyId: `k-${platform}`, platform, workerId }),
};

/** A valid submission near Guomao (GCJ-02), for tests to vary. */
export function submission(overrides: Record<string, unknown> = {}) {
  return {
    category: 'TRAFFIC_SAFETY',
    description: '  国贸桥下非机动车道被围挡占用  ',
    location: { lat: 39.9087, lng: 116.4605, crs: 'GCJ02' },
    districtCode: '110105',
    photoUrls: ['https://files.example.org/a.jpg'],
    ...overrides,
  };
}

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitReportInput!, $workerId: ID) {
    submitReport(input: $input, workerId: $workerId) {
      id category description status photoUrls pointsAwarded submittedAt
      district { code }
      location { lat lng }
    }
  }
`;

/** Operators limited to one district. */
export const chaoyangOp = as.chaoyangOperator;
export const haidianOp = { role: 'operator', keyId: 'k-gov-hd', domain: 'governance', districts: ['110108'] } as Principal;

/** The outcome of a response for counting: 'ok' or its first error code. */
export function outcome(res: { errors?: { extensions?: { code?: string } }[] }): string {
  return res.errors?.length ? String(res.errors[0]!.extensions?.code) : 'ok';
}

export const N = (n: number) => Array.from({ length: n }, (_, i) => i);

export const CREATE_REWARD = /* GraphQL */ `
  mutation($input: RewardInput!) { createReward(input: $input) { id title costPoints stock active station { id } district { code } } }
`;
export const REDEEM = /* GraphQL */ `
  mutation($rewardId: ID!, $workerId: ID, $key: String!) {
    redeemReward(rewardId: $rewardId, workerId: $workerId, idempotencyKey: $key) {
      id voucherCode status pointsSpent redeemedAt reward { id stock } worker { id }
    }
  }
`;
export const USE = `mutation($code: String!) { useRedemption(voucherCode: $code) { id status } }`;
export const CANCEL = `mutation($id: ID!) { cancelRedemption(id: $id) { id status } }`;
export const ADJUST = `mutation($w: ID!, $d: Int!, $n: String!) { adjustPoints(workerId: $w, delta: $d, note: $n) { delta reason balanceAfter note reference } }`;

/** Rewards, points and vouchers on the test subgraph `sg()` (read when called, after beforeAll started it). */
export function rewardsOn(sg: () => TestSubgraph) {
  async function newReward(input: Record<string, unknown> = {}, who = as.admin): Promise<string> {
    return dataOf(await sg().query(CREATE_REWARD, { input: { title: '理发一次', costPoints: 30, stock: 100, ...input } }, who)).createReward.id;
  }
  /** A worker with `points` on the ledger, and the partner acting for them. */
  async function workerWith(points: number) {
    const worker = newId();
    if (points > 0) await sg().db.transaction((em) => appendEntry(em, sg().db, { workerId: worker, delta: points, reason: 'ADJUSTMENT', at: new Date() }));
    return { worker, partner: as.partner('MEITUAN', worker) };
  }
  /** A voucher of a new Chaoyang reward costing `points`, redeemed by a worker who had 100. */
  async function issued(points = 30) {
    const reward = await newReward({ costPoints: points, stock: 10, districtCode: '110105' });
    const w = await workerWith(100);
    const r = dataOf(await sg().query(REDEEM, { rewardId: reward, key: newId() }, w.partner)).redeemReward;
    return { reward, ...w, redemption: r.id as string, code: r.voucherCode as string };
  }
  return {
    newReward,
    workerWith,
    issued,
    balanceOf: async (workerId: string) => (await sg().db.manager.findOne(PointsAccount, { where: { workerId } }))?.balance ?? 0,
    stockOf: async (id: string) => (await sg().db.manager.findOneByOrFail(Reward, { id })).stock,
    redemptionsOf: (workerId: string) => sg().db.manager.find(Redemption, { where: { workerId } }),
    entriesOf: (workerId: string) => sg().db.manager.find(PointsEntry, { where: { workerId }, order: { createdAt: 'ASC' } }),
  };
}

export const CREATE_COMMUNITY = /* GraphQL */ `
  mutation($input: CommunityInput!) { createCommunity(input: $input) { id name district { code } riderFriendly passValidityDays } }
`;
export const ASSIGN = /* GraphQL */ `
  mutation($w: ID!, $c: ID!, $role: RoleKind!) {
    assignVolunteerRole(workerId: $w, communityId: $c, role: $role) { id role since until worker { id } community { id name } }
  }
`;
export const END = `mutation($id: ID!) { endVolunteerRole(id: $id) { id until } }`;
export const CREATE_ACTIVITY = /* GraphQL */ `
  mutation($input: ActivityInput!) {
    createVolunteerActivity(input: $input) { id title startsAt hours pointsPerParticipant capacity participants community { id } }
  }
`;
export const JOIN = `mutation($a: ID!, $w: ID) { joinVolunteerActivity(activityId: $a, workerId: $w) { id participants capacity } }`;
export const CONFIRM = `mutation($a: ID!, $w: ID!) { confirmParticipation(activityId: $a, workerId: $w) { id delta reason reference balanceAfter } }`;

export const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

/** Communities and volunteer activities on the test subgraph `sg()` (read when called, after beforeAll started it). */
export function volunteeringOn(sg: () => TestSubgraph) {
  async function community(input: Record<string, unknown> = {}): Promise<string> {
    const res = await sg().query(CREATE_COMMUNITY, { input: { name: '团结湖社区', districtCode: '110105', riderFriendly: true, ...input } }, as.admin);
    return dataOf(res).createCommunity.id;
  }
  async function activity(input: Record<string, unknown> = {}): Promise<string> {
    const base = { title: '楼道清障', startsAt: inDays(3), hours: 2, pointsPerParticipant: 8, capacity: 5, communityId: await community() };
    return dataOf(await sg().query(CREATE_ACTIVITY, { input: { ...base, ...input } }, as.admin)).createVolunteerActivity.id;
  }
  return {
    community,
    activity,
    /** Moves an activity's start into the past, as if it had taken place. */
    startNow: (id: string) => sg().db.manager.update(VolunteerActivity, { id }, { startsAt: new Date(Date.now() - 3600_000) }),
    balanceOf: async (workerId: string) => (await sg().db.manager.findOne(PointsAccount, { where: { workerId } }))?.balance ?? 0,
  };
}

const ROLLUP_KEYS: Record<string, string> = {
  report_day_counts: 'district_code, day, category, status',
  report_month_counts: 'district_code, month, category, status',
  governance_day_totals: 'district_code, day',
  report_resolution_days: 'district_code, day, bucket',
  report_resolution_months: 'district_code, month, bucket',
  report_resolutions: 'report_id',
  volunteer_confirmations: 'participation_id',
};

/** The rollups, without rows emptied by later changes (a rebuild never writes those). */
export async function rollupRows(db: Database) {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const t of ROLLUP_TABLES) {
    const rows: Record<string, unknown>[] = await db.manager.query(`SELECT * FROM ${t} ORDER BY ${ROLLUP_KEYS[t]}`);
    const counters = ['reports', 'report_points', 'activity_points', 'redeemed_points'].filter((c) => rows[0] && c in rows[0]);
    out[t] = counters.length ? rows.filter((r) => counters.some((c) => Number(r[c]) !== 0)) : rows;
  }
  return out;
}

/** Periods around `end`: long, a month, ragged, a day less a millisecond, two whole Beijing months. */
export function somePeriods(end: Date): MetricsPeriod[] {
  const t = end.getTime();
  return [
    { from: new Date(t - 400 * DAY_MS), to: new Date(t + DAY_MS) },
    { from: new Date(t - 30 * DAY_MS), to: new Date(t) },
    { from: new Date(t - 90 * DAY_MS - 5 * 3_600_000), to: new Date(t - 20 * DAY_MS + 7 * 3_600_000) },
    { from: new Date(t - 3 * DAY_MS), to: new Date(t - 2 * DAY_MS - 1) },
    { from: new Date('2026-01-31T16:00:00Z'), to: new Date('2026-03-31T16:00:00Z') },
  ];
}

/** The metrics from the rollups equal the plain computation from the rows, for every period. */
export async function expectFastEqualsPlain(db: Database, periods: MetricsPeriod[], codes = ['110105', '110108']) {
  for (const p of periods) expect([...(await districtMetrics(db, codes, p))]).toEqual([...(await plainDistrictMetrics(db, codes, p))]);
}
