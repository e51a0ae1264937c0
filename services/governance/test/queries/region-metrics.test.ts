import { manualClock, newId, randomCode, type MetricsPeriod, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Community, Participation, Redemption, Report, VolunteerActivity, VolunteerRole, type ReportRow } from '../../src/entities';
import { rebuildRollups } from '../../src/migrations/rollups';
import { bump, countsOf, type GovernanceMetrics } from '../../src/queries/district-metrics';
import { plainDistrictMetrics } from '../../src/queries/plain-district-metrics';
import { medianHours } from '../../src/rules/median';
import { REPORT_CATEGORIES, REPORT_STATUSES } from '../../src/rules/vocabulary';
import { as, service, somePeriods } from '../support';

let sg: TestSubgraph;
const H = 3600_000;
const NOW = new Date('2026-12-01T00:00:00Z');

/** Counties with data, and the streets their reports name (null: reports without a street). */
const COUNTIES: Record<string, (string | null)[]> = {
  '441302': ['441302103', '441302001'], // 惠城区: every report names its street
  '441322': ['441322001', null], // 博罗县
  '441303': ['441303001', null], // 惠阳区
  '440305': ['440305001', null], // 深圳市南山区
  '410105': ['410105002', null], // 郑州市金水区
  '410102': ['410102002'], // 郑州市中原区
  '419001': [null], // 济源市, a county directly under 河南省
  '320612': ['320612002'], // 南通市通州区
  '110105': [null], // 北京市朝阳区
};
const ALL = Object.keys(COUNTIES);

/** A small deterministic generator, so that the data is the same on every run and engine. */
function generator(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 48271) % 2147483647;
    return s % n;
  };
}

const rows: ReportRow[] = [];

function reports(): ReportRow[] {
  const rand = generator(7);
  const out: ReportRow[] = [];
  for (const district of ALL) {
    for (let i = 0; i < 14; i++) {
      const streets = COUNTIES[district]!;
      const submittedAt = new Date(Date.parse('2026-06-01T00:00:00Z') + rand(180 * 24) * H + rand(3600) * 1000);
      const status = REPORT_STATUSES[rand(REPORT_STATUSES.length)]!;
      const reviewed = status !== 'SUBMITTED';
      const paid = ['ACCEPTED', 'DISPATCHED', 'RESOLVED'].includes(status);
      out.push({
        id: newId(),
        reporterId: newId(),
        reporterPlatform: null,
        idempotencyKey: null,
        category: REPORT_CATEGORIES[rand(REPORT_CATEGORIES.length)]!,
        description: '隐患',
        lat: 30,
        lng: 115,
        districtCode: district,
        streetCode: streets[rand(streets.length)]!,
        photoUrls: '[]',
        status,
        duplicateOf: null,
        submittedAt,
        reviewedAt: reviewed ? new Date(submittedAt.getTime() + (1 + rand(20)) * H) : null,
        resolvedAt: status === 'RESOLVED' ? new Date(submittedAt.getTime() + (1 + rand(400)) * H + rand(3600) * 1000) : null,
        resolutionNote: null,
        reviewNote: null,
        externalRef: null,
        pointsAwarded: paid ? 5 + rand(3) * 5 : 0,
      });
    }
  }
  return out;
}

