import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newId, type Principal } from '@nef/kit';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import {
  entities,
  GatePass,
  Participation,
  PointsAccount,
  PointsEntry,
  Redemption,
  Report,
  ReportPhoto,
  VolunteerActivity,
  VolunteerConfirmation,
  VolunteerRole,
} from '../../src/entities';
import { rebuildRollups } from '../../src/migrations/rollups';
import { districtMetrics } from '../../src/queries/district-metrics';
import { CLOSED_REPORTER_ID } from '../../src/rules/worker-closure';
import { jpeg } from '../photo-fixtures';
import { ADJUST, as, ASSIGN, CONFIRM, JOIN, REDEEM, USE, expectFastEqualsPlain, rewardsOn, rollupRows, service, somePeriods, submission, SUBMIT, volunteeringOn } from '../support';

// Photos go to a throwaway directory, served under this public URL.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-governance-privacy-'));
process.env.GOVERNANCE_PHOTO_DIR = dir;
process.env.GOVERNANCE_PUBLIC_URL = 'https://api.example.org';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(async () => {
  await sg?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const rewards = rewardsOn(() => sg);
const volunteering = volunteeringOn(() => sg);

const UPLOAD = `mutation($c: String!) { uploadReportPhoto(contentBase64: $c) { id path } }`;
const REVIEW = `mutation($id: ID!, $note: String, $pub: String) { reviewReport(id: $id, decision: ACCEPT, note: $note, publicNote: $pub) { id pointsAwarded } }`;
const REQUEST = `mutation($c: ID!, $name: String!) { requestGatePass(communityId: $c, holderName: $name) { id } }`;
const DECIDE = `mutation($id: ID!) { decideGatePassRequest(id: $id, approve: true) { pass { id code } } }`;
const CHECK = `mutation($c: ID!, $code: String!) { checkGatePass(communityId: $c, code: $code) { id result } }`;
const REPORTER = `query($id: ID!) { report(id: $id) { reporter { id } } }`;

/** Everything governance can hold about a worker, made through the service's own mutations. */
interface Holdings {
  worker: string;
  partner: Principal;
  name: string;
  reports: string[];
  photo: string;
  photoKey: string;
  issued: string;
  issuedReward: string;
  used: string;
  community: string;
  upcoming: string;
  attended: string;
  pass: string;
  passCode: string;
  request: string;
}

async function holdings(tag: string): Promise<Holdings> {
  const { worker, partner } = await rewards.workerWith(100);
  const name = `王${tag}强`;
  const photo = dataOf(await sg.query(UPLOAD, { c: jpeg().toString('base64') }, partner)).uploadReportPhoto.id as string;
  const input = submission({ description: `${tag}家楼下的电动车在楼道充电`, photoIds: [photo], photoUrls: [`https://files.example.org/${tag}.jpg`] });
  const accepted = dataOf(await sg.query(SUBMIT, { input }, partner)).submitReport.id as string;
  await sg.query(REVIEW, { id: accepted, note: `审核备注${tag}`, pub: '已受理' }, as.admin);
  const pending = dataOf(await sg.query(SUBMIT, { input: submission({ description: `${tag}看到的井盖缺失`, photoUrls: [] }) }, partner)).submitReport.id as string;
  await sg.query(ADJUST, { w: worker, d: 20, n: `补发${tag}` }, as.admin);

  const issuedReward = await rewards.newReward({ costPoints: 30, stock: 10, districtCode: '110105' });
  const issued = dataOf(await sg.query(REDEEM, { rewardId: issuedReward, key: `key-${tag}` }, partner)).redeemReward.id as string;
  const usedReward = await rewards.newReward({ costPoints: 10, stock: 10, districtCode: '110105' });
  const voucher = dataOf(await sg.query(REDEEM, { rewardId: usedReward, key: `key2-${tag}` }, partner)).redeemReward;
  dataOf(await sg.query(USE, { code: voucher.voucherCode }, as.admin));

  const community = await volunteering.community({ name: `${tag}社区` });
  dataOf(await sg.query(ASSIGN, { w: worker, c: community, role: 'GRID_MEMBER' }, as.admin));
  const upcoming = await volunteering.activity({ communityId: community });
  dataOf(await sg.query(JOIN, { a: upcoming }, partner));
  const attended = await volunteering.activity({ communityId: community });
  dataOf(await sg.query(JOIN, { a: attended }, partner));
  await volunteering.startNow(attended);
  dataOf(await sg.query(CONFIRM, { a: attended, w: worker }, as.admin));

  const approved = dataOf(await sg.query(REQUEST, { c: community, name }, partner)).requestGatePass.id as string;
  const pass = dataOf(await sg.query(DECIDE, { id: approved }, as.admin)).decideGatePassRequest.pass;
  dataOf(await sg.query(CHECK, { c: community, code: pass.code }, as.admin));
  // A second registration, still waiting for the community.
  const other = await volunteering.community({ name: `${tag}二社区` });
  const request = dataOf(await sg.query(REQUEST, { c: other, name }, partner)).requestGatePass.id as string;

  const photoKey = (await sg.db.manager.findOneByOrFail(ReportPhoto, { id: photo })).storageKey;
  return { worker, partner, name, reports: [accepted, pending], photo, photoKey, issued, issuedReward, used: voucher.id, community, upcoming, attended, pass: pass.id, passCode: pass.code, request };
}

/** Every governance row, as JSON, to search for what must no longer be there. */
async function everything(): Promise<string> {
  const tables = await Promise.all(entities.map((e) => sg.db.manager.find(e as EntityTarget<ObjectLiteral>)));
  return JSON.stringify(tables);
}

/** Each account's balance is its ledger's sum and its last running balance. */
async function expectLedgersBalanced() {
  const accounts = await sg.db.manager.find(PointsAccount);
  const entries = await sg.db.manager.find(PointsEntry, { order: { createdAt: 'ASC', id: 'ASC' } });
  for (const a of accounts) {
    const own = entries.filter((e) => e.workerId === a.workerId);
    expect({ worker: a.workerId, balance: own.reduce((s, e) => s + e.delta, 0) }).toEqual({ worker: a.workerId, balance: a.balance });
    if (own.length) expect(own[own.length - 1]!.balanceAfter).toBe(a.balance);
  }
  expect(entries.every((e) => accounts.some((a) => a.workerId === e.workerId))).toBe(true);
}

/** Every reward's stock and every activity's count agree with the rows that hold them. */
async function expectPlacesConsistent(initialStock: Map<string, number>) {
  for (const [rewardId, initial] of initialStock) {
    const held = await sg.db.manager.count(Redemption, { where: { rewardId, status: 'ISSUED' } });
    const used = await sg.db.manager.count(Redemption, { where: { rewardId, status: 'USED' } });
    expect(initial - held - used).toBe(await rewards.stockOf(rewardId));
  }
  for (const a of await sg.db.manager.find(VolunteerActivity)) {
    expect(await sg.db.manager.count(Participation, { where: { activityId: a.id } })).toBe(a.participants);
  }
}

/** The rollups equal what rebuilding them from the rows gives, and the fast metrics the plain ones. */
async function expectRollupsConsistent() {
  const kept = await rollupRows(sg.db);
  await sg.db.transaction((em) => rebuildRollups(em));
  expect(await rollupRows(sg.db)).toEqual(kept);
  await expectFastEqualsPlain(sg.db, somePeriods(new Date()));
}

const WORKER_VIEW = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Worker {
        pointsBalance
        pointsHistory { id reason reference note }
        reports { id }
        volunteerRoles { id }
        gatePasses(validOnly: false) { id }
        redemptions { id }
        gatePassRequests { totalCount }
        reportsConnection { totalCount }
        redemptionsConnection { totalCount }
      }
    }
  }
