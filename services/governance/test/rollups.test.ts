import { createLogger, Database, newId, type Principal } from '@nef/kit';
import { startTestSubgraph, testDatabaseTarget, type TestSubgraph } from '@nef/kit/testing';
import { planCity, writePlan } from '../src/domain/generate';
import { districtMetrics, plainDistrictMetrics, splitPeriod, type Period } from '../src/domain/metrics';
import { changeReport, dispatchChange, resolveChange, reviewChange } from '../src/domain/review';
import { fileReport } from '../src/domain/reports';
import { cancelVoucher, redeem } from '../src/domain/rewards';
import { rebuildRollups, resolutionBucket, ROLLUP_TABLES } from '../src/domain/rollups';
import { bulkInsert } from '../src/domain/sql';
import { validateSubmission } from '../src/domain/submission';
import { confirmParticipation, createActivity, createCommunity, joinActivity } from '../src/domain/volunteering';
import {
  Community,
  entities,
  GatePass,
  Participation,
  PointsAccount,
  PointsEntry,
  Redemption,
  Report,
  Reward,
  VolunteerActivity,
  VolunteerRole,
} from '../src/entities';
import { migrations } from '../src/migrations';
import { as, service, submission } from './support';

const DAY = 86_400_000;
const log = createLogger('governance');
const KEYS: Record<string, string> = {
  report_day_counts: 'district_code, day, category, status',
  report_month_counts: 'district_code, month, category, status',
  governance_day_totals: 'district_code, day',
  report_resolution_days: 'district_code, day, bucket',
  report_resolution_months: 'district_code, month, bucket',
  report_resolutions: 'report_id',
  volunteer_confirmations: 'participation_id',
};

/** The rollups, without rows emptied by later changes (a rebuild never writes those). */
async function rollups(db: Database) {
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const t of ROLLUP_TABLES) {
    const rows: Record<string, unknown>[] = await db.manager.query(`SELECT * FROM ${t} ORDER BY ${KEYS[t]}`);
    const counters = ['reports', 'report_points', 'activity_points', 'redeemed_points'].filter((c) => rows[0] && c in rows[0]);
    out[t] = counters.length ? rows.filter((r) => counters.some((c) => Number(r[c]) !== 0)) : rows;
  }
  return out;
}

function somePeriods(end: Date): Period[] {
  const t = end.getTime();
  return [
    { from: new Date(t - 400 * DAY), to: new Date(t + DAY) },
    { from: new Date(t - 30 * DAY), to: new Date(t) },
    { from: new Date(t - 90 * DAY - 5 * 3_600_000), to: new Date(t - 20 * DAY + 7 * 3_600_000) },
    { from: new Date(t - 3 * DAY), to: new Date(t - 2 * DAY - 1) },
    { from: new Date('2026-01-31T16:00:00Z'), to: new Date('2026-03-31T16:00:00Z') },
  ];
}

async function expectFastEqualsPlain(db: Database, periods: Period[], codes = ['110105', '110108']) {
  for (const p of periods) expect([...(await districtMetrics(db, codes, p))]).toEqual([...(await plainDistrictMetrics(db, codes, p))]);
}

describe('splitPeriod', () => {
  it('reads whole months, then whole days, from the rollups and only the partial days from the rows', () => {
    const s = splitPeriod({ from: new Date('2026-01-15T03:00:00+08:00'), to: new Date('2026-04-03T12:00:00+08:00') });
    expect(s.months).toEqual({ from: '2026-02', to: '2026-04' });
    expect(s.days).toEqual([
      { from: '2026-01-16', to: '2026-02-01' },
      { from: '2026-04-01', to: '2026-04-03' },
    ]);
    expect(s.edges.map((e) => [e.from.toISOString(), e.to.toISOString()])).toEqual([
      ['2026-01-14T19:00:00.000Z', '2026-01-15T16:00:00.000Z'],
      ['2026-04-02T16:00:00.000Z', '2026-04-03T04:00:00.000Z'],
    ]);
    const month = splitPeriod({ from: new Date('2026-10-01T00:00:00+08:00'), to: new Date('2026-11-01T00:00:00+08:00') });
    expect(month).toMatchObject({ months: { from: '2026-10', to: '2026-11' }, days: [], edges: [] });
    const hours = splitPeriod({ from: new Date('2026-10-01T08:00:00+08:00'), to: new Date('2026-10-01T20:00:00+08:00') });
    expect(hours).toMatchObject({ months: null, days: [], whole: null });
    expect(hours.edges).toHaveLength(1);
  });

  it('orders durations and buckets alike', () => {
    let last = -1;
    for (let ms = -5_000; ms < 3 * 365 * DAY; ms = Math.floor(ms * 1.37) + 7_919) {
      const b = resolutionBucket(ms);
      expect(b).toBeGreaterThanOrEqual(last);
      last = b;
    }
    expect(resolutionBucket(30 * 3_600_000)).toBeGreaterThan(resolutionBucket(24 * 3_600_000));
  });
});

