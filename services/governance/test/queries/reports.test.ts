import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg?.stop());

const LIST = /* GraphQL */ `
  query($filter: ReportFilter, $first: Int, $after: String) {
    reports(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id category status district { code } submittedAt } }
    }
  }
`;
const list = async (vars: Record<string, unknown>) => dataOf(await sg.query(LIST, vars)).reports;

describe('reports(filter, first, after)', () => {
  it('pages through every report by cursor without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = await list({ first: 3, after });
      expect(page.totalCount).toBe(14);
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(14);
    expect([...seen].sort()).toEqual(seen);
  });

  it('filters by district, category, status and since, counting the whole filter', async () => {
    const haidian = await list({ filter: { district: '110108' } });
    expect(haidian.totalCount).toBe(2);
    expect(haidian.edges.every((e: any) => e.node.district.code === '110108')).toBe(true);
    // Two in Beijing, four in Huizhou, Nantong and Zhengzhou.
    expect((await list({ filter: { category: 'INFRASTRUCTURE' } })).totalCount).toBe(6);
    expect((await list({ filter: { status: 'SUBMITTED' } })).totalCount).toBe(3);
    expect((await list({ filter: { district: '110105', category: 'EBIKE_INDOOR_CHARGING', status: 'ACCEPTED' } })).totalCount).toBe(1);
    const recent = await list({ filter: { since: '2026-11-20T19:30:00+08:00' } });
    expect(recent.edges.map((e: any) => e.node.submittedAt).sort()).toEqual([
      '2026-11-20T11:30:00.000Z',
      '2026-11-21T00:10:00.000Z',
      '2026-11-21T00:45:00.000Z',
      '2026-11-22T05:05:00.000Z',
    ]);
    const page = await list({ filter: { district: '110105' }, first: 2 });
    expect(page).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    expect(page.edges).toHaveLength(2);
  });

  it('answers first: 0 with the count only', async () => {
    expect(await list({ first: 0 })).toEqual({ totalCount: 14, pageInfo: { hasNextPage: true, endCursor: null }, edges: [] });
  });

  it('refuses a bad district, a foreign cursor and an oversized page', async () => {
    expect(errorCodes(await sg.query(LIST, { filter: { district: 'Chaoyang' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(LIST, { after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(LIST, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(LIST, { filter: { since: '2026-11-20' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('returns null for an unknown report', async () => {
    expect(dataOf(await sg.query(`{ report(id: "00000000-0000-7000-8000-000000000000") { id } }`)).report).toBeNull();
  });
});
