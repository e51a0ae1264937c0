import { manualClock, newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { GateEntry, GatePass, GatePassRequest } from '../../src/entities';
import { as, chaoyangOp, haidianOp, service, volunteeringOn } from '../support';

// Each check at the gate a second after the one before, so the log's order is the checks' order.
const clock = manualClock(new Date());
let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { clock });
});
afterAll(() => sg?.stop());

const volunteering = volunteeringOn(() => sg);

const COMMUNITY = `query($id: ID!) { community(id: $id) { id name riderFriendly passValidityDays district { code } } }`;
const REQUEST = /* GraphQL */ `
  mutation($c: ID!, $name: String!, $w: ID, $platform: String) {
    requestGatePass(communityId: $c, holderName: $name, workerId: $w, platform: $platform) {
      id status holderName platform submittedAt decidedAt refusalReason worker { id } community { id } pass { id }
    }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation($id: ID!, $approve: Boolean!, $reason: String) {
    decideGatePassRequest(id: $id, approve: $approve, reason: $reason) { id status decidedAt refusalReason pass { id code expiresAt valid holderName platform } }
  }
`;
const CHECK = /* GraphQL */ `
  mutation($c: ID!, $code: String!) {
    checkGatePass(communityId: $c, code: $code) { id result code checkedAt holderName platform pass { id valid } community { id } }
  }
`;
const REVOKE = `mutation($id: ID!, $reason: String!) { revokeGatePass(id: $id, reason: $reason) { id valid revokedAt revocationReason } }`;
const LOG = /* GraphQL */ `
  query($id: ID!, $first: Int, $after: String, $since: DateTime) {
    community(id: $id) {
      entryLog(first: $first, after: $after, since: $since) { totalCount pageInfo { hasNextPage endCursor } edges { node { result holderName platform checkedAt } } }
    }
  }
`;

/** A worker of Meituan and the partner acting for them. */
const rider = () => {
  const worker = newId();
  return { worker, partner: as.partner('MEITUAN', worker) };
};

