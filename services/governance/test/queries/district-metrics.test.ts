import { manualClock, newId, randomCode, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Community, Participation, Redemption, Report, VolunteerActivity, VolunteerRole, type ReportRow } from '../../src/entities';
import { rebuildRollups } from '../../src/migrations/rollups';
import type { ReportCategory, ReportStatus } from '../../src/rules/vocabulary';
import { as, service } from '../support';

let sg: TestSubgraph;
const D = '110114';
const H = 3600_000;
const t = (iso: string) => new Date(iso);

function report(category: ReportCategory, status: ReportStatus, submitted: string, opts: { resolvedAfterHours?: number; reviewed?: string; points?: number; district?: string } = {}): ReportRow {
  const submittedAt = t(submitted);
  return {
    id: newId(),
    reporterId: newId(),
    reporterPlatform: null,
    idempotencyKey: null,
    category,
    description: '隐患',
    lat: 40.2,
    lng: 116.2,
    districtCode: opts.district ?? D,
    photoUrls: '[]',
    status,
    duplicateOf: null,
    submittedAt,
    reviewedAt: opts.reviewed ? t(opts.reviewed) : null,
    resolvedAt: opts.resolvedAfterHours !== undefined ? new Date(submittedAt.getTime() + opts.resolvedAfterHours * H) : null,
    resolutionNote: null,
    reviewNote: null,
    externalRef: null,
    pointsAwarded: opts.points ?? 0,
  };
}

beforeAll(async () => {
  // The subgraph's clock stands at the end of October, so a period without an end is October's.
  sg = await startTestSubgraph(service, { clock: manualClock('2026-11-01T00:00:00Z') });
  const [a, b, c] = [newId(), newId(), newId()];
  await sg.db.transaction(async (em) => {
    await em.insert(Report, [
      report('FIRE_HAZARD', 'RESOLVED', '2026-10-05T00:00:00Z', { resolvedAfterHours: 2, reviewed: '2026-10-05T01:00:00Z', points: 20 }),
      report('FIRE_HAZARD', 'RESOLVED', '2026-10-06T00:00:00Z', { resolvedAfterHours: 10, reviewed: '2026-10-06T01:00:00Z', points: 20 }),
      report('SANITATION', 'RESOLVED', '2026-10-07T00:00:00Z', { resolvedAfterHours: 30, reviewed: '2026-10-07T01:00:00Z', points: 5 }),
      report('SANITATION', 'ACCEPTED', '2026-10-08T00:00:00Z', { reviewed: '2026-10-08T01:00:00Z', points: 5 }),
      report('SANITATION', 'SUBMITTED', '2026-10-09T00:00:00Z'),
      // Submitted before the period, resolved in it after 288 hours.
      report('OTHER', 'RESOLVED', '2026-09-20T00:00:00Z', { resolvedAfterHours: 288, reviewed: '2026-09-20T01:00:00Z', points: 5 }),
      // Submitted in the period, resolved after it.
      report('OTHER', 'RESOLVED', '2026-10-30T00:00:00Z', { resolvedAfterHours: 96, reviewed: '2026-10-30T01:00:00Z', points: 5 }),
      report('FIRE_HAZARD', 'RESOLVED', '2026-10-05T00:00:00Z', { resolvedAfterHours: 1, reviewed: '2026-10-05T00:30:00Z', points: 20, district: '110115' }),
    ]);
    const community = { id: newId(), name: '回龙观某社区', districtCode: D, riderFriendly: true, passValidityDays: 30, createdAt: t('2026-08-01T00:00:00Z') };
    await em.insert(Community, community);
    await em.insert(VolunteerRole, [
      { id: newId(), workerId: a, communityId: community.id, role: 'GRID_MEMBER', since: t('2026-09-01T00:00:00Z'), until: null, activeKey: `${a}:x` },
      { id: newId(), workerId: b, communityId: community.id, role: 'GRID_MEMBER', since: t('2026-08-01T00:00:00Z'), until: t('2026-09-15T00:00:00Z'), activeKey: null },
    ]);
    const activity = {
      id: newId(), title: '清障', communityId: community.id, districtCode: D, startsAt: t('2026-10-10T01:00:00Z'),
      hours: 2, pointsPerParticipant: 8, capacity: 10, participants: 3, createdAt: t('2026-10-01T00:00:00Z'),
    };
    await em.insert(VolunteerActivity, activity);
    const joined = t('2026-10-02T00:00:00Z');
    await em.insert(Participation, [
      { id: newId(), activityId: activity.id, workerId: a, joinedAt: joined, confirmedAt: t('2026-10-10T04:00:00Z'), pointsAwarded: 8 },
      { id: newId(), activityId: activity.id, workerId: c, joinedAt: joined, confirmedAt: t('2026-10-10T04:00:00Z'), pointsAwarded: 8 },
      { id: newId(), activityId: activity.id, workerId: b, joinedAt: joined, confirmedAt: null, pointsAwarded: null },
    ]);
    const redemption = (points: number, at: string, status: 'ISSUED' | 'CANCELLED') => ({
      id: newId(), rewardId: newId(), workerId: a, idempotencyKey: newId(), pointsSpent: points, voucherCode: randomCode(16),
      status, districtCode: D, redeemedAt: t(at), usedAt: null, cancelledAt: null,
    });
    await em.insert(Redemption, [
      redemption(30, '2026-10-15T00:00:00Z', 'ISSUED'),
      redemption(20, '2026-10-16T00:00:00Z', 'CANCELLED'),
      redemption(40, '2026-11-15T00:00:00Z', 'ISSUED'),
    ]);
    // Rows written behind the service's back: fold them into the metrics rollups as the migration does.
    await rebuildRollups(em);
  });
});
afterAll(() => sg?.stop());

