import { beijingDay, beijingYear, DAY_MS, manualClock } from '@nef/kit';
import { generatedWorker } from '@nef/kit/seed';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { drawWorker, generate, GENERATED_BRANCHES, type GenerateOptions } from '../../src/seed/generate';
import { CASE_MOVES, resolvedAtAfter, type CaseStatus } from '../../src/rules/case-status';
import { MEASURE_MOVES } from '../../src/rules/measure-status';
import { MEMBERSHIP_MOVES } from '../../src/rules/membership-status';
import { checkMove } from '../../src/rules/status-move';
import { UnionBranchEntity, WorkerEntity } from '../../src/entities';
import { phones } from '../../src/settings';
import { snapshot } from '../support/snapshot';
import { unionMetricsFromRows } from '../../src/queries/metrics';
import { service } from '../../src/server';
import { admin, dashboard, partner, unionOperator } from '../support';

const now = new Date('2026-11-22T12:00:00+08:00');
const clock = manualClock(now);
const WORKERS = 400;
const opts: GenerateOptions = { seed: 42, workers: WORKERS, consultations: 6, batchSize: 150, now, cipher: phones };


const byTime = <T extends { at: Date; id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : 1));

function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

/** The Beijing day `daysAgo` before now's. */
const dayBefore = (daysAgo: number) => beijingDay(new Date(now.getTime() - daysAgo * DAY_MS));

