import { startOfBeijingMonth, type Database, type MetricsPeriod } from '@nef/kit';
import { CITY, generatedStationId, generatedWorkerId, itemRandom } from '@nef/kit/seed';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { districtMetrics } from '../../src/queries/district-metrics';
import { plainDistrictMetrics } from '../../src/queries/plain-district-metrics';
import { rebuildRollups, ROLLUP_TABLES } from '../../src/migrations/rollups';
import { CHAOYANG_BOX, planCity } from '../../src/seed/city-plan';
import { generate, GENERATED_TABLES, type GenerateOptions } from '../../src/seed/generate';
import {
  Community,
  GatePass,
  Participation,
  PointsAccount,
  PointsEntry,
  Redemption,
  Report,
  Reward,
  VolunteerActivity,
  VolunteerRole,
} from '../../src/entities';
import { as, service } from '../support';

const DAY = 86_400_000;
const SEED = 42;
// A fixed end of the generated year, shortly before the tests run, so that what the API does on
// top of the data set happens after it, as it would in a benchmark.
const NOW = new Date(Math.floor((Date.now() - 3_600_000) / 1000) * 1000);
const OPTS: GenerateOptions = { seed: SEED, workers: 400, communities: 6, rewards: 8, activities: 30, roles: 40, batchWorkers: 150, now: NOW };
const BASE_TABLES = GENERATED_TABLES;
const KEYS: Record<string, string> = {
  points_accounts: 'worker_id',
  report_day_counts: 'district_code, day, category, status',
  report_month_counts: 'district_code, month, category, status',
  governance_day_totals: 'district_code, day',
  report_resolution_days: 'district_code, day, bucket',
  report_resolution_months: 'district_code, month, bucket',
  report_resolutions: 'report_id',
  volunteer_confirmations: 'participation_id',
};

/** Every row of the tables, in key order, for comparing two databases. */
async function snapshot(db: Database, tables: readonly string[]) {
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = await db.manager.query(`SELECT * FROM ${t} ORDER BY ${KEYS[t] ?? 'id'}`);
  return out;
}

/** The rollups, leaving out rows emptied by later changes (a rebuild never writes those). */
async function rollups(db: Database) {
  const all = await snapshot(db, ROLLUP_TABLES);
  const counters = ['reports', 'report_points', 'activity_points', 'redeemed_points'];
  for (const t of Object.keys(all)) {
    all[t] = all[t]!.filter((row) => {
      const r = row as Record<string, unknown>;
      const present = counters.filter((c) => c in r);
      return present.length === 0 || present.some((c) => Number(r[c]) !== 0);
    });
  }
  return all;
}

async function countOf(db: Database, table: string): Promise<number> {
  const [{ n }] = await db.manager.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(n);
}

/** Month-aligned periods as the dashboard asks, the default period (no start), 30 days, and ragged ones. */
function periods(now: Date): MetricsPeriod[] {
  const beijingMonth = (delta: number) => startOfBeijingMonth(now, delta);
  const out: MetricsPeriod[] = [
    { from: null, to: now },
    { from: beijingMonth(-1), to: beijingMonth(0) },
    { from: beijingMonth(-12), to: beijingMonth(0) },
    { from: beijingMonth(-24), to: beijingMonth(1) },
    { from: new Date(now.getTime() - 30 * DAY), to: now },
    { from: new Date(now.getTime() - 3_600_000), to: new Date(now.getTime() + 3_600_000) },
  ];
  const rand = itemRandom(7, 0, 0);
  for (let i = 0; i < 25; i++) {
    const from = now.getTime() - Math.floor(rand() * 380 * DAY);
    const length = [3_600_000, DAY, 9 * DAY, 45 * DAY, 200 * DAY][i % 5]! * (0.5 + rand());
    out.push({ from: new Date(from), to: new Date(from + Math.floor(length)) });
  }
  return out;
}

async function expectFastEqualsPlain(db: Database, at: Date) {
  for (const p of periods(at)) {
    const codes = ['110105', '110108'];
    expect([...(await districtMetrics(db, codes, p))]).toEqual([...(await plainDistrictMetrics(db, codes, p))]);
  }
}