beforeAll(async () => {
  sg = await startTestSubgraph(service, { clock: manualClock(NOW.toISOString()) });
  rows.push(...reports());
  const [a, b, c] = [newId(), newId(), newId()];
  const t = (iso: string) => new Date(iso);
  await sg.db.transaction(async (em) => {
    await em.insert(Report, rows);
    const community = (district: string) => ({ id: newId(), name: `${district}社区`, districtCode: district, riderFriendly: true, passValidityDays: 30, createdAt: t('2026-01-01T00:00:00Z') });
    const boluo = community('441322');
    const huiyang = community('441303');
    const nanshan = community('440305');
    await em.insert(Community, [boluo, huiyang, nanshan]);
    const role = (worker: string, communityId: string, since: string, until: string | null) => ({
      id: newId(), workerId: worker, communityId, role: 'GRID_MEMBER' as const, since: t(since), until: until ? t(until) : null, activeKey: until ? null : `${worker}:${communityId}`,
    });
    // a holds roles in two Huizhou counties: an active volunteer of each.
    await em.insert(VolunteerRole, [
      role(a, boluo.id, '2026-07-01T00:00:00Z', null),
      role(a, huiyang.id, '2026-08-01T00:00:00Z', '2026-10-20T00:00:00Z'),
      role(b, nanshan.id, '2026-09-01T00:00:00Z', null),
    ]);
    const activity = (communityId: string, district: string, startsAt: string) => ({
      id: newId(), title: '清障', communityId, districtCode: district, startsAt: t(startsAt), hours: 2, pointsPerParticipant: 8, capacity: 10, participants: 2, createdAt: t('2026-06-01T00:00:00Z'),
    });
    const x = activity(boluo.id, '441322', '2026-10-10T01:00:00Z');
    const y = activity(nanshan.id, '440305', '2026-11-03T01:00:00Z');
    await em.insert(VolunteerActivity, [x, y]);
    const joined = t('2026-10-01T00:00:00Z');
    await em.insert(Participation, [
      { id: newId(), activityId: x.id, workerId: a, joinedAt: joined, confirmedAt: t('2026-10-10T04:00:00Z'), pointsAwarded: 8 },
      { id: newId(), activityId: x.id, workerId: c, joinedAt: joined, confirmedAt: t('2026-10-10T04:00:00Z'), pointsAwarded: 8 },
      { id: newId(), activityId: y.id, workerId: c, joinedAt: joined, confirmedAt: t('2026-11-03T05:00:00Z'), pointsAwarded: 8 },
    ]);
    const redemption = (district: string, points: number, at: string, status: 'ISSUED' | 'CANCELLED') => ({
      id: newId(), rewardId: newId(), workerId: a, idempotencyKey: newId(), pointsSpent: points, voucherCode: randomCode(16),
      status, districtCode: district, redeemedAt: t(at), usedAt: null, cancelledAt: null,
    });
    await em.insert(Redemption, [
      redemption('441322', 30, '2026-10-15T00:00:00Z', 'ISSUED'),
      redemption('441303', 20, '2026-10-16T00:00:00Z', 'CANCELLED'),
      redemption('410105', 40, '2026-11-15T00:00:00Z', 'ISSUED'),
    ]);
    // Rows written behind the service's back: fold them into the rollups as the migration does.
    await rebuildRollups(em);
  });
});
afterAll(() => sg?.stop());

const Q = /* GraphQL */ `
  query($r: [_Any!]!, $from: DateTime, $to: DateTime) {
    _entities(representations: $r) {
      ... on Region {
        code
        governanceMetrics(from: $from, to: $to) {
          reports resolved medianHoursToResolve activeVolunteers pointsIssued pointsRedeemed
          byCategory { key count } byStatus { key count }
        }
      }
    }
  }
`;
const iso = (d: Date | null) => d?.toISOString();
const regions = (codes: string[], who: Principal = as.admin, period: { from?: string; to?: string } = {}) =>
  sg.query(Q, { r: codes.map((code) => ({ __typename: 'Region', code })), ...period }, who);

async function figures(codes: string[], p: MetricsPeriod): Promise<Record<string, GovernanceMetrics>> {
  const res = dataOf(await regions(codes, as.admin, { from: iso(p.from), to: iso(p.to) }))._entities;
  return Object.fromEntries(res.map((r: { code: string; governanceMetrics: GovernanceMetrics }) => [r.code, r.governanceMetrics]));
}

type Summable = Omit<GovernanceMetrics, 'medianHoursToResolve'>;
const summable = ({ medianHoursToResolve: _, ...m }: GovernanceMetrics): Summable => m;

