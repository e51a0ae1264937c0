import { DAY_MS, HOUR_MS, startOfBeijingDay, startOfBeijingMonth } from '@nef/kit';
import { generatedWorker, seededRandom } from '@nef/kit/seed';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId } from '../../../src/seed/demo';
import { generate } from '../../../src/seed/generate';
import { AssistanceCaseEntity, DistrictCountEntity, JoinDayEntity, MembershipEntity, PlatformAccountEntity } from '../../../src/entities';
import { UnionMetricRollups1764400000000 } from '../../../src/migrations/1764400000000-union-metric-rollups';
import { phones } from '../../../src/settings';
import { unionMetricsFromRows } from '../../../src/queries/metrics';
import { service } from '../../../src/server';
import { JOIN, admin, freshPhone, partner, registerAs } from '../../support';

/**
 * District.unionMetrics reads rollups kept by every write; these tests hold them to the
 * figures computed from the rows, on generated data with the API's writes on top.
 */

const CODES = ['110105', '110108', '110114', '110119'];
const METRICS = `query($r: [_Any!]!, $from: DateTime, $to: DateTime) {
  _entities(representations: $r) {
    ... on District { code unionMetrics(from: $from, to: $to) { members joined byOccupation { key count } byPlatform { key count } openCases } }
  }
}`;

let sg: TestSubgraph;
const generatedAt = new Date();

beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
  await generate(sg.db, { seed: 42, workers: 300, consultations: 0, now: generatedAt, cipher: phones });
});
afterAll(() => sg.stop());

/** Periods of every shape: open ends, whole Beijing days and months, partial days, one instant, and random ones. */
function periods(): [Date | null, Date | null][] {
  const t = Date.now();
  const today = startOfBeijingDay(t).getTime();
  const monthStart = startOfBeijingMonth(t);
  const out: [Date | null, Date | null][] = [
    [null, null],
    [new Date(t - DAY_MS), null],
    [null, new Date(t - 40 * DAY_MS)],
    [new Date(today), null],
    [new Date(t - 30 * DAY_MS), new Date(t + HOUR_MS)],
    [new Date(t - 365 * DAY_MS), new Date(t + 1000)],
    [new Date(monthStart.getTime() - 31 * DAY_MS), monthStart],
    [new Date(today + HOUR_MS), new Date(today + 5 * HOUR_MS)],
    [new Date(today - 3 * DAY_MS), new Date(today - 2 * DAY_MS)],
    [new Date(t - 7 * DAY_MS), new Date(t - 7 * DAY_MS)],
  ];
  const rand = seededRandom(5);
  for (let i = 0; i < 20; i++) {
    let from = t + 2 * DAY_MS - Math.floor(rand() * 800 * DAY_MS);
    if (rand() < 0.3) from = startOfBeijingDay(from).getTime();
    out.push([new Date(from), new Date(from + Math.floor(rand() * 200 * DAY_MS))]);
  }
  return out;
}

/** The fast path (all districts in one request) against the rows, for every period. */
async function expectRollupsToMatchRows() {
  const r = CODES.map((code) => ({ __typename: 'District', code }));
  for (const [from, to] of periods()) {
    const got = dataOf(await sg.query(METRICS, { r, from, to }, admin))._entities;
    for (const [k, code] of CODES.entries()) {
      const expected = await unionMetricsFromRows(sg.db, code, from, to);
      expect({ code, from, to, ...got[k].unionMetrics }).toEqual({ code, from, to, ...expected });
    }
  }
}

const mutate = async (query: string, variables: Record<string, unknown>, p = admin) => dataOf(await sg.query(query, variables, p));
const WITHDRAW = `mutation($w: ID!) { withdrawMembership(workerId: $w, reason: "离开北京") { status } }`;
const LAPSE = `mutation($w: ID!) { lapseMembership(workerId: $w, reason: "会费未续缴") { status } }`;
const LINK = `mutation($w: ID!, $platform: ID!, $externalId: String!) { linkPlatformAccount(workerId: $w, platform: $platform, externalId: $externalId) { id } }`;
const OPEN_CASE = `mutation($w: ID!) { openAssistanceCase(workerId: $w, kind: HARDSHIP, summary: "生活困难") { id } }`;
const MOVE_CASE = `mutation($id: ID!, $status: CaseStatus!) { updateAssistanceCase(id: $id, status: $status) { status } }`;
const join = (workerId: string) => mutate(JOIN, { workerId, branchId: demoBranchId('chaoyang'), channel: 'ONSITE_EVENT' });

/** Generated workers by what they are now. */
async function generatedBy(status: 'ACTIVE' | 'LAPSED' | 'WITHDRAWN' | null): Promise<string[]> {
  const memberships = new Map((await sg.db.manager.find(MembershipEntity)).map((m) => [m.workerId, m.status]));
  return Array.from({ length: 300 }, (_, i) => generatedWorker(42, i).id).filter((id) => (memberships.get(id) ?? null) === status);
}

