import { distanceMeters, nameId, type Principal } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Community, GateEntry, GatePass, GatePassRequest, PointsEntry, Report, ReportUpdate, Reward, VolunteerActivity, VolunteerRole } from '../../src/entities';
import { rebuildRollups } from '../../src/migrations/rollups';
import { validateActivity } from '../../src/rules/volunteer-activity';
import { validateCommunity } from '../../src/rules/community-input';
import { validateSubmission } from '../../src/rules/report-submission';
import { seedDemo } from '../../src/seed/demo';
import { as, demoReportId, rollupRows, service, W } from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true });
});
afterAll(() => sg?.stop());

describe('demo data', () => {
  it('loads once: seeding again changes nothing', async () => {
    const counts = async () => {
      const m = sg.db.manager;
      return [Report, PointsEntry, Reward, Community, VolunteerRole, VolunteerActivity, GatePass, GatePassRequest, GateEntry, ReportUpdate].map((e) =>
        m.count(e as never),
      );
    };
    const before = await Promise.all(await counts());
    await seedDemo(sg.db, { info: () => undefined } as never);
    expect(await Promise.all(await counts())).toEqual(before);
    expect(before).toEqual([14, 13, 4, 6, 4, 3, 2, 3, 4, 3]);
  });

  it('shows a report’s history with a public note, and the gate registration flow', async () => {
    const q = `query($id: ID!) { report(id: $id) { history { kind status publicNote } } }`;
    const { history } = dataOf(await sg.query(q, { id: demoReportId('tuanjiehu-stairwell-ebike') })).report;
    expect(history.map((h: any) => [h.kind, h.status])).toEqual([
      ['STATUS_CHANGE', 'SUBMITTED'],
      ['STATUS_CHANGE', 'ACCEPTED'],
      ['PUBLIC_NOTE', 'ACCEPTED'],
    ]);
    const wangjing = nameId('demo:community:wangjing-xiyuan');
    const tuanjiehu = nameId('demo:community:tuanjiehu');
    const queue = `query($id: ID!) { community(id: $id) { name gatePassRequests(status: PENDING) { edges { node { holderName platform } } } entryLog { edges { node { result holderName platform } } } } }`;
    const west = dataOf(await sg.query(queue, { id: wangjing }, as.chaoyangOperator)).community;
    expect(west.gatePassRequests.edges).toEqual([{ node: { holderName: '李娜', platform: 'ELEME' } }]);
    const lake = dataOf(await sg.query(queue, { id: tuanjiehu }, as.chaoyangOperator)).community;
    expect(lake.entryLog.edges).toEqual([{ node: { result: 'ADMITTED', holderName: '王*', platform: 'MEITUAN' } }]);
    // The flow happened before the demo was loaded: no registration, pass or check lies ahead.
    const now = Date.now();
    const m = sg.db.manager;
    const times = [
      ...(await m.find(GatePass)).map((p) => p.issuedAt),
      ...(await m.find(GatePassRequest)).flatMap((r) => [r.submittedAt, r.decidedAt]),
      ...(await m.find(GateEntry)).map((e) => e.checkedAt),
    ].filter((t): t is Date => t instanceof Date);
    expect(times.length).toBeGreaterThan(0);
    expect(times.filter((t) => t.getTime() > now)).toEqual([]);
  });

  it('offers rewards at the demo stations and citywide', async () => {
    const e = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { rewards { title costPoints } } } }`;
    const [wangjing] = dataOf(await sg.query(e, { r: [{ __typename: 'Station', id: nameId('demo:station:cy-wangjing') }] }))._entities;
    expect(wangjing.rewards).toEqual([{ title: '理发一次', costPoints: 30 }]);
    const all = dataOf(await sg.query(`{ rewards { title station { id } } }`)).rewards;
    expect(all).toContainEqual({ title: '差评抵消一次', station: null });
  });

  it('lists Chaoyang’s rider-friendly communities, an upcoming patrol and Wang Qiang’s valid pass', async () => {
    const cs = dataOf(await sg.query(`{ communities(district: "110105") { name riderFriendly } }`)).communities;
    expect(cs).toEqual(expect.arrayContaining([{ name: '团结湖社区', riderFriendly: true }, { name: '望京西园三区', riderFriendly: true }]));
    const acts = dataOf(await sg.query(`{ volunteerActivities(district: "110105") { title participants capacity } }`)).volunteerActivities;
    expect(acts).toEqual([{ title: '消防安全巡查', participants: 1, capacity: 12 }]);
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { gatePasses { valid community { name } } volunteerRoles { role until } } } }`;
    const [wang] = dataOf(await sg.query(q, { r: [{ __typename: 'Worker', id: W.wang }] }, as.admin))._entities;
    expect(wang.gatePasses).toEqual([{ valid: true, community: { name: '团结湖社区' } }]);
    expect(wang.volunteerRoles).toEqual([{ role: 'DEPUTY_BUILDING_HEAD', until: null }]);
  });

  it('pays 10 points for every accepted report and 8 for the confirmed clean-up, through the ledger', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { id pointsBalance pointsHistory { delta reason reference balanceAfter } } } }`;
    const workers = [W.wang, W.li, W.zhang, W.chen, W.liu];
    const res = dataOf(await sg.query(q, { r: workers.map((id) => ({ __typename: 'Worker', id })) }, as.admin))._entities;
    expect(res.map((w: { pointsBalance: number }) => w.pointsBalance)).toEqual([10, 20, 18, 8, 10]);
    const li = res[1];
    expect(li.pointsHistory).toEqual([
      { delta: 10, reason: 'REPORT_ACCEPTED', reference: demoReportId('zhongguancun-fire-exit'), balanceAfter: 20 },
      { delta: 10, reason: 'REPORT_ACCEPTED', reference: demoReportId('haidian-manhole'), balanceAfter: 10 },
    ]);
  });

  it('shows a dispatched report with its city ticket and a resolved one with its note', async () => {
    const q = `query($id: ID!) { report(id: $id) { status externalRef pointsAwarded resolvedAt resolutionNote duplicateOf { id } } }`;
    expect(dataOf(await sg.query(q, { id: demoReportId('zhongguancun-fire-exit') })).report).toMatchObject({
      status: 'DISPATCHED',
      externalRef: expect.stringMatching(/^12345-2026-\d{5}$/),
      pointsAwarded: 10,
      resolvedAt: null,
    });
    const resolved = dataOf(await sg.query(q, { id: demoReportId('sanlitun-streetlight') })).report;
    expect(resolved.status).toBe('RESOLVED');
    expect(resolved.resolutionNote).toBeTruthy();
    expect(resolved.resolvedAt).toBe('2026-11-13T08:00:00.000Z');
    const dup = dataOf(await sg.query(q, { id: demoReportId('tuanjiehu-stairwell-ebike-again') })).report;
    expect(dup).toMatchObject({ status: 'DUPLICATE', pointsAwarded: 0, duplicateOf: { id: demoReportId('tuanjiehu-stairwell-ebike') } });
  });

  it('gives back the GCJ-02 point the demo was written in', async () => {
    const q = `query($id: ID!) { report(id: $id) { location { lat lng } } }`;
    const { location } = dataOf(await sg.query(q, { id: demoReportId('zhongguancun-fire-exit') })).report;
    expect(distanceMeters(location, { lat: 39.9836, lng: 116.3162 })).toBeLessThan(0.5);
  });

  it('flags the two open Guomao traffic reports as possible duplicates of each other', async () => {
    const q = `query($id: ID!) { report(id: $id) { possibleDuplicates { id } } }`;
    const a = demoReportId('guomao-crossing');
    const b = demoReportId('guomao-crossing-again');
    expect(dataOf(await sg.query(q, { id: a })).report.possibleDuplicates).toEqual([{ id: b }]);
    expect(dataOf(await sg.query(q, { id: b })).report.possibleDuplicates).toEqual([{ id: a }]);
    // Its duplicate was closed at review, so the stairwell report has none open.
    expect(dataOf(await sg.query(q, { id: demoReportId('tuanjiehu-stairwell-ebike') })).report.possibleDuplicates).toEqual([]);
  });
  it('passes the service’s own write checks: reports (street in district, point in province), communities, activities', async () => {
    const m = sg.db.manager;
    for (const r of await m.find(Report)) {
      const checked = validateSubmission({
        category: r.category,
        description: r.description,
        location: { lat: r.lat, lng: r.lng, crs: 'WGS84' },
        districtCode: r.districtCode,
        streetCode: r.streetCode,
        photoUrls: JSON.parse(r.photoUrls),
      });
      expect([checked.districtCode, checked.streetCode]).toEqual([r.districtCode, r.streetCode ?? null]);
    }
    for (const c of await m.find(Community)) expect(validateCommunity(c)).toEqual({ name: c.name, districtCode: c.districtCode, riderFriendly: c.riderFriendly, passValidityDays: c.passValidityDays });
    for (const a of await m.find(VolunteerActivity)) expect(validateActivity(a)).toMatchObject({ title: a.title, capacity: a.capacity });
  });

  it('keeps the rollups as a rebuild from the rows makes them', async () => {
    const seeded = await rollupRows(sg.db);
    await sg.db.transaction((em) => rebuildRollups(em));
    expect(await rollupRows(sg.db)).toEqual(seeded);
  });

  it('shows figures at every level in Huizhou, Nantong and Zhengzhou, with Beijing as it was', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code governanceMetrics(to: "2026-12-01T00:00:00Z") { reports resolved pointsIssued activeVolunteers byStatus { key count } } } } }`;
    const codes = ['441300', '441302', '441302103', '441302001', '320600', '320612002', '320613001', '410100', '410105', '410105002', '410102002', '110000', '100000'];
    const res = dataOf(await sg.query(q, { r: codes.map((code) => ({ __typename: 'Region', code })) }, as.admin))._entities;
    const reports = Object.fromEntries(res.map((r: any) => [r.code, r.governanceMetrics.reports]));
    expect(reports).toEqual({
      '441300': 2, '441302': 2, '441302103': 1, '441302001': 1,
      '320600': 2, '320612002': 1, '320613001': 1,
      '410100': 2, '410105': 1, '410105002': 1, '410102002': 1,
      '110000': 8, '100000': 14,
    });
    const zz = res.find((r: any) => r.code === '410105').governanceMetrics;
    // 马丽's role and her and 赵刚's confirmed attendance; her accepted report and the activity's points.
    expect(zz).toMatchObject({ resolved: 1, activeVolunteers: 2, pointsIssued: 10 + 8 + 8 });
    expect(res.find((r: any) => r.code === '320612002').governanceMetrics.byStatus).toEqual([{ key: 'DISPATCHED', count: 1 }]);
  });

  it('gives 林芳 a 30-day pass at 水岸城 after the four steps of her first visit, then scan-to-pass', async () => {
    const shuianchen = nameId('demo:community:hz-shuianchen');
    const q = `query($id: ID!) { community(id: $id) { name district { code } passValidityDays gatePassRequests(status: APPROVED) { edges { node { holderName platform } } } entryLog { edges { node { result holderName } } } } }`;
    const huizhouOp: Principal = { role: 'operator', keyId: 'k-gov-hz', domain: 'governance', districts: ['441300'] };
    const c = dataOf(await sg.query(q, { id: shuianchen }, huizhouOp)).community;
    expect(c).toMatchObject({ name: '水岸城（桥东街道西江社区）', district: { code: '441302' }, passValidityDays: 30 });
    expect(c.gatePassRequests.edges).toEqual([{ node: { holderName: '林芳', platform: 'MEITUAN' } }]);
    expect(c.entryLog.edges.map((e: any) => e.node)).toEqual(Array(3).fill({ result: 'ADMITTED', holderName: '林*' }));
    const pass = await sg.db.manager.findOneByOrFail(GatePass, { communityId: shuianchen });
    expect(pass.expiresAt.getTime() - pass.issuedAt.getTime()).toBe(30 * 86_400_000);
    expect(pass.expiresAt.getTime()).toBeGreaterThan(Date.now());
  });
});