describe('registering at a community’s gate: scan, fill in, the community authorises, show the code', () => {
  it('runs end to end, and the guard sees the masked name and the platform', async () => {
    const community = await volunteering.community({ name: '水岸城西江社区' });
    const { worker, partner } = rider();

    // 1. The QR code at the gate names the community.
    expect(dataOf(await sg.query(COMMUNITY, { id: community }, as.anonymous)).community).toMatchObject({ name: '水岸城西江社区', riderFriendly: true, passValidityDays: 30 });

    // 2. The rider fills in the form in the platform's app.
    const request = dataOf(await sg.query(REQUEST, { c: community, name: ' 王小强 ' }, partner)).requestGatePass;
    expect(request).toMatchObject({ status: 'PENDING', holderName: '王小强', platform: 'MEITUAN', worker: { id: worker }, pass: null });
    // Asking again while it is pending returns the same request.
    expect(dataOf(await sg.query(REQUEST, { c: community, name: '王小强' }, partner)).requestGatePass.id).toBe(request.id);

    // The community sees it in its queue.
    const queue = dataOf(await sg.query(`query($id: ID!) { community(id: $id) { gatePassRequests(status: PENDING) { totalCount edges { node { id holderName } } } } }`, { id: community }, chaoyangOp));
    expect(queue.community.gatePassRequests).toEqual({ totalCount: 1, edges: [{ node: { id: request.id, holderName: '王小强' } }] });

    // 3. The community authorises: the pass is issued with the name and platform.
    const decided = dataOf(await sg.query(DECIDE, { id: request.id, approve: true }, chaoyangOp)).decideGatePassRequest;
    expect(decided).toMatchObject({ status: 'APPROVED', pass: { valid: true, holderName: '王*强', platform: 'MEITUAN' } });
    const days = (Date.parse(decided.pass.expiresAt) - Date.parse(decided.decidedAt)) / 86_400_000;
    expect(days).toBe(30);

    // 4. The rider shows the code: the app reads it from the request.
    const mine = dataOf(await sg.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { gatePassRequests { edges { node { status pass { code } } } } } } }`, {
      r: [{ __typename: 'Worker', id: worker }],
    }, partner))._entities[0].gatePassRequests.edges;
    expect(mine).toEqual([{ node: { status: 'APPROVED', pass: { code: decided.pass.code } } }]);

    // The guard scans it: admitted, with what to compare with the rider in front of the gate.
    const check = dataOf(await sg.query(CHECK, { c: community, code: decided.pass.code.toLowerCase() }, chaoyangOp)).checkGatePass;
    expect(check).toMatchObject({ result: 'ADMITTED', holderName: '王*强', platform: 'MEITUAN', code: decided.pass.code, pass: { valid: true } });
    // The public scan shows the same masked name, never the full one.
    const scanned = dataOf(await sg.query(`query($c: String!) { gatePass(code: $c) { holderName platform valid } }`, { c: decided.pass.code }, as.anonymous));
    expect(scanned.gatePass).toEqual({ holderName: '王*强', platform: 'MEITUAN', valid: true });
  });

  it('catches a screenshot of another community’s code, unknown codes, revoked and expired passes, and logs every check', async () => {
    const gate = await volunteering.community({ name: '团结湖社区' });
    const elsewhere = await volunteering.community({ name: '望京西园三区' });
    const a = rider();
    const req = dataOf(await sg.query(REQUEST, { c: elsewhere, name: '陈静' }, a.partner)).requestGatePass;
    const pass = dataOf(await sg.query(DECIDE, { id: req.id, approve: true }, as.admin)).decideGatePassRequest.pass;

    const result = async (code: string) => {
      clock.advance(1000);
      return dataOf(await sg.query(CHECK, { c: gate, code }, chaoyangOp)).checkGatePass.result;
    };
    expect(await result(pass.code)).toBe('WRONG_COMMUNITY');
    expect(await result('NOTACODE')).toBe('UNKNOWN_CODE');
    expect(await result('X'.repeat(40))).toBe('UNKNOWN_CODE');

    const b = rider();
    const reqB = dataOf(await sg.query(REQUEST, { c: gate, name: '张伟' }, b.partner)).requestGatePass;
    const passB = dataOf(await sg.query(DECIDE, { id: reqB.id, approve: true }, as.admin)).decideGatePassRequest.pass;
    expect(await result(passB.code)).toBe('ADMITTED');
    await sg.db.manager.update(GatePass, { id: passB.id }, { expiresAt: new Date(clock().getTime() - 1000) });
    expect(await result(passB.code)).toBe('EXPIRED');
    await sg.db.manager.update(GatePass, { id: passB.id }, { expiresAt: new Date(clock().getTime() + 86_400_000) });
    await sg.query(REVOKE, { id: passB.id, reason: '通行码转借他人使用' }, chaoyangOp);
    expect(await result(passB.code)).toBe('REVOKED');

    // Every check is in the community's log, newest first.
    const log = dataOf(await sg.query(LOG, { id: gate, first: 10 }, chaoyangOp)).community.entryLog;
    expect(log.totalCount).toBe(6);
    expect(log.edges.map((e: any) => e.node.result)).toEqual(['REVOKED', 'EXPIRED', 'ADMITTED', 'UNKNOWN_CODE', 'UNKNOWN_CODE', 'WRONG_COMMUNITY']);
    expect(log.edges[0].node).toMatchObject({ holderName: '张*', platform: 'MEITUAN' });
    const rows = await sg.db.manager.find(GateEntry, { where: { communityId: gate } });
    expect(rows.every((r) => r.checkedBy === chaoyangOp.keyId)).toBe(true);
    // Paged, and limited to a period.
    const firstPage = dataOf(await sg.query(LOG, { id: gate, first: 4 }, chaoyangOp)).community.entryLog;
    const rest = dataOf(await sg.query(LOG, { id: gate, first: 4, after: firstPage.pageInfo.endCursor }, chaoyangOp)).community.entryLog;
    expect([...firstPage.edges, ...rest.edges].map((e: any) => e.node.result)).toEqual(log.edges.map((e: any) => e.node.result));
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const future = new Date(clock().getTime() + 60_000).toISOString();
    expect(dataOf(await sg.query(LOG, { id: gate, since: future }, chaoyangOp)).community.entryLog.totalCount).toBe(0);
  });

  it('lets only the community’s district operators and admins read the log and the queue, decide, revoke and check', async () => {
    const community = await volunteering.community();
    const { partner } = rider();
    const req = dataOf(await sg.query(REQUEST, { c: community, name: '刘洋' }, partner)).requestGatePass;
    for (const who of [haidianOp, as.anonymous, as.dashboard, as.stationsOperator, partner]) {
      expect(errorCodes(await sg.query(LOG, { id: community }, who))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(`query($id: ID!) { community(id: $id) { gatePassRequests { totalCount } } }`, { id: community }, who))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(DECIDE, { id: req.id, approve: true }, who))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await sg.query(CHECK, { c: community, code: 'ABC' }, who))).toEqual(['FORBIDDEN']);
    }
    expect(await sg.db.manager.count(GateEntry, { where: { communityId: community } })).toBe(0);
    expect((await sg.db.manager.findOneByOrFail(GatePassRequest, { id: req.id })).status).toBe('PENDING');
  });

  it('refuses with a reason, decides once, and lets the rider register again', async () => {
    const community = await volunteering.community();
    const { worker, partner } = rider();
    const req = dataOf(await sg.query(REQUEST, { c: community, name: '李娜' }, partner)).requestGatePass;
    expect(errorCodes(await sg.query(DECIDE, { id: req.id, approve: false }, chaoyangOp))).toEqual(['BAD_USER_INPUT']);
    const refused = dataOf(await sg.query(DECIDE, { id: req.id, approve: false, reason: '非本小区配送范围' }, chaoyangOp)).decideGatePassRequest;
    expect(refused).toMatchObject({ status: 'REFUSED', refusalReason: '非本小区配送范围', pass: null });
    expect(errorCodes(await sg.query(DECIDE, { id: req.id, approve: true }, chaoyangOp))).toEqual(['CONFLICT']);
    expect(await sg.db.manager.count(GatePass, { where: { workerId: worker } })).toBe(0);
    const again = dataOf(await sg.query(REQUEST, { c: community, name: '李娜' }, partner)).requestGatePass;
    expect(again.id).not.toBe(req.id);
    expect(again.status).toBe('PENDING');
  });

  it('revokes with a reason, once; the reason reaches the holder’s partner and operators only; approval then issues a new code', async () => {
    const community = await volunteering.community();
    const { partner } = rider();
    const req = dataOf(await sg.query(REQUEST, { c: community, name: '赵六' }, partner)).requestGatePass;
    const pass = dataOf(await sg.query(DECIDE, { id: req.id, approve: true }, chaoyangOp)).decideGatePassRequest.pass;
    expect(errorCodes(await sg.query(REVOKE, { id: pass.id, reason: ' ' }, chaoyangOp))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await sg.query(REVOKE, { id: pass.id, reason: '违规' }, haidianOp))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(REVOKE, { id: newId(), reason: '违规' }, chaoyangOp))).toEqual(['NOT_FOUND']);
    const revoked = dataOf(await sg.query(REVOKE, { id: pass.id, reason: '通行码转借他人' }, chaoyangOp)).revokeGatePass;
    expect(revoked).toMatchObject({ valid: false, revocationReason: '通行码转借他人' });
    expect(errorCodes(await sg.query(REVOKE, { id: pass.id, reason: '再次' }, chaoyangOp))).toEqual(['CONFLICT']);

    const READ = `query($c: String!) { gatePass(code: $c) { valid revokedAt revocationReason } }`;
    expect(dataOf(await sg.query(READ, { c: pass.code }, as.anonymous)).gatePass).toMatchObject({ valid: false, revocationReason: null });
    expect(dataOf(await sg.query(READ, { c: pass.code }, partner)).gatePass.revocationReason).toBe('通行码转借他人');

    const again = dataOf(await sg.query(REQUEST, { c: community, name: '赵六' }, partner)).requestGatePass;
    const fresh = dataOf(await sg.query(DECIDE, { id: again.id, approve: true }, chaoyangOp)).decideGatePassRequest.pass;
    expect(fresh.code).not.toBe(pass.code);
    expect(fresh.valid).toBe(true);
  });

  it('checks what is filled in and who files it, and writes nothing when it refuses', async () => {
    const community = await volunteering.community();
    const closed = await volunteering.community({ riderFriendly: false, name: '中关村东里社区' });
    const { worker, partner } = rider();
    const codes = async (vars: Record<string, unknown>, who = partner) => errorCodes(await sg.query(REQUEST, vars, who));
    expect(await codes({ c: community, name: '' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ c: community, name: '名'.repeat(51) })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ c: 'not-an-id', name: '王强' })).toEqual(['BAD_USER_INPUT']);
    expect(await codes({ c: newId(), name: '王强' })).toEqual(['NOT_FOUND']);
    expect(await codes({ c: closed, name: '王强' })).toEqual(['CONFLICT']);
    expect(await codes({ c: community, name: '王强', platform: 'ELEME' })).toEqual(['FORBIDDEN']);
    expect(await codes({ c: community, name: '王强', w: newId() })).toEqual(['FORBIDDEN']);
    expect(await codes({ c: community, name: '王强' }, as.anonymous)).toEqual(['FORBIDDEN']);
    expect(await codes({ c: community, name: '王强', w: worker, platform: 'not a code!' }, as.admin)).toEqual(['BAD_USER_INPUT']);
    expect(await sg.db.manager.count(GatePassRequest, { where: { workerId: worker } })).toBe(0);
    // An operator files for a worker, naming the platform.
    const filed = dataOf(await sg.query(REQUEST, { c: community, name: '王强', w: worker, platform: 'meituan' }, as.admin)).requestGatePass;
    expect(filed).toMatchObject({ platform: 'MEITUAN', status: 'PENDING' });
  });

  it('leaves one pending request when the same rider asks many times at once, and one pass when approvals race', async () => {
    const community = await volunteering.community();
    const { worker, partner } = rider();
    const results = await Promise.all(Array.from({ length: 8 }, () => sg.query(REQUEST, { c: community, name: '王强' }, partner)));
    const ids = new Set(results.map((r) => dataOf(r).requestGatePass.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const decisions = await Promise.all(Array.from({ length: 6 }, () => sg.query(DECIDE, { id, approve: true }, chaoyangOp)));
    expect(decisions.filter((d) => !d.errors).length).toBe(1);
    expect(decisions.filter((d) => errorCodes(d)[0] === 'CONFLICT').length).toBe(5);
    expect(await sg.db.manager.count(GatePass, { where: { workerId: worker } })).toBe(1);
  });
});
