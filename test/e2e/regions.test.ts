import { gql } from 'graphql-request';
import { codesOf, startStack, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

const FIGURES = gql`query($code: ID!) { region(code: $code) { code level name
  stationMetrics { stations visits }
  unionMetrics { members byPlatform { key count } }
  trainingMetrics { courses enrollments }
  governanceMetrics { reports } } }`;

type Figures = { stations: number; visits: number; members: number; courses: number; enrollments: number; reports: number };
const flat = (r: any): Figures => ({
  stations: r.stationMetrics.stations,
  visits: r.stationMetrics.visits,
  members: r.unionMetrics.members,
  courses: r.trainingMetrics.courses,
  enrollments: r.trainingMetrics.enrollments,
  reports: r.governanceMetrics.reports,
});

/** A city's dashboard key, end to end: one query across the four subgraphs at every level, and nothing outside the city. */
describe('figures for every region through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  }, STARTUP_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  it('answers Huizhou, its counties and streets to the Huizhou key, from all four subgraphs', async () => {
    const huizhou = stack.client('demo-huizhou-dashboard');
    const city: any = (await huizhou.request(FIGURES, { code: '441300' })).region;
    expect(city).toMatchObject({ code: '441300', level: 'CITY', name: '惠州市' });
    const f = flat(city);
    for (const [k, v] of Object.entries(f)) expect({ [k]: v > 0 }).toEqual({ [k]: true });
    expect(city.unionMetrics.byPlatform.map((c: any) => c.key)).toEqual(expect.arrayContaining(['DIDI', 'MEITUAN']));
    // The city is the sum of its counties (惠城区, 博罗县 and the rest).
    const counties: any = await stack.client('demo-admin').request(gql`{ region(code: "441300") { children(first: 100) { edges { node { code } } } } }`);
    const sum: Figures = { stations: 0, visits: 0, members: 0, courses: 0, enrollments: 0, reports: 0 };
    for (const e of counties.region.children.edges) {
      const c = flat(((await huizhou.request(FIGURES, { code: e.node.code })) as any).region);
      for (const k of Object.keys(sum) as (keyof Figures)[]) sum[k] += c[k];
    }
    expect(sum).toEqual(f);
    const street: any = (await huizhou.request(FIGURES, { code: '441302103' })).region;
    expect(street).toMatchObject({ level: 'STREET', name: '三栋镇' });
    expect(street.stationMetrics.stations).toBe(1);
  });

  it('refuses the Huizhou key every region outside Huizhou, in every subgraph, and lets the Jiangsu key read Nantong', async () => {
    // Each subgraph refuses on its own (asked one at a time: a refused stationMetrics, being
    // non-null, would take the whole region with it and the others would not be asked).
    const ONE = (field: string) => gql`query($code: ID!) { region(code: $code) { ${field} { __typename } } }`;
    for (const code of ['440000', '440300', '110105', '100000']) {
      for (const field of ['stationMetrics', 'unionMetrics', 'trainingMetrics', 'governanceMetrics']) {
        const codes = await codesOf(stack.client('demo-huizhou-dashboard').request(ONE(field), { code }));
        expect({ code, field, codes }).toEqual({ code, field, codes: ['FORBIDDEN'] });
      }
    }
    const nantong: any = (await stack.client('demo-jiangsu-dashboard').request(FIGURES, { code: '320600' })).region;
    expect(flat(nantong).stations).toBeGreaterThan(0);
    expect(new Set(await codesOf(stack.client('demo-jiangsu-dashboard').request(FIGURES, { code: '441300' })))).toEqual(new Set(['FORBIDDEN']));
    expect(new Set(await codesOf(stack.client('demo-meituan').request(FIGURES, { code: '441300' })))).toEqual(new Set(['FORBIDDEN']));
  });

  it('answers the nation to a key without regions: the sum of the provinces', async () => {
    const all = stack.client('demo-dashboard');
    const nation = flat(((await all.request(FIGURES, { code: '100000' })) as any).region);
    let stations = 0;
    let members = 0;
    for (const code of ['110000', '440000', '320000', '410000']) {
      const p = flat(((await all.request(FIGURES, { code })) as any).region);
      stations += p.stations;
      members += p.members;
    }
    expect({ stations: nation.stations, members: nation.members }).toEqual({ stations, members });
    // A code the catalogue lacks is no region: null, and no subgraph is asked for its figures.
    expect(((await all.request(FIGURES, { code: '999999' })) as any).region).toBeNull();
  });
});