`;

describe('a worker’s rights over what governance holds', () => {
  let a: Holdings;
  let b: Holdings;
  beforeAll(async () => {
    a = await holdings('小');
    b = await holdings('大');
  });

  it('exports every kind of record of the worker, with names and without secrets or other workers’ rows', async () => {
    const res = await sg.privacy('export', a.worker, a.partner);
    expect(res.status).toBe(200);
    const data = res.body.data;
    expect(res.body.service).toBe('governance');
    expect(data.pointsAccounts).toEqual([{ balance: 100 + 10 + 20 - 30 - 10 + 8, updatedAt: expect.any(String) }]);
    expect(data.pointsEntries.map((e: { reason: string }) => e.reason)).toEqual(['ADJUSTMENT', 'REPORT_ACCEPTED', 'ADJUSTMENT', 'REDEMPTION', 'REDEMPTION', 'ACTIVITY']);
    expect(data.pointsEntries[2]).toMatchObject({ delta: 20, note: '补发小' });
    expect(data.reports.map((r: { id: string }) => r.id).sort()).toEqual([...a.reports].sort());
    expect(data.reports.find((r: { id: string }) => r.id === a.reports[0])).toMatchObject({
      description: '小家楼下的电动车在楼道充电',
      status: 'ACCEPTED',
      reviewNote: '审核备注小',
      pointsAwarded: 10,
      submittedThrough: 'MEITUAN',
      photoUrls: ['https://files.example.org/小.jpg'],
      submittedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    });
    expect(data.reportHistory.filter((u: { reportId: string }) => u.reportId === a.reports[0]).map((u: { status: string }) => u.status)).toEqual(['SUBMITTED', 'ACCEPTED']);
    expect(data.reportPhotos).toEqual([
      { id: a.photo, reportId: a.reports[0], contentType: 'image/jpeg', bytes: expect.any(Number), path: `/report-photo?id=${a.photo}`, uploadedAt: expect.any(String) },
    ]);
    expect(data.redemptions.map((r: { id: string; status: string; rewardTitle: string }) => [r.id, r.status, r.rewardTitle])).toEqual([
      [a.issued, 'ISSUED', '理发一次'],
      [a.used, 'USED', '理发一次'],
    ]);
    expect(data.volunteerRoles).toEqual([expect.objectContaining({ communityId: a.community, communityName: '小社区', role: 'GRID_MEMBER', until: null })]);
    expect(data.volunteerParticipations.map((p: { activityId: string }) => p.activityId).sort()).toEqual([a.upcoming, a.attended].sort());
    expect(data.volunteerParticipations.find((p: { activityId: string }) => p.activityId === a.attended)).toMatchObject({ activityTitle: '楼道清障', communityName: '小社区', pointsAwarded: 8 });
    expect(data.gatePasses).toEqual([expect.objectContaining({ id: a.pass, code: a.passCode, communityName: '小社区', holderName: '王小强', platform: 'MEITUAN' })]);
    expect(data.gatePassRequests.map((r: { status: string; communityName: string }) => [r.status, r.communityName])).toEqual([
      ['APPROVED', '小社区'],
      ['PENDING', '小二社区'],
    ]);
    expect(data.gateEntries).toEqual([expect.objectContaining({ passId: a.pass, result: 'ADMITTED', communityName: '小社区' })]);

    const text = JSON.stringify(data);
    expect(text).not.toContain(a.photoKey);
    expect(text).not.toContain('storageKey');
    for (const mine of [b.worker, b.pass, b.issued, b.photo, ...b.reports, '王大强', '补发大']) expect(text).not.toContain(mine);
  });

  it('exports empty lists for a worker it holds nothing about', async () => {
    const res = await sg.privacy('export', newId(), as.admin);
    expect(res.status).toBe(200);
    expect(Object.values(res.body.data).every((list) => Array.isArray(list) && list.length === 0)).toBe(true);
    expect(Object.keys(res.body.data).sort()).toEqual(Object.keys((await sg.privacy('export', a.worker, as.admin)).body.data).sort());
  });

  it('lists the reads of the worker’s reports in the access log, not those of others', async () => {
    dataOf(await sg.query(REPORTER, { id: a.reports[0] }, as.admin));
    dataOf(await sg.query(REPORTER, { id: b.reports[0] }, as.admin));
    const res = await sg.privacy('accessLog', a.worker, { role: 'operator', domain: 'union', keyId: 'k-union' } as Principal);
    expect(res.status).toBe(200);
    const subjects = res.body.entries.map((e: { subjectId: string }) => e.subjectId);
    expect(res.body.entries).toContainEqual(expect.objectContaining({ field: 'Report.reporter', subjectType: 'Report', subjectId: a.reports[0], role: 'admin', service: 'governance' }));
    expect(subjects).not.toContain(b.reports[0]);
  });

  it('refuses a partner acting for another worker, and a body without a worker id', async () => {
    const other = { role: 'partner', platform: 'MEITUAN', keyId: 'k', workerId: b.worker } as Principal;
    for (const action of ['export', 'accessLog', 'close'] as const) {
      expect((await sg.privacy(action, a.worker, other)).status).toBe(403);
      expect((await sg.privacy(action, 'not-a-worker', as.admin)).status).toBe(400);
    }
    // Nothing was closed by the refused calls.
    expect(await sg.db.manager.count(Report, { where: { reporterId: a.worker } })).toBe(2);
  });

  it('closes the worker’s records: removes or detaches exactly theirs, releases places, keeps the published totals', async () => {
    const bBefore = (await sg.privacy('export', b.worker, as.admin)).body.data;
    const stock = await rewards.stockOf(a.issuedReward);
    const upcoming = await sg.db.manager.findOneByOrFail(VolunteerActivity, { id: a.upcoming });
    const period = { from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 86_400_000) };
    const figures = (await districtMetrics(sg.db, ['110105'], period)).get('110105')!;
    const entries = await sg.db.manager.count(PointsEntry);
    const sumOfBalances = async () => (await sg.db.manager.find(PointsAccount)).reduce((s, x) => s + x.balance, 0);
    const pointsHeld = await sumOfBalances();
    expect(fs.existsSync(path.join(dir, a.photoKey))).toBe(true);

    const res = await sg.privacy('close', a.worker, a.partner);
    expect(res.status).toBe(200);
    expect(res.body.closed).toEqual({
      reportsAnonymised: 2,
      reportPhotosDeleted: 1,
      pointsAccountsAnonymised: 1,
      pointsEntriesAnonymised: 7,
      vouchersCancelled: 1,
      redemptionsAnonymised: 2,
      volunteerRolesEnded: 1,
      volunteerRolesAnonymised: 1,
      activityPlacesReleased: 1,
      participationsAnonymised: 1,
      confirmationsAnonymised: 1,
      gatePassesRevoked: 1,
      gatePassesAnonymised: 1,
      gatePassRequestsDeleted: 2,
    });

    // Nothing names the worker or keeps what they wrote or were called.
    const all = await everything();
    for (const gone of [a.worker, a.name, '小家楼下', '小看到的井盖', '审核备注小', '补发小', 'key-小', 'files.example.org/小', a.photo]) expect(all).not.toContain(gone);
    expect(fs.existsSync(path.join(dir, a.photoKey))).toBe(false);
    expect(fs.existsSync(path.join(dir, b.photoKey))).toBe(true);

    // The reports stay public hazards without their reporter.
    const reports = await sg.db.manager.find(Report, { where: { id: a.reports[0] } });
    expect(reports[0]).toMatchObject({ reporterId: CLOSED_REPORTER_ID, status: 'ACCEPTED', category: 'TRAFFIC_SAFETY', districtCode: '110105', pointsAwarded: 10, reviewNote: null, reporterPlatform: null, photoUrls: '[]' });

    // The voucher went back as a cancellation would; the place in the coming activity too.
    expect(await sg.db.manager.findOneByOrFail(Redemption, { id: a.issued })).toMatchObject({ status: 'CANCELLED' });
    expect(await rewards.stockOf(a.issuedReward)).toBe(stock + 1);
    expect((await sg.db.manager.findOneByOrFail(VolunteerActivity, { id: a.upcoming })).participants).toBe(upcoming.participants - 1);
    const role = await sg.db.manager.findOneByOrFail(VolunteerRole, { communityId: a.community });
    expect(role.until).not.toBeNull();
    expect(role.activeKey).toBeNull();
    expect(await sg.db.manager.findOneByOrFail(GatePass, { id: a.pass })).toMatchObject({ holderName: null, platform: null, revocationReason: expect.any(String) });

    // The ledger stays whole under one stand-in: the refund is its only new line.
    const stand = (await sg.db.manager.findOneByOrFail(Redemption, { id: a.issued })).workerId;
    expect((await sg.db.manager.findOneByOrFail(VolunteerConfirmation, { workerId: stand })).points).toBe(8);
    expect(await sg.db.manager.count(PointsEntry)).toBe(entries + 1);
    expect(await sumOfBalances()).toBe(pointsHeld + 30);
    expect((await sg.db.manager.find(PointsEntry, { where: { workerId: stand, reason: 'REPORT_ACCEPTED' } }))[0]!.reference).toBeNull();
    await expectLedgersBalanced();
    await expectPlacesConsistent(new Map([[a.issuedReward, 10]]));

    // Published figures: the same, less the cancelled voucher; the rollups agree with the rows.
    const after = (await districtMetrics(sg.db, ['110105'], period)).get('110105')!;
    expect(after).toEqual({ ...figures, pointsRedeemed: figures.pointsRedeemed - 30 });
    await expectRollupsConsistent();

    // The other worker is untouched.
    expect((await sg.privacy('export', b.worker, as.admin)).body.data).toEqual(bBefore);

    // A second close finds nothing and changes nothing.
    const settled = await everything();
    const again = await sg.privacy('close', a.worker, as.admin);
    expect(again.status).toBe(200);
    expect(Object.values(again.body.closed).every((n) => n === 0)).toBe(true);
    expect(await everything()).toEqual(settled);
  });

  it('leaves every query that listed the worker’s records answering', async () => {
    const mine = await sg.query(WORKER_VIEW, { r: [{ __typename: 'Worker', id: a.worker }] }, a.partner);
    expect(mine.errors).toBeUndefined();
    expect(dataOf(mine)._entities[0]).toMatchObject({ pointsBalance: 0, pointsHistory: [], reports: [], redemptions: [], gatePasses: [], gatePassRequests: { totalCount: 0 } });

    const REPORT = `query($id: ID!) { report(id: $id) { description status reporter { id } photos { id } photoUrls history { status publicNote } reviewNote } }`;
    const report = await sg.query(REPORT, { id: a.reports[0] }, as.admin);
    expect(report.errors).toBeUndefined();
    expect(dataOf(report).report).toMatchObject({ status: 'ACCEPTED', reporter: null, photos: [], photoUrls: [], reviewNote: null });
    expect(dataOf(report).report.history).toEqual([
      { status: 'SUBMITTED', publicNote: null },
      { status: 'ACCEPTED', publicNote: '已受理' },
    ]);
    expect((await fetch(sg.url.replace(/\/graphql$/, `/report-photo?id=${a.photo}`))).status).toBe(404);

    const LOG = `query($id: ID!) { community(id: $id) { entryLog { edges { node { result holderName pass { id valid worker { id } } } } } } }`;
    const log = await sg.query(LOG, { id: a.community }, as.admin);
    expect(log.errors).toBeUndefined();
    const [entry] = dataOf(log).community.entryLog.edges;
    expect(entry.node).toMatchObject({ result: 'ADMITTED', holderName: null, pass: { id: a.pass, valid: false } });
    expect(entry.node.pass.worker.id).not.toBe(a.worker);

    // The pass's code opens the gate no more.
    expect(dataOf(await sg.query(CHECK, { c: a.community, code: a.passCode }, as.admin)).checkGatePass.result).toBe('REVOKED');
    const VOUCHERS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { redemptions { id reward { title } worker { id } } } } }`;
    const stand = (await sg.db.manager.findOneByOrFail(Redemption, { id: a.used })).workerId;
    const vouchers = await sg.query(VOUCHERS, { r: [{ __typename: 'Worker', id: stand }] }, as.admin);
    expect(vouchers.errors).toBeUndefined();
    expect(dataOf(vouchers)._entities[0].redemptions).toHaveLength(2);
  });
});