function sum(parts: GovernanceMetrics[]): Summable {
  const byCategory = new Map<string, number>();
  const byStatus = new Map<string, number>();
  const total = { reports: 0, resolved: 0, activeVolunteers: 0, pointsIssued: 0, pointsRedeemed: 0 };
  for (const m of parts) {
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += m[k];
    for (const c of m.byCategory) bump(byCategory, c.key, c.count);
    for (const c of m.byStatus) bump(byStatus, c.key, c.count);
  }
  return { ...total, byCategory: countsOf(byCategory), byStatus: countsOf(byStatus) };
}

/** The median of the hours to resolve of the reports resolved in the period whose district starts with `prefix`. */
function medianOf(prefix: string, p: MetricsPeriod): number | null {
  const from = p.from?.getTime() ?? 0;
  return medianHours(
    rows
      .filter((r) => r.districtCode.startsWith(prefix) && r.resolvedAt && r.resolvedAt.getTime() >= from && r.resolvedAt.getTime() < p.to.getTime())
      .map((r) => (r.resolvedAt!.getTime() - r.submittedAt.getTime()) / H),
  );
}

const PERIODS: MetricsPeriod[] = [...somePeriods(new Date('2026-11-20T00:00:00Z')), { from: new Date('2026-01-01T00:00:00Z'), to: NOW }];

