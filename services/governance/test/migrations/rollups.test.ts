import { DAY_MS as DAY, newId, type Principal } from '@nef/kit';
import { startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { cancelRedemption } from '../../src/commands/cancel-redemption';
import { changeReport } from '../../src/commands/change-report';
import { confirmParticipation } from '../../src/commands/confirm-participation';
import { createCommunity } from '../../src/commands/create-community';
import { createVolunteerActivity } from '../../src/commands/create-volunteer-activity';
import { joinVolunteerActivity } from '../../src/commands/join-volunteer-activity';
import { redeemReward } from '../../src/commands/redeem-reward';
import { submitReport } from '../../src/commands/submit-report';
import { Reward } from '../../src/entities';
import { rebuildRollups } from '../../src/migrations/rollups';
import { districtMetrics } from '../../src/queries/district-metrics';
import { dispatchChange, resolveChange, reviewChange } from '../../src/rules/report-change';
import { validateSubmission } from '../../src/rules/report-submission';
import { as, expectFastEqualsPlain, rollupRows as rollups, service, somePeriods, submission } from '../support';

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
    const file = (overrides: Record<string, unknown> = {}) => submitReport(db, reporter, validateSubmission(submission(overrides) as never), new Date());
    const [a, b, c, d] = [await file(), await file({ category: 'SANITATION' }), await file({ districtCode: '110108' }), await file()];
    const step = (id: string, change: Parameters<typeof changeReport>[3]) => changeReport(db, op, id, change, new Date());
    await step(a.id, reviewChange('ACCEPT', null, null, a.id));
    await step(a.id, dispatchChange('12345-1'));
    await step(a.id, resolveChange('已处置'));
    await step(b.id, reviewChange('REJECT', null, '不清楚', b.id));
    await step(c.id, reviewChange('ACCEPT', null, null, c.id));
    await step(c.id, resolveChange('已处置'));
    await step(d.id, reviewChange('DUPLICATE', a.id, null, d.id));

    const reward = newId();
    await db.transaction((em) => em.insert(Reward, { id: reward, title: '理发', costPoints: 10, stock: 5, stationId: null, districtCode: '110105', active: true, createdAt: new Date() }));
    const kept = await redeemReward(db, { rewardId: reward, workerId: reporter.workerId, idempotencyKey: 'k1' }, new Date());
    const cancelled = await redeemReward(db, { rewardId: reward, workerId: reporter.workerId, idempotencyKey: 'k2' }, new Date());
    await cancelRedemption(db, op, cancelled.id, new Date());
    expect(kept.status).toBe('ISSUED');

    // One worker confirmed at three activities of a community, recorded in the order 2, 0, 1.
    const community = await createCommunity(db, op, { name: '测试社区', districtCode: '110115', riderFriendly: false }, new Date());
    const worker = newId();
    const base = new Date('2026-09-01T02:00:00Z').getTime();
    const activities = [];
    for (let i = 0; i < 3; i++) {
      const startsAt = new Date(base + i * 10 * DAY);
      const activity = await createVolunteerActivity(db, op, { title: `巡查${i}`, communityId: community.id, startsAt, hours: 2, pointsPerParticipant: 5, capacity: 5 }, new Date());
      await joinVolunteerActivity(db, activity.id, worker, new Date(startsAt.getTime() - DAY));
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
