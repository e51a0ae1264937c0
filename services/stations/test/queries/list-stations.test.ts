import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';

describe('Query.stations', () => {
  let sg: TestSubgraph;
  beforeAll(async () => {
    sg = await startTestSubgraph(service, { seedDemo: true });
  });
  afterAll(() => sg.stop());

  describe('stations listing', () => {
    it('pages through every station exactly once with opaque cursors', async () => {
      const total = dataOf(await sg.query(`{ stations { totalCount } }`)).stations.totalCount;
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = dataOf(
          await sg.query(`query($after: String) { stations(first: 4, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`, { after }),
        ).stations;
        seen.push(...page.edges.map((e: any) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    });

    it('filters by district, kinds, amenities (all of them), 24h and search', async () => {
      const q = `query($f: StationFilter) { stations(filter: $f, first: 100) { totalCount edges { node { name district { code } kind open24h amenities } } } }`;
      const chaoyang = dataOf(await sg.query(q, { f: { district: '110105' } })).stations;
      expect(chaoyang.totalCount).toBeGreaterThan(0);
      expect(chaoyang.edges.every((e: any) => e.node.district.code === '110105')).toBe(true);
      const homes = dataOf(await sg.query(q, { f: { kinds: ['RIDER_HOME'], amenities: ['EBIKE_CHARGING', 'MICROWAVE'] } })).stations;
      expect(homes.edges.map((e: any) => e.node.name).sort()).toEqual(['中原区骑手之家·建设路', '回龙观骑手之家', '望京骑手之家']);
      const allDay = dataOf(await sg.query(q, { f: { open24h: true } })).stations;
      expect(allDay.edges.every((e: any) => e.node.open24h)).toBe(true);
      expect(dataOf(await sg.query(q, { f: { search: '中关村' } })).stations.edges.map((e: any) => e.node.name)).toEqual(['中关村暖心驿站']);
      expect(dataOf(await sg.query(q, { f: { search: '100%' } })).stations.totalCount).toBe(0);
    });

    it('refuses more than 100 rows per page and a cursor it did not issue', async () => {
      expect(errorCodes(await sg.query(`{ stations(first: 101) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await sg.query(`{ stations(after: "garbage") { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
    });
  });
});