describe('the union city data generator', () => {
  let a: TestSubgraph;
  let b: TestSubgraph;
  let data: Awaited<ReturnType<typeof snapshot>>;
  const progress: string[] = [];

  beforeAll(async () => {
    // The subgraphs' clock stands at the data set's now: a period without `to` ends there.
    [a, b] = await Promise.all([startTestSubgraph(service, { clock }), startTestSubgraph(service, { clock })]);
    await generate(a.db, { ...opts, progress: (line) => progress.push(line) });
    data = await snapshot(a);
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
  });

  it('writes the same rows, ids included, from the same seed, reporting each batch', async () => {
    await generate(b.db, opts);
    expect(await snapshot(b)).toEqual(data);
    expect(progress.filter((l) => / workers \d+\/400 /.test(l))).toHaveLength(3);
    expect(progress[progress.length - 1]).toMatch(/^union city seed 42: done: platforms \+5, union_branches \+7, workers \+400/);
  });

  it('writes volumes in the expected ranges', () => {
    expect(data.platforms.map((p) => p.code)).toEqual(['DIDI', 'ELEME', 'HUOLALA', 'MEITUAN', 'SF_EXPRESS']);
    expect(data.branches).toHaveLength(GENERATED_BRANCHES.length);
    expect(data.workers).toHaveLength(WORKERS);
    expect(data.accounts.length).toBeGreaterThanOrEqual(WORKERS);
    expect(data.accounts.length).toBeLessThan(WORKERS * 1.12);
    expect(data.memberships.length).toBeGreaterThan(WORKERS * 0.5);
    expect(data.memberships.length).toBeLessThan(WORKERS * 0.66);
    const active = data.memberships.filter((m) => m.status === 'ACTIVE').length;
    expect(active / data.memberships.length).toBeGreaterThan(0.85);
    expect(active).toBeLessThan(data.memberships.length);
    expect(data.events.length).toBeGreaterThanOrEqual(data.memberships.length);
    expect(data.cases.length).toBeLessThan(WORKERS * 0.04);
    expect(data.consultations).toHaveLength(6);
    expect(data.measures.length).toBeGreaterThanOrEqual(18);
    expect(data.measures.length).toBeLessThanOrEqual(42);
  });

  it('draws a city-sized population with the shares it promises', () => {
    // Pure draws, no database: enough workers for the shares to show.
    const drawn = Array.from({ length: 5000 }, (_, i) => drawWorker(42, i, now, ['b0', 'b1', 'b2'], phones));
    const members = drawn.filter((d) => d.membership);
    const share = (status: string) => members.filter((d) => d.membership!.status === status).length / members.length;
    expect(members.length / drawn.length).toBeCloseTo(0.58, 1);
    expect(share('WITHDRAWN')).toBeGreaterThan(0.02);
    expect(share('WITHDRAWN')).toBeLessThan(0.05);
    expect(share('LAPSED')).toBeGreaterThan(0.01);
    expect(share('LAPSED')).toBeLessThan(0.04);
    expect(members.filter((d) => d.events.length === 3).length).toBeGreaterThan(30);
    const cases = drawn.flatMap((d) => d.cases);
    expect(cases.length).toBeGreaterThan(25);
    expect(cases.length).toBeLessThan(80);
    expect(new Set(cases.map((c) => c.status))).toEqual(new Set(['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']));
    expect(new Set(members.map((d) => d.membership!.memberNo)).size).toBe(members.length);
    expect(new Set(members.map((d) => d.membership!.cardNo.slice(1))).size).toBe(members.length);
  });

  it('registers the kit’s workers as registration would: phone encrypted and hashed, accounts from registration on', async () => {
    const stored = new Map((await a.db.manager.find(WorkerEntity)).map((w) => [w.id, w]));
    const accounts = groupBy(data.accounts, (x) => x.workerId);
    for (let i = 0; i < WORKERS; i++) {
      const g = generatedWorker(42, i);
      const w = stored.get(g.id)!;
      expect(w).toBeDefined();
      expect({ name: w.name, occupation: w.occupation, districtCode: w.districtCode, last4: w.phoneLast4 }).toEqual({
        name: g.name, occupation: g.occupation, districtCode: '110105', last4: g.phone.slice(-4),
      });
      expect(phones.decrypt(w.phoneEnc)).toBe(g.phone);
      expect(w.phoneHash).toBe(phones.hash(g.phone));
      expect(beijingDay(w.registeredAt)).toBe(dayBefore(g.registeredDaysAgo));
      expect(w.registeredAt.getTime()).toBeLessThanOrEqual(now.getTime());
      const mine = accounts.get(g.id)!;
      expect(mine.map((x) => [x.platformCode, x.externalId]).sort()).toEqual(g.accounts.map((x) => [x.platform, x.externalId]).sort());
      for (const x of mine) {
        expect(x.linkedAt.getTime()).toBeGreaterThanOrEqual(w.registeredAt.getTime());
        expect(x.linkedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      }
    }
  });

  it('gives members numbered memberships whose history is a walk the service allows', () => {
    const workers = new Map(data.workers.map((w) => [w.id, w]));
    const events = groupBy(data.events, (e) => e.membershipId);
    const branchIds = new Set(data.branches.map((x) => x.id));
    const memberOf = new Map(data.memberships.map((m) => [m.workerId, m]));
    for (let i = 0; i < WORKERS; i++) {
      const g = generatedWorker(42, i);
      const m = memberOf.get(g.id);
      expect(m === undefined).toBe(g.joinedDaysAgo === null);
      if (!m) continue;
      const w = workers.get(g.id)!;
      expect(beijingDay(m.joinedAt)).toBe(dayBefore(g.joinedDaysAgo!));
      expect(m.joinedAt.getTime()).toBeGreaterThanOrEqual(w.registeredAt.getTime());
      expect(branchIds.has(m.branchId)).toBe(true);
      const history = byTime(events.get(m.id)!);
      expect(history[0]!.status).toBe('ACTIVE');
      expect(history[0]!.at.getTime()).toBeGreaterThanOrEqual(w.registeredAt.getTime());
      for (let k = 1; k < history.length; k++) {
        expect(checkMove('membership', MEMBERSHIP_MOVES, history[k - 1]!.status as never, history[k]!.status as never)).toBe(true);
      }
      const last = history[history.length - 1]!;
      expect(last.at.getTime()).toBeLessThanOrEqual(now.getTime());
      expect([m.status, m.updatedAt]).toEqual([last.status, last.at]);
      // joinedAt is the latest (re-)join; the member number carries the year of the first.
      expect(m.joinedAt).toEqual(history.filter((e) => e.status === 'ACTIVE').pop()!.at);
      expect(m.memberNo).toMatch(new RegExp(`^BJ${beijingYear(history[0]!.at)}[2-9A-HJ-NP-Z]{8}$`));
      expect(m.cardNo).toMatch(/^[1-9]\d{15}$/);
      if (history.length > 1 && last.status !== 'ACTIVE') expect(last.actor).toMatch(/^(operator:union|partner:[A-Z_]+):generated$/);
      for (const e of history.filter((x) => x.status === 'LAPSED')) expect(e.reason).toBeTruthy();
    }
  });

  it('moves assistance cases and agreed measures only as the service allows, with their histories', () => {
    const caseChanges = groupBy(data.caseChanges, (c) => c.caseId);
    for (const c of data.cases) {
      const history = byTime(caseChanges.get(c.id)!);
      expect(history[0]).toMatchObject({ status: 'OPEN', at: c.openedAt, actor: c.openedBy });
      let resolvedAt: Date | null = null;
      for (let k = 1; k < history.length; k++) {
        expect(checkMove('case', CASE_MOVES, history[k - 1]!.status as CaseStatus, history[k]!.status as CaseStatus)).toBe(true);
        resolvedAt = resolvedAtAfter(history[k]!.status as CaseStatus, resolvedAt, history[k]!.at);
      }
      expect([c.status, c.updatedAt, c.resolvedAt]).toEqual([history[history.length - 1]!.status, history[history.length - 1]!.at, resolvedAt]);
      expect(c.updatedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
    const measures = groupBy(data.measures, (x) => x.consultationId);
    const measureChanges = groupBy(data.measureChanges, (x) => x.measureId);
    for (const c of data.consultations) {
      expect(c.heldAt.getTime()).toBeLessThanOrEqual(c.recordedAt.getTime());
      expect(c.recordedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(c.heldAt.getTime()).toBeGreaterThan(now.getTime() - 380 * DAY_MS);
      const mine = measures.get(c.id)!.sort((x, y) => x.position - y.position);
      expect(mine.map((x) => x.position)).toEqual(mine.map((_, k) => k));
      for (const m of mine) {
        const history = byTime(measureChanges.get(m.id)!);
        expect(history[0]).toMatchObject({ status: 'AGREED', at: c.recordedAt });
        for (let k = 1; k < history.length; k++) {
          expect(checkMove('measure', MEASURE_MOVES, history[k - 1]!.status as never, history[k]!.status as never)).toBe(true);
        }
        expect([m.status, m.updatedAt]).toEqual([history[history.length - 1]!.status, history[history.length - 1]!.at]);
      }
    }
  });

  it('adds nothing when run again, and an interrupted run finishes where it stopped', async () => {
    const again = await generate(a.db, opts);
    expect(Object.values(again.written).every((n) => n === 0)).toBe(true);
    const c = await startTestSubgraph(service);
    try {
      // The first 250 workers and no consultations, as a run stopped half-way would leave them.
      await generate(c.db, { ...opts, workers: 250, consultations: 0 });
      const rest = await generate(c.db, opts);
      expect(rest.written.workers).toBe(WORKERS - 250);
      expect(rest.written.consultations).toBe(6);
      expect(await snapshot(c)).toEqual(data);
    } finally {
      await c.stop();
    }
  });

  it('refuses to add another seed’s workers to a registry that holds these ones', async () => {
    await expect(generate(a.db, { ...opts, seed: 7, workers: 10 })).rejects.toThrow(/another seed/);
  });

  it('lets partners find and act for generated workers by their platform accounts', async () => {
    const g = Array.from({ length: WORKERS }, (_, k) => generatedWorker(42, k)).find((w) => w.accounts[0]!.platform === 'MEITUAN' && w.joinedDaysAgo !== null)!;
    const found = dataOf(
      await a.query(
        `query($externalId: String!) { workerByPlatformAccount(platform: "MEITUAN", externalId: $externalId) { id name phone } }`,
        { externalId: g.accounts[0]!.externalId },
        partner('MEITUAN'),
      ),
    ).workerByPlatformAccount;
    expect(found).toEqual({ id: g.id, name: g.name, phone: `${g.phone.slice(0, 3)}****${g.phone.slice(-4)}` });
    const membership = data.memberships.find((m) => m.workerId === g.id)!;
    const acting = dataOf(
      await a.query(`{ actingWorker { id isUnionMember membership { memberNo status history { status } } } }`, {}, partner('MEITUAN', g.id)),
    ).actingWorker;
    expect(acting).toMatchObject({ id: g.id, isUnionMember: membership.status === 'ACTIVE', membership: { memberNo: membership.memberNo, status: membership.status } });
    expect(acting.membership.history).toHaveLength(data.events.filter((e) => e.membershipId === membership.id).length);
  });

  it('answers the district metrics and the workers listing on the generated data', async () => {
    const active = data.memberships.filter((m) => m.status === 'ACTIVE').length;
    const metrics = `query($r: [_Any!]!, $from: DateTime, $to: DateTime) { _entities(representations: $r) { ... on District {
      unionMetrics(from: $from, to: $to) { members joined byOccupation { key count } byPlatform { key count } openCases } } } }`;
    const periods: [Date | null, Date | null][] = [
      [null, null],
      [new Date(now.getTime() - 30 * DAY_MS), now],
      [new Date(now.getTime() - 365 * DAY_MS), now],
    ];
    for (const [from, to] of periods) {
      const got = dataOf(await a.query(metrics, { r: [{ __typename: 'District', code: '110105' }], from, to }, dashboard))._entities[0].unionMetrics;
      expect(got).toEqual(await unionMetricsFromRows(a.db, '110105', from, to));
      expect(got.members).toBe(active);
    }
    const listing = dataOf(
      await a.query(`{ workers(filter: { district: "110105", member: true }, first: 3) { totalCount edges { node { id } } } }`, {}, unionOperator),
    ).workers;
    expect(listing.totalCount).toBe(active);
    expect(listing.edges).toHaveLength(3);
    const branches = dataOf(await a.query(`{ unionBranches(district: "110105") { name level } }`)).unionBranches;
    expect(branches).toHaveLength(GENERATED_BRANCHES.length);
    const consultations = dataOf(await a.query(`{ consultations(first: 100) { id progress { agreed done ratio } } }`, {}, admin)).consultations;
    expect(consultations).toHaveLength(6);
  });

  it('uses the demo’s platforms and branches rather than adding them twice', async () => {
    const d = await startTestSubgraph(service, { seedDemo: true, clock });
    try {
      const r = await generate(d.db, { ...opts, workers: 60, consultations: 2 });
      expect(r.written.platforms).toBe(0);
      // The demo has 朝阳区总工会 and 望京街道总工会: only the other five are added.
      expect(r.written.union_branches).toBe(GENERATED_BRANCHES.length - 2);
      const names = (await d.db.manager.find(UnionBranchEntity, { where: { districtCode: '110105' } })).map((x) => x.name);
      expect(names.filter((n) => n === '朝阳区总工会')).toHaveLength(1);
      expect(await unionMetricsFromRows(d.db, '110105', null, null)).toEqual(
        dataOf(await d.query(`{ _entities(representations: [{ __typename: "District", code: "110105" }]) { ... on District {
          unionMetrics { members joined byOccupation { key count } byPlatform { key count } openCases } } } }`, {}, admin))._entities[0].unionMetrics,
      );
    } finally {
      await d.stop();
    }
  });
});
