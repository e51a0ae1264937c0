import { gql } from 'graphql-request';
import { generateDataset, startStack, statementCounts, type Stack, DATASET_TIMEOUT_MS } from '../support/stack';

/**
 * N+1-free by construction, checked where it matters: through the gateway, across
 * subgraphs. Each main cross-subgraph query is sent for a page of 10 and for a page of 100
 * rows of a generated city, and the SQL statements every subgraph runs (its /metrics) must be
 * the same for both: every entity reference and every parent-to-children hop is batched.
 */

/**
 * Each query, with what must be found in the first 10 rows already, so that the two pages run
 * the same hops (a hop that finds nothing in one page and something in the other would change
 * the plan, not the batching).
 */
const QUERIES: { name: string; query: string; key: string; rows: (data: any) => any[]; hops: (rows: any[]) => unknown[] }[] = [
  {
    name: 'workers with their union card, courses, points, reports and visits (union -> training, governance, stations)',
    key: 'demo-admin',
    query: gql`query($n: Int!) { workers(first: $n) { edges { node {
      id name phone occupation isUnionMember
      membership { status branch { name } }
      platformAccounts { platform { code name } externalId }
      enrollments(first: 3) { status course { title district { name } sessions(first: 1) { station { name } } } }
      subsidyAvailableCents
      pointsBalance
      pointsHistory(first: 2) { delta reason }
      reports(first: 2) { category status district { name } }
      stationVisits(first: 2) { at station { name } }
    } } } }`,
    rows: (d) => d.workers.edges,
    hops: (rows) => [
      rows.some((e) => e.node.enrollments.some((x: any) => x.course.district && x.course.sessions[0]?.station)),
      rows.some((e) => e.node.reports.length > 0),
      rows.some((e) => e.node.pointsHistory.length > 0),
    ],
  },
  {
    name: 'stations with their classes, rewards, offers and visits (stations -> training, governance)',
    key: 'demo-admin',
    query: gql`query($n: Int!) { stations(first: $n) { edges { node {
      id name amenities isOpen district { name }
      offers(first: 3) { title priceCents }
      visitCount
      upcomingSessions(first: 3) { startsAt course { title enrolledCount } }
      rewards(first: 3) { title costPoints district { name } }
    } } } }`,
    rows: (d) => d.stations.edges,
    hops: (rows) => [
      rows.some((e) => e.node.upcomingSessions.length > 0),
      rows.some((e) => e.node.rewards.some((r: any) => r.district)),
    ],
  },
  {
    name: 'courses with their sessions at stations and their learners (training -> stations, union)',
    key: 'demo-admin',
    query: gql`query($n: Int!) { courses(first: $n) { edges { node {
      id title status enrolledCount waitlistCount district { name }
      sessions(first: 3) { startsAt station { name district { name } } }
      enrollments(first: 5) { status worker { name isUnionMember pointsBalance } }
    } } } }`,
    rows: (d) => d.courses.edges,
    hops: (rows) => [rows.some((e) => e.node.sessions.some((x: any) => x.station?.district)), rows.some((e) => e.node.enrollments.length > 0)],
  },
  {
    name: 'reports with their reporters and districts (governance -> union, stations)',
    key: 'demo-admin',
    query: gql`query($n: Int!) { reports(first: $n) { edges { node {
      id category status pointsAwarded district { name }
      reporter { name occupation membership { status } enrollments(first: 2) { status } }
    } } } }`,
    rows: (d) => d.reports.edges,
    hops: (rows) => [rows.some((e) => e.node.reporter.membership), rows.some((e) => e.node.reporter.enrollments.length > 0)],
  },
];

describe('SQL statements through the gateway do not grow with the page', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(
      { DEMO_DATA: 'false', VISIT_PURGE_INTERVAL_MINUTES: '0' },
      { prepare: (env) => generateDataset(env, { seed: 7, workers: 400, stations: 150, visitDays: 14, courses: 600, rewards: 600 }) },
    );
  }, DATASET_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  /** The statements each subgraph ran for one operation, and its data. */
  async function measure(query: string, key: string, n: number) {
    const before = await statementCounts(stack);
    const data = await stack.client(key).request(query, { n });
    const after = await statementCounts(stack);
    const ran = Object.fromEntries(Object.keys(before).map((k) => [k, after[k as keyof typeof after] - before[k as keyof typeof before]]));
    return { data, ran };
  }

  it.each(QUERIES)('$name', async ({ query, key, rows, hops }) => {
    const ten = await measure(query, key, 10);
    const hundred = await measure(query, key, 100);
    expect(rows(ten.data)).toHaveLength(10);
    expect(hops(rows(ten.data)).every(Boolean)).toBe(true);
    expect(rows(hundred.data)).toHaveLength(100);
    // The hops are exercised: at least one subgraph besides the list's own was asked.
    expect(Object.values(hundred.ran).filter((n) => n > 0).length).toBeGreaterThan(1);
    expect(hundred.ran).toEqual(ten.ran);
  });

  it('a dashboard over every district costs the same for 3 districts as for 16', async () => {
    const query = gql`query($n: Int!) { districts(first: $n) { code name
      stationMetrics { stations visits }
      unionMetrics { members joined }
      trainingMetrics { courses enrollments }
      governanceMetrics { reports resolved medianHoursToResolve }
    } }`;
    const few = await measure(query, 'demo-dashboard', 3);
    const all = await measure(query, 'demo-dashboard', 16);
    expect((few.data as any).districts).toHaveLength(3);
    expect((all.data as any).districts.length).toBeGreaterThanOrEqual(16);
    expect(all.ran).toEqual(few.ran);
    const chaoyang = (all.data as any).districts.find((d: any) => d.code === '110105');
    expect(chaoyang.unionMetrics.members).toBeGreaterThan(0);
    expect(chaoyang.governanceMetrics.reports).toBeGreaterThan(0);
  });
});
