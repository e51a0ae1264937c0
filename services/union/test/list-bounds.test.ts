import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { demoBranchId } from '../src/demo';
import { service } from '../src/service';
import { admin } from './support';

/** Every list field takes `first` (0..100, default 100); consultation measures are capped at 50. */
let sg: TestSubgraph;
const consultations: string[] = [];

const RECORD = `mutation($input: ConsultationInput!) { recordConsultation(input: $input) { id measures { id } } }`;
const CREATE_PLATFORM = `mutation($code: ID!, $name: String!) { createPlatform(code: $code, name: $name) { code } }`;
const CREATE_BRANCH = `mutation($input: UnionBranchInput!) { createUnionBranch(input: $input) { id } }`;

const measure = (i: number) => ({ category: 'CARE', description: `措施 ${i}` });
const consultation = (i: number, measures = [measure(0), measure(1), measure(2)]) => ({
  title: `限量恳谈会 ${i}`,
  platform: 'BOUNDS',
  branchId: demoBranchId('chaoyang'),
  heldAt: new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString(),
  workerRepresentatives: 5,
  measures,
});

beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
  dataOf(await sg.query(CREATE_PLATFORM, { code: 'BOUNDS', name: '限量平台' }, admin));
  for (let i = 0; i < 40; i++) consultations.push(dataOf(await sg.query(RECORD, { input: consultation(i) }, admin)).recordConsultation.id);
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

describe('Consultation.measures(first)', () => {
  const ONE = `query($id: ID!, $first: Int) { consultation(id: $id) { measures(first: $first) { description } progress { agreed } } }`;

  it('returns the first measures in the order agreed; progress still counts them all', async () => {
    const one = async (first?: number) => dataOf(await sg.query(ONE, { id: consultations[0], ...(first === undefined ? {} : { first }) }, admin)).consultation;
    expect((await one()).measures.map((m: any) => m.description)).toEqual(['措施 0', '措施 1', '措施 2']);
    const two = await one(2);
    expect(two.measures.map((m: any) => m.description)).toEqual(['措施 0', '措施 1']);
    expect(two.progress.agreed).toBe(3);
    expect((await one(0)).measures).toEqual([]);
  });

  it('refuses first above 100 or below 0', async () => {
    expect(errorCodes(await sg.query(ONE, { id: consultations[0], first: 101 }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(ONE, { id: consultations[0], first: -1 }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('applies first per consultation and costs the same SQL statements for 10 or 40 consultations', async () => {
    const LIST = `query($first: Int) { consultations(platform: "BOUNDS", first: $first) { id measures(first: 2) { id history { status } } progress { agreed } } }`;
    const run = async (n: number) => {
      const before = sg.db.statements;
      const list = dataOf(await sg.query(LIST, { first: n }, admin)).consultations as any[];
      return { statements: sg.db.statements - before, list };
    };
    const ten = await run(10);
    const forty = await run(40);
    expect(forty.list).toHaveLength(40);
    for (const c of forty.list) {
      expect(c.measures).toHaveLength(2);
      expect(c.progress.agreed).toBe(3);
    }
    expect(ten.statements).toBeGreaterThan(0);
    expect(forty.statements).toBe(ten.statements);
  });
});

describe('ConsultationInput.measures', () => {
  it('takes at most 50 measures, refusing more with BAD_USER_INPUT naming the field and the maximum', async () => {
    const fifty = Array.from({ length: 50 }, (_, i) => measure(i));
    const ok = dataOf(await sg.query(RECORD, { input: consultation(100, fifty) }, admin)).recordConsultation;
    expect(ok.measures).toHaveLength(50);
    const res = await sg.query(RECORD, { input: consultation(101, [...fifty, measure(50)]) }, admin);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('measures');
    expect(res.errors![0]!.message).toMatch(/at most 50/);
  });
});