describe('the city data set generator', () => {
  let a: TestSubgraph;
  let b: TestSubgraph;
  beforeAll(async () => {
    [a, b] = await Promise.all([startTestSubgraph(service), startTestSubgraph(service)]);
    await generate(a.db, OPTS);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('writes a year of reports, points, vouchers and volunteering in the expected proportions', async () => {
    const n = Object.fromEntries(await Promise.all(BASE_TABLES.map(async (t) => [t, await countOf(a.db, t)] as const)));
    expect(n.communities).toBe(6);
    expect(n.rewards).toBe(8);
    expect(n.volunteer_activities).toBe(30);
    // About 1.5 reports a worker, most workers reporting rarely or never.
    expect(n.reports).toBeGreaterThan(400);
    expect(n.reports).toBeLessThan(900);
    expect(n.points_accounts).toBeGreaterThan(80);
    expect(n.points_entries).toBeGreaterThan(n.reports / 2);
    expect(n.redemptions).toBeGreaterThan(20);
    expect(n.volunteer_participations).toBeGreaterThan(100);
    expect(n.volunteer_roles).toBeGreaterThan(30);
    expect(n.gate_passes).toBeGreaterThan(0);
    const byStatus = new Map(
      ((await a.db.manager.query('SELECT status, COUNT(*) AS n FROM reports GROUP BY status')) as { status: string; n: unknown }[]).map((r) => [r.status, Number(r.n)]),
    );
    expect(byStatus.get('RESOLVED')).toBeGreaterThan(n.reports / 2);
    for (const s of ['REJECTED', 'DUPLICATE']) expect(byStatus.get(s)).toBeGreaterThan(0);
    const redemptions = await a.db.manager.find(Redemption);
    expect(new Set(redemptions.map((r) => r.status))).toEqual(new Set(['ISSUED', 'USED', 'CANCELLED']));
  });

  it('writes the same rows, ids included, from the same seed, also when an interrupted run is started again', async () => {
    let batches = 0;
    await expect(
      generate(b.db, {
        ...OPTS,
        progress: (what) => {
          if (what === 'workers' && ++batches === 2) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    expect(await countOf(b.db, 'reports')).toBeLessThan(await countOf(a.db, 'reports'));
    // Started again without --now: the data set's own `now` is found and the rest written.
    const again = await generate(b.db, { ...OPTS, now: undefined });
    expect(again.now).toEqual(NOW);
    expect(again.written.communities).toBe(0);
    expect(again.written.reports).toBeGreaterThan(0);
    expect(await snapshot(b.db, [...BASE_TABLES, ...ROLLUP_TABLES])).toEqual(await snapshot(a.db, [...BASE_TABLES, ...ROLLUP_TABLES]));
  });

  it('adds nothing when run again, and refuses another `now` for the same seed', async () => {
    const before = await snapshot(a.db, BASE_TABLES);
    const r = await generate(a.db, OPTS);
    expect(Object.values(r.written).every((n) => n === 0)).toBe(true);
    expect(await snapshot(a.db, BASE_TABLES)).toEqual(before);
    await expect(generate(a.db, { ...OPTS, now: new Date(NOW.getTime() + DAY) })).rejects.toThrow(/already holds the data set for seed 42/);
  });

  it('keeps the ledger: balances are the sums of the entries, every entry follows from the one before, never below zero', async () => {
    const entries = await a.db.manager.find(PointsEntry, { order: { workerId: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const accounts = new Map((await a.db.manager.find(PointsAccount)).map((x) => [x.workerId, x]));
    const sums = new Map<string, number>();
    let last: { workerId: string; createdAt: Date; balanceAfter: number } | null = null;
    for (const e of entries) {
      const sum = (sums.get(e.workerId) ?? 0) + e.delta;
      sums.set(e.workerId, sum);
      expect(e.balanceAfter).toBe(sum);
      expect(e.balanceAfter).toBeGreaterThanOrEqual(0);
      if (last?.workerId === e.workerId) expect(e.createdAt.getTime()).toBeGreaterThan(last.createdAt.getTime());
      last = e;
    }
    expect(accounts.size).toBe(sums.size);
    for (const [worker, sum] of sums) expect(accounts.get(worker)?.balance).toBe(sum);
    const keys = entries.map((e) => `${e.workerId}|${e.reason}|${e.reference}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('moves reports only along the life cycle, paying the table’s points for accepted ones', async () => {
    const reports = await a.db.manager.find(Report);
    const byId = new Map(reports.map((r) => [r.id, r]));
    const paid = new Map(
      (await a.db.manager.find(PointsEntry, { where: { reason: 'REPORT_ACCEPTED' } })).map((e) => [e.reference!, e]),
    );
    const workers = new Set(Array.from({ length: OPTS.workers! }, (_, i) => generatedWorkerId(SEED, i)));
    for (const r of reports) {
      expect(workers.has(r.reporterId)).toBe(true);
      expect(r.districtCode).toBe(CITY.districtCode);
      expect(r.lat).toBeGreaterThanOrEqual(CHAOYANG_BOX.minLat - 0.001);
      expect(r.lat).toBeLessThanOrEqual(CHAOYANG_BOX.maxLat + 0.001);
      expect(r.lng).toBeGreaterThanOrEqual(CHAOYANG_BOX.minLng - 0.001);
      expect(r.lng).toBeLessThanOrEqual(CHAOYANG_BOX.maxLng + 0.001);
      expect(r.submittedAt.getTime()).toBeLessThan(NOW.getTime());
      const accepted = ['ACCEPTED', 'DISPATCHED', 'RESOLVED'].includes(r.status);
      expect(r.reviewedAt === null).toBe(r.status === 'SUBMITTED');
      if (r.reviewedAt) expect(r.reviewedAt.getTime()).toBeGreaterThanOrEqual(r.submittedAt.getTime());
      expect(r.pointsAwarded > 0).toBe(accepted);
      expect(paid.get(r.id)?.delta ?? 0).toBe(r.pointsAwarded);
      expect(r.resolvedAt !== null).toBe(r.status === 'RESOLVED');
      if (r.resolvedAt) expect(r.resolvedAt.getTime()).toBeGreaterThanOrEqual(r.reviewedAt!.getTime());
      if (r.status === 'RESOLVED') expect(r.resolutionNote).toBeTruthy();
      if (r.status === 'DISPATCHED') expect(r.externalRef).toMatch(/^12345-/);
      expect(r.duplicateOf !== null).toBe(r.status === 'DUPLICATE');
      if (r.duplicateOf) {
        const original = byId.get(r.duplicateOf)!;
        expect(['REJECTED', 'DUPLICATE']).not.toContain(original.status);
        expect(original.category).toBe(r.category);
        expect(original.submittedAt.getTime()).toBeLessThan(r.submittedAt.getTime());
      }
      expect(JSON.parse(r.photoUrls).length).toBeLessThanOrEqual(9);
    }
    expect(paid.size).toBe(reports.filter((r) => r.pointsAwarded > 0).length);
  });

  it('respects stock, capacity, sign-up and confirmation rules, role terms and gate passes', async () => {
    const rewards = await a.db.manager.find(Reward);
    const redemptions = await a.db.manager.find(Redemption);
    const stations = new Set(Array.from({ length: CITY.stations }, (_, k) => generatedStationId('city', SEED, k)));
    const entries = await a.db.manager.find(PointsEntry);
    const entry = (reason: string, reference: string) => entries.find((e) => e.reason === reason && e.reference === reference);
    expect(rewards.some((r) => r.stationId !== null)).toBe(true);
    for (const reward of rewards) {
      expect(reward.stock).toBeGreaterThanOrEqual(0);
      if (reward.stationId) expect(stations.has(reward.stationId)).toBe(true);
      for (const x of redemptions.filter((r) => r.rewardId === reward.id)) {
        expect(x.pointsSpent).toBe(reward.costPoints);
        expect(x.districtCode).toBe(reward.districtCode);
        expect(x.redeemedAt.getTime()).toBeGreaterThanOrEqual(reward.createdAt.getTime());
      }
    }
    for (const x of redemptions) {
      expect(entry('REDEMPTION', x.id)?.delta).toBe(-x.pointsSpent);
      expect(entry('REDEMPTION_REFUND', x.id)?.delta).toBe(x.status === 'CANCELLED' ? x.pointsSpent : undefined);
      expect(x.usedAt !== null).toBe(x.status === 'USED');
      expect(x.cancelledAt !== null).toBe(x.status === 'CANCELLED');
      expect(x.voucherCode).toMatch(/^[2-9A-HJ-NP-Z]{16}$/);
    }
    expect(new Set(redemptions.map((x) => x.voucherCode)).size).toBe(redemptions.length);

    const activities = await a.db.manager.find(VolunteerActivity);
    const participations = await a.db.manager.find(Participation);
    for (const activity of activities) {
      const signed = participations.filter((p) => p.activityId === activity.id);
      expect(activity.participants).toBe(signed.length);
      expect(activity.participants).toBeLessThanOrEqual(activity.capacity);
      for (const p of signed) {
        expect(p.joinedAt.getTime()).toBeLessThan(activity.startsAt.getTime());
        expect(p.joinedAt.getTime()).toBeGreaterThanOrEqual(activity.createdAt.getTime());
        if (p.confirmedAt) {
          expect(p.confirmedAt.getTime()).toBeGreaterThanOrEqual(activity.startsAt.getTime());
          expect(p.pointsAwarded).toBe(activity.pointsPerParticipant);
          expect(entry('ACTIVITY', activity.id)).toBeDefined();
        }
      }
    }
    const confirmed = participations.filter((p) => p.confirmedAt);
    expect(entries.filter((e) => e.reason === 'ACTIVITY')).toHaveLength(confirmed.length);

    const communities = new Map((await a.db.manager.find(Community)).map((c) => [c.id, c]));
    const roles = await a.db.manager.find(VolunteerRole);
    const terms = new Set(roles.map((r) => `${r.workerId}:${r.communityId}:${r.role}`));
    expect(terms.size).toBe(roles.length);
    for (const r of roles) {
      expect(r.activeKey).toBe(r.until ? null : `${r.workerId}:${r.communityId}:${r.role}`);
      expect(r.since.getTime()).toBeGreaterThan(communities.get(r.communityId)!.createdAt.getTime());
    }
    const passes = await a.db.manager.find(GatePass, { order: { issuedAt: 'ASC' } });
    for (const p of passes) {
      const community = communities.get(p.communityId)!;
      expect(community.riderFriendly).toBe(true);
      expect(roles.some((r) => r.workerId === p.workerId && r.communityId === p.communityId)).toBe(true);
      expect(p.expiresAt.getTime() - p.issuedAt.getTime()).toBeGreaterThanOrEqual(community.passValidityDays * DAY);
      // One valid pass per community at a time: a new pass only after the previous one expired.
      const earlier = passes.filter((q) => q.workerId === p.workerId && q.communityId === p.communityId && q.issuedAt < p.issuedAt);
      for (const q of earlier) expect(q.expiresAt.getTime()).toBeLessThanOrEqual(p.issuedAt.getTime());
    }
    expect(new Set(passes.map((p) => p.code)).size).toBe(passes.length);
  });

  it('writes the rollups a rebuild from the rows gives, and the fast metrics equal the plain computation', async () => {
    const written = await rollups(a.db);
    expect(written.report_day_counts!.length).toBeGreaterThan(100);
    await a.db.transaction((em) => rebuildRollups(em));
    expect(await rollups(a.db)).toEqual(written);
    await expectFastEqualsPlain(a.db, NOW);
  });

  it('plans in proportion to the workers at city scale', () => {
    const plan = planCity(SEED, { workers: 2_000, communities: 6, rewards: 6, activities: 30, roles: 40, stations: CITY.stations }, NOW);
    const reports = plan.workers.reduce((s, w) => s + (w?.reports.length ?? 0), 0);
    expect(reports).toBeGreaterThan(2_400);
    expect(reports).toBeLessThan(3_600);
  });

  describe('the API on top of the generated data', () => {
    const METRICS = /* GraphQL */ `
      query($r: [_Any!]!, $from: DateTime, $to: DateTime) {
        _entities(representations: $r) {
          ... on District {
            governanceMetrics(from: $from, to: $to) {
              reports resolved medianHoursToResolve activeVolunteers pointsIssued pointsRedeemed
              byCategory { key count } byStatus { key count }
            }
          }
        }
      }
    `;

    it('answers the district metrics for a dashboard as the plain computation does', async () => {
      const from = new Date(NOW.getTime() - 365 * DAY);
      const [d] = dataOf(await a.query(METRICS, { r: [{ __typename: 'District', code: '110105' }], from: from.toISOString(), to: NOW.toISOString() }, as.dashboard))._entities;
      const plain = (await plainDistrictMetrics(a.db, ['110105'], { from, to: NOW })).get('110105')!;
      expect(d.governanceMetrics).toEqual(plain);
      expect(d.governanceMetrics.reports).toBeGreaterThan(400);
      expect(d.governanceMetrics.medianHoursToResolve).toBeGreaterThan(1);
    });

    it('reads generated workers’ points and reports, pages generated reports oldest first', async () => {
      const account = (await a.db.manager.find(PointsAccount, { order: { balance: 'DESC' }, take: 1 }))[0]!;
      const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { pointsBalance pointsHistory(first: 3) { balanceAfter } reports(first: 100) { id submittedAt } } } }`;
      const [w] = dataOf(await a.query(q, { r: [{ __typename: 'Worker', id: account.workerId }] }, as.admin))._entities;
      expect(w.pointsBalance).toBe(account.balance);
      expect(w.pointsHistory[0].balanceAfter).toBe(account.balance);
      const page = dataOf(await a.query(`{ reports(filter: { district: "110105" }, first: 50) { totalCount edges { node { submittedAt } } } }`)).reports;
      expect(page.totalCount).toBe(await countOf(a.db, 'reports'));
      const times = page.edges.map((e: { node: { submittedAt: string } }) => e.node.submittedAt);
      expect([...times].sort()).toEqual(times);
    });

    it('keeps the fast metrics equal to the plain computation through reviews, vouchers and confirmations', async () => {
      const worker = generatedWorkerId(SEED, 3);
      const submitted = dataOf(
        await a.query(
          `mutation($w: ID) { submitReport(workerId: $w, input: { category: FIRE_HAZARD, description: "配电箱旁堆满纸箱", location: { lat: 39.95, lng: 116.5 }, districtCode: "110105" }) { id } }`,
          { w: worker },
          as.admin,
        ),
      ).submitReport.id;
      const review = `mutation($id: ID!) { reviewReport(id: $id, decision: ACCEPT) { status pointsAwarded } }`;
      expect(dataOf(await a.query(review, { id: submitted }, as.admin)).reviewReport).toEqual({ status: 'ACCEPTED', pointsAwarded: 20 });
      const open = await a.db.manager.find(Report, { where: { status: 'DISPATCHED' }, take: 3 });
      for (const r of open) dataOf(await a.query(`mutation($id: ID!) { resolveReport(id: $id, note: "已处置") { status } }`, { id: r.id }, as.admin));
      const issued = await a.db.manager.findOneOrFail(Redemption, { where: { status: 'ISSUED', districtCode: CITY.districtCode } });
      dataOf(await a.query(`mutation($id: ID!) { cancelRedemption(id: $id) { status } }`, { id: issued.id }, as.admin));
      const rich = (await a.db.manager.find(PointsAccount, { order: { balance: 'DESC' }, take: 1 }))[0]!;
      const reward = (await a.db.manager.find(Reward, { where: { active: true, districtCode: CITY.districtCode }, order: { costPoints: 'ASC' } })).find((r) => r.stock > 0)!;
      const redeemed = await a.query(
        `mutation($r: ID!, $w: ID!) { redeemReward(rewardId: $r, workerId: $w, idempotencyKey: "bench-1") { status pointsSpent } }`,
        { r: reward.id, w: rich.workerId },
        as.admin,
      );
      expect(dataOf(redeemed).redeemReward).toEqual({ status: 'ISSUED', pointsSpent: reward.costPoints });
      const pending = (await a.db.manager.find(Participation, { where: {} })).find((p) => p.confirmedAt === null);
      const activity = pending && (await a.db.manager.findOneByOrFail(VolunteerActivity, { id: pending.activityId }));
      if (pending && activity && activity.startsAt.getTime() < Date.now()) {
        dataOf(await a.query(`mutation($a: ID!, $w: ID!) { confirmParticipation(activityId: $a, workerId: $w) { delta } }`, { a: activity.id, w: pending.workerId }, as.admin));
      }
      await expectFastEqualsPlain(a.db, new Date());
      const kept = await rollups(a.db);
      await a.db.transaction((em) => rebuildRollups(em));
      expect(await rollups(a.db)).toEqual(kept);
    });
  });
});
