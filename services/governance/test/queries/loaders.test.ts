import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { as, N, service, SUBMIT, submission } from '../support';

/** Every list field takes `first` (0..100, default 100), applied per parent inside one batch. */
let sg: TestSubgraph;
const stations = N(40).map(() => newId());
const workers = N(40).map(() => newId());
/** reward ids by station, oldest first */
const rewardsAt = new Map<string, string[]>();
const reports: string[] = [];
let communityA: string;
let communityB: string;

const CREATE_REWARD = `mutation($input: RewardInput!) { createReward(input: $input) { id } }`;
const CREATE_COMMUNITY = `mutation($input: CommunityInput!) { createCommunity(input: $input) { id } }`;
const ASSIGN = `mutation($w: ID!, $c: ID!, $role: RoleKind!) { assignVolunteerRole(workerId: $w, communityId: $c, role: $role) { id } }`;
const ISSUE = `mutation($c: ID!, $w: ID) { issueGatePass(communityId: $c, workerId: $w) { id } }`;
const CREATE_ACTIVITY = `mutation($input: ActivityInput!) { createVolunteerActivity(input: $input) { id } }`;

const community = async (name: string, districtCode = '110105') =>
  dataOf(await sg.query(CREATE_COMMUNITY, { input: { name, districtCode, riderFriendly: true } }, as.admin)).createCommunity.id as string;
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

beforeAll(async () => {
  sg = await startTestSubgraph(service);
  for (const s of stations) {
    const ids: string[] = [];
    for (const title of ['充电券', '洗衣券']) {
      ids.push(dataOf(await sg.query(CREATE_REWARD, { input: { title, costPoints: 10, stock: 5, stationId: s } }, as.admin)).createReward.id);
    }
    rewardsAt.set(s, ids);
  }
  communityA = await community('限量社区甲');
  communityB = await community('限量社区乙');
  for (const w of workers) {
    dataOf(await sg.query(ASSIGN, { w, c: communityA, role: 'GRID_MEMBER' }, as.admin));
    dataOf(await sg.query(ASSIGN, { w, c: communityA, role: 'PATROL_VOLUNTEER' }, as.admin));
    dataOf(await sg.query(ISSUE, { c: communityA }, as.partner('MEITUAN', w)));
    dataOf(await sg.query(ISSUE, { c: communityB }, as.partner('MEITUAN', w)));
  }
  // Forty open reports of one kind at one spot: each is a possible duplicate of the 39 others.
  for (const w of workers) {
    const input = submission({ category: 'FIRE_HAZARD', location: { lat: 30.2741, lng: 120.1551, crs: 'WGS84' }, districtCode: '330102' });
    reports.push(dataOf(await sg.query(SUBMIT, { input }, as.partner('MEITUAN', w))).submitReport.id);
  }
});
afterAll(() => sg?.stop());