describe('Region.governanceMetrics', () => {
  it('gives a county its district figures, a city the sum of its counties, a province of its cities and direct counties, the nation of its provinces', async () => {
    const codes = ['100000', '440000', '441300', '440300', '410000', '410100', '320000', '320600', '110000', ...ALL];
    for (const p of PERIODS) {
      const plain = await plainDistrictMetrics(sg.db, ALL, p);
      const d = (code: string) => plain.get(code)!;
      const f = await figures(codes, p);
      for (const county of ALL) expect(f[county]).toEqual(d(county));
      expect(summable(f['441300']!)).toEqual(sum([d('441302'), d('441322'), d('441303')]));
      expect(summable(f['440300']!)).toEqual(sum([d('440305')]));
      expect(summable(f['410100']!)).toEqual(sum([d('410105'), d('410102')]));
      expect(summable(f['440000']!)).toEqual(sum([f['441300']!, f['440300']!]));
      expect(summable(f['410000']!)).toEqual(sum([f['410100']!, f['419001']!]));
      expect(summable(f['320000']!)).toEqual(sum([f['320600']!]));
      expect(summable(f['100000']!)).toEqual(sum([f['440000']!, f['410000']!, f['320000']!, f['110000']!]));
      // The median is not a sum: it is taken over every resolution in the region.
      for (const [code, prefix] of [['441300', '4413'], ['440000', '44'], ['410000', '41'], ['100000', '']] as const) {
        expect(f[code]!.medianHoursToResolve).toBe(medianOf(prefix, p));
      }
    }
  });

  it('counts a worker active in two counties in each, so that the city is their sum', async () => {
    const f = await figures(['441300', '441322', '441303', '441302'], { from: new Date('2026-10-01T00:00:00Z'), to: NOW });
    expect([f['441322']!.activeVolunteers, f['441303']!.activeVolunteers, f['441302']!.activeVolunteers]).toEqual([2, 1, 0]);
    expect(f['441300']!.activeVolunteers).toBe(3);
    expect(f['441300']!.pointsRedeemed).toBe(30);
  });

  it('gives a street the figures of the reports that name it; a county whose every report names its street is their sum', async () => {
    for (const p of PERIODS) {
      const f = await figures(['441302', '441302103', '441302001', '441322', '441322001'], p);
      expect(summable(f['441302']!)).toEqual(sum([f['441302103']!, f['441302001']!]));
      for (const street of ['441302103', '441302001', '441322001']) {
        const own = rows.filter((r) => r.streetCode === street && r.submittedAt >= (p.from ?? new Date(0)) && r.submittedAt < p.to);
        expect(f[street]!.reports).toBe(own.length);
        // Activities, communities and redemptions name no street.
        expect([f[street]!.activeVolunteers, f[street]!.pointsRedeemed]).toEqual([0, 0]);
      }
      // 博罗县 has reports without a street: its street's figures are less.
      expect(f['441322001']!.reports).toBe(rows.filter((r) => r.streetCode === '441322001' && r.submittedAt >= (p.from ?? new Date(0)) && r.submittedAt < p.to).length);
      expect(f['441322001']!.reports).toBeLessThanOrEqual(f['441322']!.reports);
    }
    const all = await figures(['441322', '441322001'], { from: null, to: NOW });
    expect(all['441322001']!.reports).toBeLessThan(all['441322']!.reports);
  });

  it('takes the median of a street over its own resolutions', async () => {
    const all = { from: new Date('2026-01-01T00:00:00Z'), to: NOW };
    const f = await figures(['441302103'], all);
    const hours = rows.filter((r) => r.streetCode === '441302103' && r.resolvedAt).map((r) => (r.resolvedAt!.getTime() - r.submittedAt.getTime()) / H);
    expect(f['441302103']!.resolved).toBe(hours.length);
    expect(f['441302103']!.medianHoursToResolve).toBe(medianHours(hours));
  });

  it('lets a Huizhou key read Huizhou, its counties and streets, and nothing else', async () => {
    const huizhou = { role: 'dashboard', keyId: 'k-dash-hz', districts: ['441300'] } as Principal;
    for (const code of ['441300', '441302', '441302103']) expect(errorCodes(await regions([code], huizhou))).toEqual([]);
    for (const code of ['440000', '110105', '100000']) expect(errorCodes(await regions([code], huizhou))).toEqual(['FORBIDDEN']);
    const huizhouOperator = { role: 'operator', keyId: 'k-gov-hz', domain: 'governance', districts: ['441300'] } as Principal;
    expect(errorCodes(await regions(['441322001'], huizhouOperator))).toEqual([]);
    expect(errorCodes(await regions(['440300'], huizhouOperator))).toEqual(['FORBIDDEN']);
  });

  it('lets keys without regions read the nation, and refuses partners and other domains’ operators', async () => {
    const everywhere = { role: 'dashboard', keyId: 'k-dash-all' } as Principal;
    const nation = dataOf(await regions(['100000'], everywhere))._entities[0].governanceMetrics;
    expect(nation.reports).toBe(rows.length);
    expect(errorCodes(await regions(['100000'], as.operator))).toEqual([]);
    expect(errorCodes(await regions(['441300'], as.partner('MEITUAN', newId())))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await regions(['441300'], as.stationsOperator))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await regions(['441300'], as.anonymous))).toEqual(['FORBIDDEN']);
  });

  it('refuses a code that is not a region of the catalogue', async () => {
    for (const code of ['999999', '4413', '441302999']) {
      const res = await regions([code]);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0]!.extensions!.field).toBe('code');
    }
  });

  it('takes the period as District does: up to now without to, from the first record without from, zeros when empty', async () => {
    const open = dataOf(await regions(['441300']))._entities[0].governanceMetrics;
    const closed = dataOf(await regions(['441300'], as.admin, { from: '2000-01-01T00:00:00Z', to: NOW.toISOString() }))._entities[0].governanceMetrics;
    expect(open).toEqual(closed);
    expect(open.reports).toBe(rows.filter((r) => r.districtCode.startsWith('4413')).length);
    const october = dataOf(await regions(['441300'], as.admin, { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' }))._entities[0].governanceMetrics;
    expect(october.reports).toBe(rows.filter((r) => r.districtCode.startsWith('4413') && r.submittedAt >= new Date('2026-10-01T00:00:00Z') && r.submittedAt < new Date('2026-11-01T00:00:00Z')).length);
    expect(errorCodes(await regions(['441300'], as.admin, { from: '2026-11-01T00:00:00Z', to: '2026-10-01T00:00:00Z' }))).toEqual(['BAD_USER_INPUT']);
    const at = '2026-10-10T04:00:00Z';
    const empty = dataOf(await regions(['441300', '441302103'], as.admin, { from: at, to: at }))._entities;
    for (const e of empty) {
      expect(e.governanceMetrics).toEqual({ reports: 0, resolved: 0, medianHoursToResolve: null, activeVolunteers: 0, pointsIssued: 0, pointsRedeemed: 0, byCategory: [], byStatus: [] });
    }
  });
});