describe('closing while the worker’s own writes run', () => {
  it('leaves each write whole, before or after the close', async () => {
    const stock = new Map<string, number>();
    for (let round = 0; round < 6; round++) {
      const { worker, partner } = await rewards.workerWith(100);
      const held = await rewards.newReward({ costPoints: 20, stock: 5, districtCode: '110105' });
      const fresh = await rewards.newReward({ costPoints: 20, stock: 5, districtCode: '110105' });
      stock.set(held, 5).set(fresh, 5);
      dataOf(await sg.query(REDEEM, { rewardId: held, key: 'first' }, partner));
      const activity = await volunteering.activity();
      const community = await volunteering.community();

      const results = await Promise.all([
        sg.privacy('close', worker, as.admin),
        sg.query(REDEEM, { rewardId: fresh, key: 'second' }, partner),
        sg.query(ADJUST, { w: worker, d: 5, n: '并发调整' }, as.admin),
        sg.query(JOIN, { a: activity }, partner),
        sg.query(REQUEST, { c: community, name: '王并发' }, partner),
      ]);
      expect(results[0].status).toBe(200);

      await expectLedgersBalanced();
      await expectPlacesConsistent(stock);
      // A voucher redeemed before the close was cancelled with it; after it, the worker starts
      // afresh with no points (at most the 5 of an adjustment that came after), too few for one.
      expect(await sg.db.manager.count(Redemption, { where: { workerId: worker } })).toBe(0);
      expect(await sg.db.manager.count(Redemption, { where: { rewardId: held, status: 'ISSUED' } })).toBe(0);
      expect(await sg.db.manager.count(Redemption, { where: { rewardId: fresh, status: 'ISSUED' } })).toBe(0);
      expect(await rewards.balanceOf(worker)).toBeLessThanOrEqual(5);
    }
    await expectRollupsConsistent();
  });
});
