import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { appendEntry } from '../../src/commands/append-points-entry';
import { as, inDays, rewardsOn, service, volunteeringOn } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const rewards = rewardsOn(() => sg);
const volunteering = volunteeringOn(() => sg);

const LEDGER = /* GraphQL */ `
  query($r: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $r) {
      ... on Worker {
        pointsHistoryConnection(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { id delta reference balanceAfter createdAt } }
        }
      }
    }
  }
`;

/** Follows `after` from page to page until hasNextPage is false; returns every node, in order, and the page count. */
async function readAll<T>(fetch: (after: string | null) => Promise<{ pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: T }[] }>) {
  const nodes: T[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page = await fetch(after);
    pages += 1;
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    after = page.pageInfo.endCursor;
    if (pages > 50) throw new Error('too many pages');
  }
}

describe('a worker’s points history past 100 entries', () => {
  const worker = newId();
  beforeAll(async () => {
    // 130 entries, several written in the same millisecond, so the id breaks ties between them.
    await sg.db.transaction(async (em) => {
      const start = Date.now() - 3_600_000;
      for (let i = 0; i < 130; i++) {
        await appendEntry(em, sg.db, { workerId: worker, delta: 1, reason: 'ADJUSTMENT', reference: `ref-${i}`, at: new Date(start + Math.floor(i / 3) * 1000) });
      }
    });
  });

  it('is read page by page, newest first, each entry once, to the oldest', async () => {
    const partner = as.partner('MEITUAN', worker);
    const { nodes, pages } = await readAll<any>(async (after) => {
      const res = await sg.query(LEDGER, { r: [{ __typename: 'Worker', id: worker }], first: 40, after }, partner);
      const page = dataOf(res)._entities[0].pointsHistoryConnection;
      expect(page.totalCount).toBe(130);
      return page;
    });
    expect(pages).toBe(4);
    expect(nodes).toHaveLength(130);
    expect(new Set(nodes.map((n: any) => n.id)).size).toBe(130);
    expect(new Set(nodes.map((n: any) => n.reference)).size).toBe(130);
    // Newest first; entries of the same instant in a fixed order (by id), so none is skipped or repeated.
    const times = nodes.map((n: any) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(nodes[0].balanceAfter).toBeGreaterThanOrEqual(128);
    expect(nodes[129].balanceAfter).toBeLessThanOrEqual(3);
  });

  it('defaults to 20 entries a page, and says whether more follow', async () => {
    const res = await sg.query(LEDGER, { r: [{ __typename: 'Worker', id: worker }] }, as.admin);
    const page = dataOf(res)._entities[0].pointsHistoryConnection;
    expect(page.edges).toHaveLength(20);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.endCursor).toBe(page.edges[19].cursor);
  });

  it('refuses a cursor it did not write, and a page over 100', async () => {
    const r = [{ __typename: 'Worker', id: worker }];
    expect(errorCodes(await sg.query(LEDGER, { r, after: 'bm90IGEgY3Vyc29y' }, as.admin))).toEqual(['BAD_USER_INPUT']);
    // A cursor of another list (ordered by id alone) is not one of this list.
    await volunteering.community({ name: '朝阳社区', districtCode: '110105' });
    const communities = dataOf(await sg.query('{ communitiesConnection(first: 1) { pageInfo { endCursor } } }', {}, as.anonymous));
    const foreign = communities.communitiesConnection.pageInfo.endCursor;
    expect(foreign).toEqual(expect.any(String));
    expect(errorCodes(await sg.query(LEDGER, { r, after: foreign }, as.admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(LEDGER, { r, first: 101 }, as.admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('is FORBIDDEN to a partner acting for another worker, and to the public', async () => {
    for (const who of [as.partner('MEITUAN', newId()), as.anonymous]) {
      expect(errorCodes(await sg.query(LEDGER, { r: [{ __typename: 'Worker', id: worker }] }, who))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('the other lists, page by page', () => {
  it('rewards at a station and everywhere: every active reward once, oldest first, withdrawn ones left out', async () => {
    const station = newId();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await rewards.newReward({ title: `洗衣${i}`, stationId: station }));
    await sg.query(`mutation($id: ID!) { setRewardActive(id: $id, active: false) { id } }`, { id: ids[3] }, as.admin);
    const expected = ids.filter((_, i) => i !== 3);

    const atStation = await readAll<any>(async (after) => {
      const q = `query($s: ID!, $after: String) { rewardsConnection(stationId: $s, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
      const page = dataOf(await sg.query(q, { s: station, after }, as.anonymous)).rewardsConnection;
      expect(page.totalCount).toBe(6);
      return page;
    });
    expect(atStation.nodes.map((n: any) => n.id)).toEqual(expected);
    expect(atStation.pages).toBe(3);

    const onStation = await readAll<any>(async (after) => {
      const q = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Station {
        rewardsConnection(first: 4, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`;
      return dataOf(await sg.query(q, { r: [{ __typename: 'Station', id: station }], after }, as.anonymous))._entities[0].rewardsConnection;
    });
    expect(onStation.nodes.map((n: any) => n.id)).toEqual(expected);

    const everywhere = await readAll<any>(async (after) => {
      const q = `query($after: String) { rewardsConnection(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id active } } } }`;
      return dataOf(await sg.query(q, { after }, as.anonymous)).rewardsConnection;
    });
    const everyId = everywhere.nodes.map((n: any) => n.id);
    expect(everyId).toEqual(expect.arrayContaining(expected));
    expect(everyId).not.toContain(ids[3]);
    expect(new Set(everyId).size).toBe(everyId.length);
    expect([...everyId].sort()).toEqual(everyId);
  });

  it('communities of a district', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push(await volunteering.community({ name: `石景山社区${i}`, districtCode: '110107' }));
    const all = await readAll<any>(async (after) => {
      const q = `query($after: String) { communitiesConnection(district: "110107", first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id district { code } } } } }`;
      const page = dataOf(await sg.query(q, { after }, as.anonymous)).communitiesConnection;
      expect(page.totalCount).toBe(5);
      return page;
    });
    expect(all.nodes.map((n: any) => n.id)).toEqual(made);
  });

  it('upcoming activities soonest first, all activities latest first', async () => {
    const community = await volunteering.community({ name: '门头沟社区', districtCode: '110109' });
    const days = [5, 2, 9, 2, 7];
    const made: { id: string; day: number }[] = [];
    for (const d of days) made.push({ id: await volunteering.activity({ communityId: community, startsAt: inDays(d) }), day: d });
    const read = (upcoming: boolean) =>
      readAll<any>(async (after) => {
        const q = `query($after: String, $u: Boolean) { volunteerActivitiesConnection(district: "110109", upcoming: $u, first: 2, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { id startsAt } } } }`;
        return dataOf(await sg.query(q, { after, u: upcoming }, as.anonymous)).volunteerActivitiesConnection;
      });
    const soonest = (await read(true)).nodes.map((n: any) => n.startsAt);
    expect(soonest).toHaveLength(5);
    expect([...soonest].sort()).toEqual(soonest);
    const latest = (await read(false)).nodes.map((n: any) => n.id);
    expect(new Set(latest)).toEqual(new Set(made.map((m) => m.id)));
    expect(latest[0]).toBe(made[2]!.id);
  });

  it('a worker’s vouchers, roles, passes and reports', async () => {
    const { worker, partner } = await rewards.workerWith(1000);
    const reward = await rewards.newReward({ costPoints: 10, stock: 100 });
    for (let i = 0; i < 5; i++) await sg.query(`mutation($r: ID!, $k: String!) { redeemReward(rewardId: $r, idempotencyKey: $k) { id } }`, { r: reward, k: `k${i}` }, partner);
    const community = await volunteering.community();
    await sg.query(`mutation($c: ID!) { issueGatePass(communityId: $c) { id } }`, { c: community }, partner);
    await sg.query(`mutation($w: ID!, $c: ID!) { assignVolunteerRole(workerId: $w, communityId: $c, role: GRID_MEMBER) { id } }`, { w: worker, c: community }, as.admin);
    const q = `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on Worker {
      redemptionsConnection(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } }
      volunteerRolesConnection { totalCount edges { node { role } } }
      gatePassesConnection { totalCount edges { node { valid } } }
      reportsConnection { totalCount edges { node { id } } }
    } } }`;
    const first = dataOf(await sg.query(q, { r: [{ __typename: 'Worker', id: worker }] }, partner))._entities[0];
    expect(first.redemptionsConnection.totalCount).toBe(5);
    expect(first.redemptionsConnection.edges).toHaveLength(3);
    expect(first.volunteerRolesConnection).toEqual({ totalCount: 1, edges: [{ node: { role: 'GRID_MEMBER' } }] });
    expect(first.gatePassesConnection).toEqual({ totalCount: 1, edges: [{ node: { valid: true } }] });
    expect(first.reportsConnection).toEqual({ totalCount: 0, edges: [] });
    const second = dataOf(
      await sg.query(q, { r: [{ __typename: 'Worker', id: worker }], after: first.redemptionsConnection.pageInfo.endCursor }, partner),
    )._entities[0];
    expect(second.redemptionsConnection.edges).toHaveLength(2);
    expect(second.redemptionsConnection.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.redemptionsConnection.edges, ...second.redemptionsConnection.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(5);
  });
});

describe('batching', () => {
  it('pages the ledgers of 10 or 40 workers with the same number of SQL statements', async () => {
    const ids = Array.from({ length: 40 }, () => newId());
    await sg.db.transaction(async (em) => {
      for (const id of ids) for (let i = 0; i < 3; i++) await appendEntry(em, sg.db, { workerId: id, delta: 2, reason: 'ADJUSTMENT', reference: `b${i}`, at: new Date() });
    });
    const cost = async (n: number) => {
      const before = sg.db.statements;
      const res = dataOf(await sg.query(LEDGER, { r: ids.slice(0, n).map((id) => ({ __typename: 'Worker', id })), first: 2 }, as.admin));
      for (const w of res._entities) expect(w.pointsHistoryConnection).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      return sg.db.statements - before;
    };
    expect(await cost(10)).toBe(await cost(40));
  });
});