/** The SQL statements one operation costs, and its data. */
async function statementsFor(query: string, variables: Record<string, unknown>, principal = as.admin) {
  const before = sg.db.statements;
  const data = dataOf(await sg.query(query, variables, principal)) as any;
  return { statements: sg.db.statements - before, data };
}
const refs = (typename: string, ids: string[]) => ids.map((id) => ({ __typename: typename, id }));
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('Query.rewards(first)', () => {
  const Q = `query($s: ID, $first: Int) { rewards(stationId: $s, first: $first) { id } }`;

  it('returns at most first rewards, oldest first, everywhere or at one station', async () => {
    const all = ids(dataOf(await sg.query(Q, {})).rewards);
    expect(all).toHaveLength(80);
    expect(all).toEqual([...all].sort());
    expect(ids(dataOf(await sg.query(Q, { first: 5 })).rewards)).toEqual(all.slice(0, 5));
    expect(ids(dataOf(await sg.query(Q, { s: stations[0], first: 1 })).rewards)).toEqual(rewardsAt.get(stations[0]!)!.slice(0, 1));
    expect(dataOf(await sg.query(Q, { first: 0 })).rewards).toEqual([]);
    expect(dataOf(await sg.query(Q, { s: stations[0], first: 0 })).rewards).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(Q, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(Q, { s: stations[0], first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(Q, { first: -1 }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Station.rewards(first)', () => {
  const Q = `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on Station { id rewards(first: $first) { id } } } }`;

  it('returns the first rewards of each station, oldest first, and leaves withdrawn ones out before counting', async () => {
    const s = stations[1]!;
    const [older, newer] = rewardsAt.get(s)!;
    expect(ids(dataOf(await sg.query(Q, { r: refs('Station', [s]), first: 1 }))._entities[0].rewards)).toEqual([older]);
    dataOf(await sg.query(`mutation($id: ID!) { setRewardActive(id: $id, active: false) { id } }`, { id: older }, as.admin));
    expect(ids(dataOf(await sg.query(Q, { r: refs('Station', [s]), first: 1 }))._entities[0].rewards)).toEqual([newer]);
    dataOf(await sg.query(`mutation($id: ID!) { setRewardActive(id: $id, active: true) { id } }`, { id: older }, as.admin));
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(Q, { r: refs('Station', stations.slice(0, 1)), first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(Q, { r: refs('Station', stations.slice(0, 1)), first: -1 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('applies first per station and costs the same SQL statements for 10 or 40 stations', async () => {
    const ten = await statementsFor(Q, { r: refs('Station', stations.slice(0, 10)), first: 1 }, as.anonymous);
    const forty = await statementsFor(Q, { r: refs('Station', stations), first: 1 }, as.anonymous);
    expect(forty.data._entities).toHaveLength(40);
    for (const s of forty.data._entities) expect(ids(s.rewards)).toEqual(rewardsAt.get(s.id)!.slice(0, 1));
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });
});

describe('Query.communities(first)', () => {
  const Q = `query($d: ID, $first: Int) { communities(district: $d, first: $first) { id } }`;

  it('returns at most first communities, oldest first', async () => {
    for (const name of ['限量社区丙', '限量社区丁', '限量社区戊']) await community(name, '110106');
    const all = ids(dataOf(await sg.query(Q, { d: '110106' })).communities);
    expect(all).toHaveLength(3);
    expect(all).toEqual([...all].sort());
    expect(ids(dataOf(await sg.query(Q, { d: '110106', first: 2 })).communities)).toEqual(all.slice(0, 2));
    expect(ids(dataOf(await sg.query(Q, { first: 1 })).communities)).toHaveLength(1);
    expect(dataOf(await sg.query(Q, { first: 0 })).communities).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(Q, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(Q, { first: -1 }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Query.volunteerActivities(first)', () => {
  const Q = `query($d: ID, $u: Boolean, $first: Int) { volunteerActivities(district: $d, upcoming: $u, first: $first) { id } }`;

  it('returns at most first activities, soonest first (or latest first when not only upcoming)', async () => {
    const c = await community('限量社区己', '110107');
    const made: string[] = [];
    for (const d of [5, 2, 9, 3]) {
      const input = { title: `巡逻 ${d}`, communityId: c, startsAt: inDays(d), hours: 2, pointsPerParticipant: 5, capacity: 5 };
      made.push(dataOf(await sg.query(CREATE_ACTIVITY, { input }, as.admin)).createVolunteerActivity.id);
    }
    const [d5, d2, d9, d3] = made;
    expect(ids(dataOf(await sg.query(Q, { d: '110107' })).volunteerActivities)).toEqual([d2, d3, d5, d9]);
    expect(ids(dataOf(await sg.query(Q, { d: '110107', first: 2 })).volunteerActivities)).toEqual([d2, d3]);
    expect(ids(dataOf(await sg.query(Q, { d: '110107', u: false, first: 2 })).volunteerActivities)).toEqual([d9, d5]);
    expect(dataOf(await sg.query(Q, { d: '110107', first: 0 })).volunteerActivities).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(Q, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(Q, { first: -1 }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Worker.volunteerRoles(first)', () => {
  const Q = `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on Worker { volunteerRoles(first: $first) { role } } } }`;
  const roles = async (w: string, first?: number) =>
    (dataOf(await sg.query(Q, { r: refs('Worker', [w]), ...(first === undefined ? {} : { first }) }, as.admin))._entities[0].volunteerRoles as any[]).map(
      (r) => r.role,
    );

  it('returns the newest roles first, at most first', async () => {
    expect(await roles(workers[0]!)).toEqual(['PATROL_VOLUNTEER', 'GRID_MEMBER']);
    expect(await roles(workers[0]!, 1)).toEqual(['PATROL_VOLUNTEER']);
    expect(await roles(workers[0]!, 0)).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(Q, { r: refs('Worker', workers.slice(0, 1)), first: 101 }, as.admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(Q, { r: refs('Worker', workers.slice(0, 1)), first: -1 }, as.admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('applies first per worker and costs the same SQL statements for 10 or 40 workers', async () => {
    const ten = await statementsFor(Q, { r: refs('Worker', workers.slice(0, 10)), first: 1 });
    const forty = await statementsFor(Q, { r: refs('Worker', workers), first: 1 });
    expect(forty.data._entities).toHaveLength(40);
    for (const w of forty.data._entities) expect(w.volunteerRoles).toEqual([{ role: 'PATROL_VOLUNTEER' }]);
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });
});

describe('Worker.gatePasses(first)', () => {
  const Q = `query($r: [_Any!]!, $first: Int, $v: Boolean) {
    _entities(representations: $r) { ... on Worker { gatePasses(first: $first, validOnly: $v) { expiresAt community { id } } } }
  }`;
  const passes = async (w: string, vars: Record<string, unknown>) =>
    dataOf(await sg.query(Q, { r: refs('Worker', [w]), ...vars }, as.admin))._entities[0].gatePasses as any[];

  it('returns the latest expiry first, at most first, valid ones only unless asked', async () => {
    const all = await passes(workers[0]!, {});
    expect(all.map((p) => p.community.id)).toEqual([communityB, communityA]);
    expect(all[0].expiresAt >= all[1].expiresAt).toBe(true);
    expect(await passes(workers[0]!, { first: 1 })).toEqual(all.slice(0, 1));
    expect(await passes(workers[0]!, { first: 1, v: false })).toEqual(all.slice(0, 1));
    expect(await passes(workers[0]!, { first: 0 })).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(Q, { r: refs('Worker', workers.slice(0, 1)), first: 101 }, as.admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(Q, { r: refs('Worker', workers.slice(0, 1)), first: -1 }, as.admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('applies first per worker and costs the same SQL statements for 10 or 40 workers', async () => {
    const ten = await statementsFor(Q, { r: refs('Worker', workers.slice(0, 10)), first: 1 });
    const forty = await statementsFor(Q, { r: refs('Worker', workers), first: 1 });
    expect(forty.data._entities).toHaveLength(40);
    for (const w of forty.data._entities) expect(w.gatePasses.map((p: any) => p.community.id)).toEqual([communityB]);
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });
});

describe('Report.possibleDuplicates(first)', () => {
  const ONE = `query($id: ID!, $first: Int) { report(id: $id) { possibleDuplicates(first: $first) { id } } }`;
  const dupes = async (id: string, first?: number) =>
    ids(dataOf(await sg.query(ONE, { id, ...(first === undefined ? {} : { first }) })).report.possibleDuplicates);

  it('returns the oldest first, at most first', async () => {
    const all = await dupes(reports[5]!, 100);
    expect(all).toEqual(reports.filter((r) => r !== reports[5]));
    // Without first, a page of 20.
    expect(await dupes(reports[5]!)).toEqual(all.slice(0, 20));
    expect(await dupes(reports[5]!, 2)).toEqual([reports[0], reports[1]]);
    expect(await dupes(reports[0]!, 2)).toEqual([reports[1], reports[2]]);
    expect(await dupes(reports[5]!, 0)).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(ONE, { id: reports[0], first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(ONE, { id: reports[0], first: -1 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('applies first per report and costs the same SQL statements for 10 or 40 reports', async () => {
    const Q = `query($first: Int) { reports(filter: { district: "330102" }, first: $first) { edges { node { id possibleDuplicates(first: 2) { id } } } } }`;
    const ten = await statementsFor(Q, { first: 10 }, as.anonymous);
    const forty = await statementsFor(Q, { first: 40 }, as.anonymous);
    expect(forty.data.reports.edges).toHaveLength(40);
    for (const { node } of forty.data.reports.edges) expect(node.possibleDuplicates).toHaveLength(2);
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });
});