describe('the district metrics rollups', () => {
  it('agree with the rows on generated data, for every kind of period and several districts at once', async () => {
    await expectRollupsToMatchRows();
  });

  it('follow joins, re-joins, withdrawals, lapses, links and cases made through the API', async () => {
    const active = await generatedBy('ACTIVE');
    const lapsed = await generatedBy('LAPSED');
    const withdrawn = await generatedBy('WITHDRAWN');
    const none = await generatedBy(null);
    expect([lapsed.length, withdrawn.length].every((n) => n > 0)).toBe(true);
    for (const w of active.slice(0, 3)) await mutate(WITHDRAW, { w });
    for (const w of active.slice(3, 6)) await mutate(LAPSE, { w });
    // Renewals and re-joins move the membership's joinedAt to now, out of its old day.
    for (const w of [...lapsed.slice(0, 2), ...withdrawn.slice(0, 2), ...active.slice(3, 4)]) await join(w);
    for (const w of none.slice(0, 5)) await join(w);
    await mutate(WITHDRAW, { w: lapsed[lapsed.length - 1] });

    // An account linked to an ACTIVE member counts on its platform; one linked to a non-member does not.
    const accounts = await sg.db.manager.find(PlatformAccountEntity);
    const hasDidi = new Set(accounts.filter((a) => a.platformCode === 'DIDI').map((a) => a.workerId));
    const member = active.slice(10).find((w) => !hasDidi.has(w))!;
    await mutate(LINK, { w: member, platform: 'DIDI', externalId: 'dd-linked-1' });
    await mutate(LINK, { w: none[none.length - 1], platform: 'HUOLALA', externalId: 'hll-linked-1' });
    // Registration by a partner, with the consent of a registered phone's holder, links the account to that worker.
    const hasEleme = new Set(accounts.filter((a) => a.platformCode === 'ELEME').map((a) => a.workerId));
    const index = Array.from({ length: 300 }, (_, i) => i).find((i) => active.slice(12).includes(generatedWorker(42, i).id) && !hasEleme.has(generatedWorker(42, i).id))!;
    const g = generatedWorker(42, index);
    const registered = await registerAs(
      sg,
      { name: g.name, phone: g.phone, occupation: g.occupation, districtCode: '110105', platformExternalId: 'ele-linked-1' },
      partner('ELEME'),
    );
    expect(registered.id).toBe(g.id);

    // Workers of another district, registered, joined and withdrawn through the API.
    const others: string[] = [];
    for (const [k, occupation] of ['RIDE_HAILING', 'RIDE_HAILING', 'COURIER', 'TRUCK_DRIVER'].entries()) {
      const input = { name: '郑凯', phone: freshPhone(), occupation, districtCode: '110108', platformExternalId: `dd-other-${k}` };
      others.push((await registerAs(sg, input, partner('DIDI'))).id);
    }
    for (const w of others.slice(0, 3)) await join(w);
    await mutate(WITHDRAW, { w: others[2] });

    // Cases opened and moved along every kind of step, including a reopening.
    const opened: string[] = [];
    for (const w of [active[20]!, others[0]!, none[0]!]) opened.push((await mutate(OPEN_CASE, { w })).openAssistanceCase.id);
    for (const status of ['IN_PROGRESS', 'RESOLVED', 'IN_PROGRESS', 'CLOSED']) await mutate(MOVE_CASE, { id: opened[0], status });
    await mutate(MOVE_CASE, { id: opened[1], status: 'RESOLVED' });
    const generatedOpen = await sg.db.manager.findOne(AssistanceCaseEntity, { where: { status: 'OPEN', openedBy: 'operator:union:generated' } });
    if (generatedOpen) await mutate(MOVE_CASE, { id: generatedOpen.id, status: 'CLOSED' });

    await expectRollupsToMatchRows();
  });

  it('stay exact under concurrent writes in one district', async () => {
    const none = await generatedBy(null);
    const active = await generatedBy('ACTIVE');
    const cases = await sg.db.manager.find(AssistanceCaseEntity, { where: { status: 'OPEN' } });
    const accounts = await sg.db.manager.find(PlatformAccountEntity);
    const withoutHuolala = none.slice(10, 30).filter((w) => !accounts.some((a) => a.workerId === w && a.platformCode === 'HUOLALA'));
    await Promise.all([
      ...none.slice(10, 30).map((w) => join(w)),
      // Linking while the same worker joins: whichever commits second counts the account.
      ...withoutHuolala.map((w, k) => mutate(LINK, { w, platform: 'HUOLALA', externalId: `hll-race-${k}` })),
      ...active.slice(30, 40).map((w) => mutate(WITHDRAW, { w })),
      ...active.slice(40, 45).map((w) => mutate(LAPSE, { w })),
      ...active.slice(45, 50).map((w) => mutate(OPEN_CASE, { w })),
      ...cases.map((c) => mutate(MOVE_CASE, { id: c.id, status: 'IN_PROGRESS' })),
    ]);
    await expectRollupsToMatchRows();
  });

  it('are rebuilt from the rows by their migration, to the same counts', async () => {
    const nonZero = async () => ({
      counts: (await sg.db.manager.find(DistrictCountEntity, { order: { districtCode: 'ASC', metric: 'ASC', label: 'ASC' } })).filter((c) => c.count !== 0),
      days: (await sg.db.manager.find(JoinDayEntity, { order: { districtCode: 'ASC', day: 'ASC' } })).filter((d) => d.count !== 0),
    });
    const kept = await nonZero();
    const runner = sg.db.dataSource.createQueryRunner();
    try {
      await new UnionMetricRollups1764400000000().down(runner);
      await new UnionMetricRollups1764400000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await nonZero()).toEqual(kept);
    await expectRollupsToMatchRows();
  });

  it('cost five statements for any number of districts', async () => {
    const cost = async (codes: string[]) => {
      const before = sg.db.statements;
      dataOf(await sg.query(METRICS, { r: codes.map((code) => ({ __typename: 'District', code })), from: new Date(Date.now() - 40 * DAY_MS), to: new Date() }, admin));
      return sg.db.statements - before;
    };
    expect(await cost(['110105'])).toBe(5);
    expect(await cost(CODES)).toBe(5);
  });
});
