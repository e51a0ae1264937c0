import { requireCounty } from '@nef/kit/rules';
import { convert, requireLocationInRegion } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Community, Report } from '../../src/entities';
import { planCity } from '../../src/seed/city-plan';
import { as, CREATE_COMMUNITY, service, submission, W } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg?.stop());

const SUBMIT = `mutation($input: SubmitReportInput!, $workerId: ID) {
  submitReport(input: $input, workerId: $workerId) { id district { code } streetCode location(crs: WGS84) { lat lng } } }`;
const REPORTS = `query($d: ID) { reports(filter: { district: $d }) { totalCount } }`;
const submit = (over: Record<string, unknown>) => sg.query(SUBMIT, { input: submission(over), workerId: W.zhang }, as.operator);

/** The error's code and the field it names, or null when the call succeeded. */
function refusal(res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) {
  const e = res.errors?.[0];
  return e ? { code: e.extensions?.code, field: e.extensions?.field } : null;
}

// 南通市崇川区 (Nantong), around the city centre, and 深圳市 (Shenzhen), in GCJ-02 as a phone sends them.
const NANTONG = { lat: 32.0146, lng: 120.8641 };
const SHENZHEN = { lat: 22.5431, lng: 114.0579 };

describe('region codes and locations a client sends to the governance service', () => {
  it('files a Nantong report, and a Chaoyang one with its street (八里庄街道)', async () => {
    const nantong = dataOf(await submit({ districtCode: '320613', location: { ...NANTONG, crs: 'GCJ02' } })).submitReport;
    expect(nantong).toMatchObject({ district: { code: '320613' }, streetCode: null });
    const wgs = convert(NANTONG, 'GCJ02', 'WGS84');
    expect(nantong.location.lat).toBeCloseTo(wgs.lat, 5);
    const baliz = dataOf(await submit({ districtCode: '110105', streetCode: '110105015', location: { lat: 39.9195, lng: 116.4918, crs: 'GCJ02' } })).submitReport;
    expect(baliz).toMatchObject({ district: { code: '110105' }, streetCode: '110105015' });
    expect(await sg.db.manager.findOneByOrFail(Report, { id: baliz.id })).toMatchObject({ districtCode: '110105', streetCode: '110105015' });
  });

  it('refuses an unknown or wrong-level district, a street of another county and a location outside the district, writing nothing', async () => {
    const before = await sg.db.manager.count(Report);
    const cases: [Record<string, unknown>, string][] = [
      [{ districtCode: '999999' }, 'districtCode'],
      [{ districtCode: '110100' }, 'districtCode'], // 北京市, the city level
      [{ districtCode: '110105015' }, 'districtCode'], // a street
      [{ streetCode: '441302103' }, 'streetCode'], // 三栋镇 is in 惠城区, not 朝阳区
      [{ streetCode: '110105999' }, 'streetCode'],
      [{ streetCode: '110105' }, 'streetCode'],
      [{ location: { ...SHENZHEN, crs: 'GCJ02' } }, 'location'], // Chaoyang at Shenzhen's coordinates
      [{ location: { lat: 0, lng: 0, crs: 'WGS84' } }, 'location'],
      [{ districtCode: '320613' }, 'location'], // the default point is in Beijing, not Nantong
    ];
    for (const [over, field] of cases) expect(refusal(await submit(over))).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await sg.db.manager.count(Report)).toBe(before);
  });

  it('checks a community’s district against the catalogue', async () => {
    const before = await sg.db.manager.count(Community);
    for (const districtCode of ['999999', '441300', '441302103']) {
      const res = await sg.query(CREATE_COMMUNITY, { input: { name: '水岸城', districtCode, riderFriendly: true } }, as.operator);
      expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'districtCode' });
    }
    expect(await sg.db.manager.count(Community)).toBe(before);
    expect(refusal(await sg.query(CREATE_COMMUNITY, { input: { name: '水岸城', districtCode: '441302', riderFriendly: true } }, as.operator))).toBeNull();
  });

  it('filters reports by district: malformed is refused, a valid code without reports answers empty', async () => {
    expect(refusal(await sg.query(REPORTS, { d: 'chaoyang' }, as.operator))).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.district' });
    expect(dataOf(await sg.query(REPORTS, { d: '441302' }, as.operator)).reports.totalCount).toBe(0);
    expect(dataOf(await sg.query(REPORTS, { d: '320613' }, as.operator)).reports.totalCount).toBe(1);
  });
});

describe('the demo data and the city data set pass the same checks', () => {
  it('places every report inside a county of the catalogue that its district names', async () => {
    const demo = await startTestSubgraph(service, { seedDemo: true });
    try {
      const now = new Date('2026-11-20T04:00:00Z');
      const plan = planCity(5, { workers: 200, communities: 3, rewards: 3, activities: 5, roles: 10, stations: 50 }, now);
      const generated = plan.workers.flatMap((w) => w?.reports ?? []);
      const rows = [...(await demo.db.manager.find(Report)), ...generated];
      expect(rows.length).toBeGreaterThan(10);
      for (const r of rows) {
        expect(requireCounty('districtCode', r.districtCode)).toBe(r.districtCode);
        expect(() => requireLocationInRegion('location', { lat: r.lat, lng: r.lng }, r.districtCode)).not.toThrow();
      }
      for (const c of [...(await demo.db.manager.find(Community)), ...plan.communities]) expect(requireCounty('districtCode', c.districtCode)).toBe(c.districtCode);
    } finally {
      await demo.stop();
    }
  });
});
