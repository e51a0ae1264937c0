import { distanceMeters, nameId } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Community, GateEntry, GatePass, GatePassRequest, PointsEntry, Report, ReportUpdate, Reward, VolunteerActivity, VolunteerRole } from '../../src/entities';
import { seedDemo } from '../../src/seed/demo';
import { as, demoReportId, service, W } from '../support';

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
    expect(before).toEqual([8, 7, 4, 4, 3, 2, 1, 2, 1, 3]);
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
});
