import { convert, distanceMeters, newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { isNear, likePattern } from '../../src/rules/report-search';
import { as, service, submission, SUBMIT } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const SEARCH = /* GraphQL */ `
  query($filter: ReportFilter, $first: Int, $after: String) {
    reports(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id description } } }
  }
`;
async function search(filter: Record<string, unknown>): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = dataOf(await sg.query(SEARCH, { filter, first: 7, after })).reports;
    ids.push(...page.edges.map((e: any) => e.node.id));
    if (!page.pageInfo.hasNextPage) {
      expect(page.totalCount).toBe(ids.length);
      return ids.sort();
    }
    after = page.pageInfo.endCursor;
  }
}

/** Guomao, in WGS-84. */
const CENTER = { lat: 39.9075, lng: 116.4551 };
type Filed = { id: string; lat: number; lng: number; description: string; category: string; district: string };
const filed: Filed[] = [];

beforeAll(async () => {
  // Reports on a grid around Guomao, up to about 6 km away, filed in WGS-84.
  const words = ['电动车楼道充电', '消防通道堵塞 100%', '井盖缺失', 'Blocked EXIT sign', '路灯不亮_夜间'];
  let k = 0;
  for (let i = -4; i <= 4; i++) {
    for (let j = -4; j <= 4; j += 2) {
      const lat = CENTER.lat + i * 0.012;
      const lng = CENTER.lng + j * 0.015;
      const description = `${words[k % words.length]} #${k}`;
      const district = k % 4 === 0 ? '110101' : '110105';
      const category = k % 3 === 0 ? 'FIRE_HAZARD' : 'INFRASTRUCTURE';
      const input = submission({ location: { lat, lng, crs: 'WGS84' }, description, districtCode: district, category, photoUrls: [] });
      const r = dataOf(await sg.query(SUBMIT, { input, workerId: newId() }, as.admin)).submitReport;
      filed.push({ id: r.id, lat, lng, description, category, district });
      k++;
    }
  }
});

const ids = (rows: Filed[]) => rows.map((r) => r.id).sort();

describe('searching reports by area and text', () => {
  it('finds the reports within a radius, as the distance rule says, and they lie within the great-circle radius ± 0.5%', async () => {
    for (const radius of [800, 2500, 4000]) {
      const found = await search({ near: { center: { ...CENTER, crs: 'WGS84' }, radiusMeters: radius } });
      const expected = filed.filter((f) => isNear(f, { center: CENTER, radius }));
      expect(found).toEqual(ids(expected));
      expect(found.length).toBeGreaterThan(0);
      for (const f of filed) {
        const d = distanceMeters(CENTER, f);
        if (d < radius * 0.995) expect(found).toContain(f.id);
        if (d > radius * 1.005) expect(found).not.toContain(f.id);
      }
    }
  });

  it('takes the centre in GCJ-02 by default, as the maps give it', async () => {
    // Guomao as Amap shows it: about 600 m off the WGS-84 point above.
    const gcj = convert(CENTER, 'WGS84', 'GCJ02');
    expect(distanceMeters(gcj, CENTER)).toBeGreaterThan(300);
    const inWgs = await search({ near: { center: { ...CENTER, crs: 'WGS84' }, radiusMeters: 1500 } });
    expect(await search({ near: { center: gcj, radiusMeters: 1500 } })).toEqual(inWgs);
  });

  it('finds the reports inside a box, and combines area, text and the other filters', async () => {
    const box = { southWest: { lat: 39.89, lng: 116.43, crs: 'WGS84' }, northEast: { lat: 39.93, lng: 116.47, crs: 'WGS84' } };
    const inBox = filed.filter((f) => f.lat >= 39.89 && f.lat <= 39.93 && f.lng >= 116.43 && f.lng <= 116.47);
    expect(await search({ within: box })).toEqual(ids(inBox));
    const combined = await search({ within: box, text: '充电', district: '110105', category: 'FIRE_HAZARD' });
    expect(combined).toEqual(ids(inBox.filter((f) => f.description.includes('充电') && f.district === '110105' && f.category === 'FIRE_HAZARD')));
  });

  it('matches text anywhere in the description, Latin letters in any case, % and _ literally', async () => {
    expect(await search({ text: '井盖' })).toEqual(ids(filed.filter((f) => f.description.includes('井盖'))));
    expect(await search({ text: 'blocked exit' })).toEqual(ids(filed.filter((f) => f.description.startsWith('Blocked EXIT'))));
    expect(await search({ text: '100%' })).toEqual(ids(filed.filter((f) => f.description.includes('100%'))));
    expect(await search({ text: '_夜' })).toEqual(ids(filed.filter((f) => f.description.includes('_夜'))));
    expect(await search({ text: '%' })).toEqual(ids(filed.filter((f) => f.description.includes('%'))));
    expect(await search({ text: '不存在的词' })).toEqual([]);
    expect(likePattern('a%b_c!')).toBe('%a!%b!_c!!%');
  });

  it('refuses a bad search with BAD_USER_INPUT naming the field', async () => {
    const fieldOf = async (filter: Record<string, unknown>) => {
      const res = await sg.query(SEARCH, { filter });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      return (res.errors![0]!.extensions as any).field;
    };
    expect(await fieldOf({ text: '' })).toBe('filter.text');
    expect(await fieldOf({ text: 'x'.repeat(101) })).toBe('filter.text');
    expect(await fieldOf({ near: { center: CENTER, radiusMeters: 0 } })).toBe('filter.near.radiusMeters');
    expect(await fieldOf({ near: { center: CENTER, radiusMeters: 50_001 } })).toBe('filter.near.radiusMeters');
    expect(await fieldOf({ near: { center: { lat: 91, lng: 116 }, radiusMeters: 10 } })).toBe('filter.near.center.lat');
    const flipped = { southWest: { lat: 39.93, lng: 116.43 }, northEast: { lat: 39.89, lng: 116.47 } };
    expect(await fieldOf({ within: flipped })).toBe('filter.within.southWest.lat');
  });
});
