import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { service } from '../../src/server';
import { admin } from '../support';

/** Every list field takes `first` (0..100, default 100). */
let sg: TestSubgraph;

const CREATE_BRANCH = `mutation($input: UnionBranchInput!) { createUnionBranch(input: $input) { id } }`;

beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg.stop());

describe('Query.platforms(first)', () => {
  const PLATFORMS = `query($first: Int) { platforms(first: $first) { code } }`;

  it('returns at most first platforms, in code order', async () => {
    const all = dataOf(await sg.query(PLATFORMS, {})).platforms.map((p: any) => p.code);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all).toEqual([...all].sort());
    expect(dataOf(await sg.query(PLATFORMS, { first: 2 })).platforms.map((p: any) => p.code)).toEqual(all.slice(0, 2));
    expect(dataOf(await sg.query(PLATFORMS, { first: 0 })).platforms).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(PLATFORMS, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(PLATFORMS, { first: -1 }))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('Query.unionBranches(first)', () => {
  const BRANCHES = `query($district: ID, $first: Int) { unionBranches(district: $district, first: $first) { name level district { code } } }`;

  it('keeps the order (level, district with city-wide first, name by code point) and cuts it at first', async () => {
    for (const name of ['Zeta 工会', 'alpha 工会', '东坝工会', 'Beta 工会']) {
      dataOf(await sg.query(CREATE_BRANCH, { input: { name, level: 'ENTERPRISE', districtCode: '110105' } }, admin));
    }
    dataOf(await sg.query(CREATE_BRANCH, { input: { name: '第二市工会', level: 'CITY' } }, admin));
    const all = dataOf(await sg.query(BRANCHES, {})).unionBranches as { name: string; level: string; district: { code: string } | null }[];
    const levels = ['CITY', 'DISTRICT', 'SUBDISTRICT', 'ENTERPRISE'];
    const key = (b: (typeof all)[number]) => [levels.indexOf(b.level), b.district?.code ?? '', b.name] as const;
    const sorted = [...all].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0) || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
    });
    expect(all).toEqual(sorted);
    expect(all[0]!.level).toBe('CITY');
    const enterprise = all.filter((b) => b.level === 'ENTERPRISE' && b.district?.code === '110105').map((b) => b.name);
    expect(enterprise).toEqual(expect.arrayContaining(['Beta 工会', 'Zeta 工会', 'alpha 工会', '东坝工会']));
    expect(enterprise.indexOf('Beta 工会')).toBeLessThan(enterprise.indexOf('Zeta 工会'));
    expect(enterprise.indexOf('Zeta 工会')).toBeLessThan(enterprise.indexOf('alpha 工会'));
    expect(enterprise.indexOf('alpha 工会')).toBeLessThan(enterprise.indexOf('东坝工会'));

    expect(dataOf(await sg.query(BRANCHES, { first: 3 })).unionBranches).toEqual(all.slice(0, 3));
    const chaoyang = dataOf(await sg.query(BRANCHES, { district: '110105' })).unionBranches;
    expect(dataOf(await sg.query(BRANCHES, { district: '110105', first: 2 })).unionBranches).toEqual(chaoyang.slice(0, 2));
    expect(dataOf(await sg.query(BRANCHES, { first: 0 })).unionBranches).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(BRANCHES, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(BRANCHES, { first: -1 }))).toEqual(['BAD_USER_INPUT']);
  });
});