const Q = /* GraphQL */ `
  query($r: [_Any!]!, $from: DateTime, $to: DateTime) {
    _entities(representations: $r) {
      ... on District {
        code
        governanceMetrics(from: $from, to: $to) {
          reports resolved medianHoursToResolve activeVolunteers pointsIssued pointsRedeemed
          byCategory { key count } byStatus { key count }
        }
      }
    }
  }
`;
const OCTOBER = { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' };
const metrics = async (codes: string[], who: Principal = as.admin, period: Record<string, string> = OCTOBER) =>
  sg.query(Q, { r: codes.map((code) => ({ __typename: 'District', code })), ...period }, who);

describe('District.governanceMetrics', () => {
  it('counts a district’s reports, resolutions, volunteers and points in the period', async () => {
    const [d] = dataOf(await metrics([D]))._entities;
    expect(d.governanceMetrics).toEqual({
      reports: 6,
      resolved: 4,
      medianHoursToResolve: 20,
      activeVolunteers: 2,
      pointsIssued: 20 + 20 + 5 + 5 + 5 + 8 + 8,
      pointsRedeemed: 30,
      byCategory: [
        { key: 'SANITATION', count: 3 },
        { key: 'FIRE_HAZARD', count: 2 },
        { key: 'OTHER', count: 1 },
      ],
      byStatus: [
        { key: 'RESOLVED', count: 4 },
        { key: 'ACCEPTED', count: 1 },
        { key: 'SUBMITTED', count: 1 },
      ],
    });
  });

  it('takes the middle value for an odd count and gives null when nothing was resolved', async () => {
    const [odd] = dataOf(await metrics([D], as.admin, { from: '2026-10-01T00:00:00Z', to: '2026-10-07T12:00:00Z' }))._entities;
    expect(odd.governanceMetrics).toMatchObject({ resolved: 3, medianHoursToResolve: 10 });
    const [none] = dataOf(await metrics(['110116']))._entities;
    expect(none.governanceMetrics).toMatchObject({ reports: 0, resolved: 0, medianHoursToResolve: null, byCategory: [], activeVolunteers: 0 });
  });

  it('refuses a period that ends before it starts', async () => {
    expect(errorCodes(await metrics([D], as.admin, { from: OCTOBER.to, to: OCTOBER.from }))).toEqual(['BAD_USER_INPUT']);
  });

  it('answers an empty period (from equal to to) with zeros, even while roles are held', async () => {
    const at = '2026-10-10T04:00:00Z';
    const [d] = dataOf(await metrics([D], as.admin, { from: at, to: at }))._entities;
    expect(d.governanceMetrics).toEqual({
      reports: 0, resolved: 0, medianHoursToResolve: null, activeVolunteers: 0, pointsIssued: 0, pointsRedeemed: 0, byCategory: [], byStatus: [],
    });
  });

  it('runs up to the request’s now when the period has no end', async () => {
    const [october] = dataOf(await metrics([D]))._entities;
    const [upToNow] = dataOf(await metrics([D], as.admin, { from: OCTOBER.from }))._entities;
    expect(upToNow.governanceMetrics).toEqual(october.governanceMetrics);
  });

  it('reads from the first record when the period has no start', async () => {
    const [d] = dataOf(await metrics([D], as.admin, { to: OCTOBER.to }))._entities;
    // October's figures and the report submitted in September, resolved in October, and the role ended in September.
    expect(d.governanceMetrics).toMatchObject({ reports: 7, resolved: 4, activeVolunteers: 3, pointsIssued: 20 + 20 + 5 + 5 + 5 + 5 + 8 + 8, pointsRedeemed: 30 });
  });

  it('is for admins, dashboards and governance operators of the district only', async () => {
    const cityDashboard = { role: 'dashboard', keyId: 'k-city' } as Principal;
    const changping = { role: 'dashboard', keyId: 'k-cp', districts: [D] } as Principal;
    for (const who of [cityDashboard, changping, as.operator]) expect(dataOf(await metrics([D], who))._entities[0].governanceMetrics.reports).toBe(6);
    for (const who of [as.anonymous, as.partner('MEITUAN', newId()), as.dashboard, as.chaoyangOperator, as.stationsOperator]) {
      expect(errorCodes(await metrics([D], who))).toEqual(['FORBIDDEN']);
    }
  });

  it('costs the same number of statements for 2 or 8 districts', async () => {
    const cost = async (codes: string[]) => {
      const before = sg.db.statements;
      dataOf(await metrics(codes));
      return sg.db.statements - before;
    };
    const two = await cost([D, '110115']);
    expect(await cost([D, '110115', '110101', '110102', '110105', '110106', '110108', '110112'])).toBe(two);
  });

  it('gives every district of a request the same default period, so they share one batch', async () => {
    const cost = async (codes: string[]) => {
      const before = sg.db.statements;
      dataOf(await sg.query(Q, { r: codes.map((code) => ({ __typename: 'District', code })) }, as.admin));
      return sg.db.statements - before;
    };
    const many = [D, ...Array.from({ length: 60 }, (_, i) => String(110000 + i))];
    const one = await cost([D]);
    for (let i = 0; i < 3; i++) expect(await cost(many)).toBe(one);
  });
});