describe('the metrics rollups migration', () => {
  it('fills the rollups from the rows already there, as the generator writes them', async () => {
    const now = new Date('2026-11-20T04:00:00Z');
    const plan = planCity(5, { workers: 300, communities: 4, rewards: 5, activities: 20, roles: 30, stations: 100 }, now);
    const old = testDatabaseTarget('governance');
    const fresh = testDatabaseTarget('governance');
    try {
      const before = await Database.open({ target: old.target, entities, migrations: migrations.slice(0, 2), log });
      await before.transaction(async (em) => {
        await bulkInsert(em, Community, plan.communities);
        await bulkInsert(em, Reward, plan.rewards);
        await bulkInsert(em, VolunteerActivity, plan.activities);
        const workers = plan.workers.filter((w) => w !== undefined);
        await bulkInsert(em, Report, workers.flatMap((w) => w.reports));
        await bulkInsert(em, PointsEntry, workers.flatMap((w) => w.entries));
        await bulkInsert(em, PointsAccount, workers.flatMap((w) => (w.account ? [w.account] : [])));
        await bulkInsert(em, Redemption, workers.flatMap((w) => w.redemptions));
        await bulkInsert(em, Participation, workers.flatMap((w) => w.participations));
        await bulkInsert(em, VolunteerRole, workers.flatMap((w) => w.roles));
        await bulkInsert(em, GatePass, workers.flatMap((w) => w.passes));
      });
      await before.close();
      const migrated = await Database.open({ target: old.target, entities, migrations, log });
      const generated = await Database.open({ target: fresh.target, entities, migrations, log });
      try {
        await writePlan(generated, plan, { batchWorkers: 100 });
        expect(await rollups(migrated)).toEqual(await rollups(generated));
        expect((await rollups(migrated)).report_resolutions!.length).toBeGreaterThan(100);
        await expectFastEqualsPlain(migrated, somePeriods(now));
      } finally {
        await migrated.close();
        await generated.close();
      }
    } finally {
      await old.drop();
      await fresh.drop();
    }
  });
});

describe('the rollups through the service’s writes', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg?.stop());

  it('follow reports, vouchers and confirmations, also confirmations recorded out of order', async () => {
    const db = sg.db;
    const op = as.admin;
    const reporter = { workerId: newId(), platform: 'MEITUAN' };
    const file = (overrides: Record<string, unknown> = {}) => fileReport(db, reporter, validateSubmission(submission(overrides) as never));
    const [a, b, c, d] = [await file(), await file({ category: 'SANITATION' }), await file({ districtCode: '110108' }), await file()];
    await changeReport(db, op, a.id, reviewChange('ACCEPT', null, null, a.id));
    await changeReport(db, op, a.id, dispatchChange('12345-1'));
    await changeReport(db, op, a.id, resolveChange('已处置'));
    await changeReport(db, op, b.id, reviewChange('REJECT', null, '不清楚', b.id));
    await changeReport(db, op, c.id, reviewChange('ACCEPT', null, null, c.id));
    await changeReport(db, op, c.id, resolveChange('已处置'));
    await changeReport(db, op, d.id, reviewChange('DUPLICATE', a.id, null, d.id));

    const reward = newId();
    await db.transaction((em) => em.insert(Reward, { id: reward, title: '理发', costPoints: 10, stock: 5, stationId: null, districtCode: '110105', active: true, createdAt: new Date() }));
    const kept = await redeem(db, { rewardId: reward, workerId: reporter.workerId, idempotencyKey: 'k1' });
    const cancelled = await redeem(db, { rewardId: reward, workerId: reporter.workerId, idempotencyKey: 'k2' });
    await cancelVoucher(db, op, cancelled.id);
    expect(kept.status).toBe('ISSUED');

    // One worker confirmed at three activities of a community, recorded in the order 2, 0, 1.
    const community = await createCommunity(db, op, { name: '测试社区', districtCode: '110115', riderFriendly: false });
    const worker = newId();
    const base = new Date('2026-09-01T02:00:00Z').getTime();
    const activities = [];
    for (let i = 0; i < 3; i++) {
      const startsAt = new Date(base + i * 10 * DAY);
      const activity = await createActivity(db, op, { title: `巡查${i}`, communityId: community.id, startsAt, hours: 2, pointsPerParticipant: 5, capacity: 5 });
      await joinActivity(db, activity.id, worker, new Date(startsAt.getTime() - DAY));
      activities.push(activity);
    }
    for (const i of [2, 0, 1]) await confirmParticipation(db, op as Principal, activities[i]!.id, worker, new Date(base + i * 10 * DAY + 3 * 3_600_000));

    const periods = [
      ...somePeriods(new Date()),
      { from: new Date(base + 5 * DAY), to: new Date(base + 25 * DAY) },
      { from: new Date(base + 15 * DAY), to: new Date(base + 16 * DAY) },
      { from: new Date(base - DAY), to: new Date(base + 12 * DAY) },
    ];
    await expectFastEqualsPlain(db, periods, ['110105', '110108', '110106', '110115']);
    const maintained = await rollups(db);
    await db.transaction((em) => rebuildRollups(em));
    expect(await rollups(db)).toEqual(maintained);
    const [one] = [...(await districtMetrics(db, ['110115'], { from: new Date(base + 5 * DAY), to: new Date(base + 25 * DAY) })).values()];
    expect(one!.activeVolunteers).toBe(1);
  });
});
