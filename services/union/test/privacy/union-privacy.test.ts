import { manualClock, newId, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, testPrincipalHeaders, type TestSubgraph } from '@nef/kit/testing';
import { AssistanceCaseEntity, PhoneChallengeEntity, WorkerEntity } from '../../src/entities';
import { unionMetricsFromRows } from '../../src/queries/metrics';
import { service } from '../../src/server';
import { CONFIRM_CONSENT, JOIN, admin, freshPhone, lastCode, partner, registerAs, unionOperator } from '../support';
import { chaoyang } from '../support/membership';

const clock = manualClock('2026-11-02T02:00:00Z');
let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true, clock });
});
afterAll(() => sg.stop());

const person = (phone: string, externalId: string, name = '孙丽') => ({ name, phone, occupation: 'FOOD_DELIVERY', districtCode: '110105', platformExternalId: externalId });
/** A minute on, so the next code to the same phone is not refused as too soon. */
const nextMinute = () => clock.advance(61_000);
const OPEN = `mutation($kind: AssistanceKind!, $summary: String!, $against: ID, $workerId: ID) {
  openAssistanceCase(kind: $kind, summary: $summary, againstPlatform: $against, workerId: $workerId) { id }
}`;
const CLOSURE = `mutation { requestAccountClosure { id phone platform { code } scopes expiresAt attemptsLeft } }`;

/** A worker ELEME registered, then MEITUAN linked with her consent (`scopes` for MEITUAN). */
async function twoPlatformWorker(scopes?: string[]) {
  const phone = freshPhone();
  const worker = await registerAs(sg, person(phone, `ele-${newId().slice(-10)}`), partner('ELEME'));
  const meituanId = `mt-${newId().slice(-10)}`;
  await registerAs(sg, person(phone, meituanId), partner('MEITUAN'), scopes);
  nextMinute();
  return { phone, id: worker.id as string, meituanId };
}

const version = async (name: string) => {
  const rows: { version: number | string }[] = await sg.db.manager.query('SELECT version FROM data_versions WHERE name = ?', [name]);
  return rows.length ? Number(rows[0]!.version) : 0;
};

/** Calls the close authorisation route as the gateway does, with the proof in the body. */
async function authorize(workerId: string, p: Principal, proof: { challengeId?: string; code?: string } = {}) {
  const body = JSON.stringify({ workerId, ...proof });
  const res = await fetch(sg.url.replace(/\/graphql$/, '/privacy/close-authorization'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...testPrincipalHeaders(p, 'union', body) },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the export through a partner', () => {
  it('gives a partner what the API shows it, and union staff the whole record', async () => {
    const w = await twoPlatformWorker();
    const viaEleme = dataOf(await sg.query(OPEN, { kind: 'COUNSELLING', summary: '夜班压力' }, partner('ELEME', w.id))).openAssistanceCase.id;
    const viaMeituan = dataOf(await sg.query(OPEN, { kind: 'LEGAL_AID', summary: '交通事故' }, partner('MEITUAN', w.id))).openAssistanceCase.id;
    const against = dataOf(await sg.query(OPEN, { kind: 'WAGE_DISPUTE', summary: '拖欠工资', against: 'MEITUAN' }, partner('ELEME', w.id))).openAssistanceCase.id;
    dataOf(await sg.query(JOIN, { branchId: chaoyang, channel: 'ONLINE_QR' }, partner('ELEME', w.id)));
    dataOf(await sg.query(`mutation($w: ID!) { withdrawMembership(workerId: $w, reason: "换城市工作") { status } }`, { w: w.id }, partner('ELEME', w.id)));

    const mt = await sg.privacy('export', w.id, partner('MEITUAN', w.id));
    expect(mt.status).toBe(200);
    const data = mt.body.data;
    expect(data.worker.phone).toBe(`${w.phone.slice(0, 3)}****${w.phone.slice(-4)}`);
    expect(data.platformAccounts).toEqual([expect.objectContaining({ platform: { code: 'MEITUAN', name: expect.any(String) }, externalId: w.meituanId })]);
    expect(data.consents.map((c: any) => c.platform.code)).toEqual(['MEITUAN']);
    expect(data.consentRequests.map((c: any) => c.platform.code)).toEqual(['MEITUAN']);
    expect(data.assistanceCases.map((c: any) => c.id)).toEqual([viaMeituan]);
    expect(data.assistanceCases[0].history).toEqual([expect.objectContaining({ status: 'OPEN', actor: 'partner:MEITUAN' })]);
    expect(data.membership.history.map((e: any) => [e.status, e.actor, e.reason])).toEqual([
      ['ACTIVE', 'partner', null],
      ['WITHDRAWN', 'partner', null],
    ]);

    const desk = (await sg.privacy('export', w.id, unionOperator)).body.data;
    expect(desk.worker.phone).toBe(w.phone);
    expect(desk.platformAccounts.map((a: any) => a.platform.code).sort()).toEqual(['ELEME', 'MEITUAN']);
    expect(desk.consents.map((c: any) => c.platform.code).sort()).toEqual(['ELEME', 'MEITUAN']);
    expect(desk.consentRequests.map((c: any) => c.platform.code).sort()).toEqual(['ELEME', 'MEITUAN']);
    expect(desk.assistanceCases.map((c: any) => c.id).sort()).toEqual([viaEleme, viaMeituan, against].sort());
    expect(desk.membership.history.map((e: any) => [e.actor, e.reason])).toEqual([
      ['partner:ELEME:key-eleme', null],
      ['partner:ELEME:key-eleme', '换城市工作'],
    ]);
    expect((await sg.privacy('export', w.id, admin)).body.data.assistanceCases).toHaveLength(3);
  });

  it('gives a partner the other platforms’ cases and reasons when the worker shared them, never a case against it', async () => {
    const w = await twoPlatformWorker(['SHARE_UNION_RECORDS']);
    const viaEleme = dataOf(await sg.query(OPEN, { kind: 'HARDSHIP', summary: '家庭困难' }, partner('ELEME', w.id))).openAssistanceCase.id;
    dataOf(await sg.query(OPEN, { kind: 'WAGE_DISPUTE', summary: '拖欠工资', against: 'MEITUAN' }, partner('ELEME', w.id)));
    dataOf(await sg.query(JOIN, { branchId: chaoyang, channel: 'ONLINE_QR' }, partner('ELEME', w.id)));
    dataOf(await sg.query(`mutation($w: ID!) { withdrawMembership(workerId: $w, reason: "换城市工作") { status } }`, { w: w.id }, partner('ELEME', w.id)));
    const data = (await sg.privacy('export', w.id, partner('MEITUAN', w.id))).body.data;
    expect(data.assistanceCases.map((c: any) => [c.id, c.history[0].actor])).toEqual([[viaEleme, 'partner']]);
    expect(data.membership.history.map((e: any) => e.reason)).toEqual([null, '换城市工作']);
  });
});

describe('membership reasons read without acting for the worker', () => {
  const HISTORY = `query($id: ID!) { worker(id: $id) { membership { history { status actor reason } } } }`;

  it('follow the consent of the worker whose membership it is, not the acting worker’s', async () => {
    const notShared = await twoPlatformWorker();
    const shared = await twoPlatformWorker(['SHARE_UNION_RECORDS']);
    for (const w of [notShared, shared]) {
      dataOf(await sg.query(JOIN, { branchId: chaoyang, channel: 'ONLINE_QR' }, partner('ELEME', w.id)));
      dataOf(await sg.query(`mutation($w: ID!) { withdrawMembership(workerId: $w, reason: "回老家") { status } }`, { w: w.id }, partner('ELEME', w.id)));
    }
    const reasons = async (id: string, p: Principal) => dataOf(await sg.query(HISTORY, { id }, p)).worker.membership.history.map((e: any) => e.reason);
    // Its own platform's reasons, with no X-Acting-Worker.
    expect(await reasons(notShared.id, partner('ELEME'))).toEqual([null, '回老家']);
    // Another platform's: only where that worker shared them, whoever the partner acts for.
    expect(await reasons(shared.id, partner('MEITUAN'))).toEqual([null, '回老家']);
    expect(await reasons(notShared.id, partner('MEITUAN'))).toEqual([null, null]);
    expect(await reasons(notShared.id, partner('MEITUAN', shared.id))).toEqual([null, null]);
  });
});

describe('data versions move with the unlink', () => {
  it('moves links when a consent is withdrawn', async () => {
    const w = await twoPlatformWorker();
    const before = await version('links');
    dataOf(await sg.query(`mutation { revokeConsent(platform: "MEITUAN") { revokedAt } }`, {}, partner('MEITUAN', w.id)));
    expect(await version('links')).toBeGreaterThan(before);
  });

  it('moves links on every close, even one that finds nothing left', async () => {
    const w = await twoPlatformWorker();
    const first = await version('links');
    expect((await sg.privacy('close', w.id, unionOperator)).body.closed.workersDeleted).toBe(1);
    const second = await version('links');
    expect(second).toBeGreaterThan(first);
    expect((await sg.privacy('close', w.id, unionOperator)).body.closed.workersDeleted).toBe(0);
    expect(await version('links')).toBeGreaterThan(second);
  });
});

describe('closing while cases are written', () => {
  const openCases = async () =>
    dataOf(await sg.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on District { unionMetrics { openCases } } } }`, { r: [{ __typename: 'District', code: '110105' }] }, admin))
      ._entities[0].unionMetrics.openCases as number;

  it('leaves no case without its worker and the open-case figure equal to the rows', async () => {
    for (let i = 0; i < 4; i++) {
      const w = await twoPlatformWorker();
      const existing = dataOf(await sg.query(OPEN, { kind: 'LEGAL_AID', summary: '工伤', workerId: w.id }, unionOperator)).openAssistanceCase.id;
      const move = `mutation($id: ID!) { updateAssistanceCase(id: $id, status: RESOLVED) { status } }`;
      const [opened, moved, closed] = await Promise.all([
        sg.query(OPEN, { kind: 'COUNSELLING', summary: '压力', workerId: w.id }, unionOperator),
        sg.query(move, { id: existing }, unionOperator),
        sg.privacy('close', w.id, unionOperator),
      ]);
      expect(closed.status).toBe(200);
      // Opened before the close (then deleted with her) or refused after it as a worker not in reach.
      if (opened.errors) expect(errorCodes(opened)).toEqual(['NOT_FOUND']);
      if (moved.errors) expect(errorCodes(moved)).toEqual(['NOT_FOUND']);
      expect(await sg.db.manager.count(AssistanceCaseEntity, { where: { workerId: w.id } })).toBe(0);
      expect(await sg.db.manager.count(WorkerEntity, { where: { id: w.id } })).toBe(0);
    }
    expect(await openCases()).toBe((await unionMetricsFromRows(sg.db, '110105', null, null)).openCases);
  });
});

describe('closing needs the worker’s code when a partner asks', () => {
  it('sends a closing code to the worker’s phone for the partner acting for her, and to no one else', async () => {
    const w = await twoPlatformWorker();
    expect(errorCodes(await sg.query(CLOSURE, {}, partner('ELEME')))).toEqual(['BAD_USER_INPUT']);
    for (const who of [unionOperator, admin]) expect(errorCodes(await sg.query(CLOSURE, {}, who))).toEqual(['FORBIDDEN']);
    const challenge = dataOf(await sg.query(CLOSURE, {}, partner('ELEME', w.id))).requestAccountClosure;
    expect(challenge).toMatchObject({ phone: `${w.phone.slice(0, 3)}****${w.phone.slice(-4)}`, platform: { code: 'ELEME' }, scopes: [], attemptsLeft: 5 });
    const row = await sg.db.manager.findOneByOrFail(PhoneChallengeEntity, { id: challenge.id });
    expect([row.purpose, row.workerId, row.platformCode]).toEqual(['CLOSE', w.id, 'ELEME']);
    const text = dataOf(await sg.query(`query($phone: String!) { smsOutbox(phone: $phone, first: 1) { text } }`, { phone: w.phone }, admin)).smsOutbox[0].text;
    expect(text).toContain('请求注销您的账号');
    // Same limits as consent codes: a second within the minute is refused.
    expect((await sg.query(CLOSURE, {}, partner('ELEME', w.id))).errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'CODES_PER_PHONE' });
    // A closing code links nothing.
    const asConsent = await sg.query(CONFIRM_CONSENT, { challengeId: challenge.id, code: await lastCode(sg, w.phone) }, partner('ELEME'));
    expect(asConsent.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'CHALLENGE_NOT_FOUND' });
    nextMinute();
  });

  it('authorises union staff without a code, and a partner only with the right one, again within ten minutes', async () => {
    const w = await twoPlatformWorker();
    expect(await authorize(w.id, unionOperator)).toEqual({ status: 200, body: { service: 'union', authorized: true } });
    expect((await authorize(w.id, admin)).status).toBe(200);
    expect(await authorize(w.id, partner('ELEME', w.id))).toMatchObject({ status: 400, body: { error: 'BAD_USER_INPUT', reason: 'CLOSURE_CODE_REQUIRED' } });

    const challengeId = dataOf(await sg.query(CLOSURE, {}, partner('ELEME', w.id))).requestAccountClosure.id as string;
    const code = await lastCode(sg, w.phone);
    const wrong = code === '000000' ? '111111' : '000000';
    expect(await authorize(w.id, partner('ELEME', w.id), { challengeId, code: wrong })).toMatchObject({ status: 400, body: { reason: 'CODE_WRONG', attemptsLeft: 4 } });
    expect(await authorize(w.id, partner('ELEME', w.id), { challengeId, code: '12ab' })).toMatchObject({ status: 400, body: { reason: 'CODE_MALFORMED' } });
    // Another platform acting for her, or a challenge that is not a closing one: not found.
    expect(await authorize(w.id, partner('MEITUAN', w.id), { challengeId, code })).toMatchObject({ status: 404, body: { error: 'NOT_FOUND', reason: 'CHALLENGE_NOT_FOUND' } });
    const link = await sg.db.manager.findOneOrFail(PhoneChallengeEntity, { where: { platformCode: 'ELEME', purpose: 'LINK', phoneHash: (await sg.db.manager.findOneByOrFail(WorkerEntity, { id: w.id })).phoneHash } });
    expect(await authorize(w.id, partner('ELEME', w.id), { challengeId: link.id, code })).toMatchObject({ status: 404, body: { reason: 'CHALLENGE_NOT_FOUND' } });

    expect(await authorize(w.id, partner('ELEME', w.id), { challengeId, code })).toEqual({ status: 200, body: { service: 'union', authorized: true } });
    clock.advance(5 * 60_000);
    expect((await authorize(w.id, partner('ELEME', w.id), { challengeId, code })).status).toBe(200);
    clock.advance(5 * 60_000);
    expect(await authorize(w.id, partner('ELEME', w.id), { challengeId, code })).toMatchObject({ status: 409, body: { error: 'CONFLICT', reason: 'CODE_USED' } });
    // The worker's data is still all there: authorising closes nothing.
    expect(await sg.db.manager.count(WorkerEntity, { where: { id: w.id } })).toBe(1);
  });

  it('refuses an expired code and, after five wrong ones, the right one', async () => {
    const w = await twoPlatformWorker();
    const late = dataOf(await sg.query(CLOSURE, {}, partner('ELEME', w.id))).requestAccountClosure.id as string;
    const lateCode = await lastCode(sg, w.phone);
    clock.advance(10 * 60_000);
    expect(await authorize(w.id, partner('ELEME', w.id), { challengeId: late, code: lateCode })).toMatchObject({ status: 400, body: { reason: 'CODE_EXPIRED' } });

    const challengeId = dataOf(await sg.query(CLOSURE, {}, partner('ELEME', w.id))).requestAccountClosure.id as string;
    const code = await lastCode(sg, w.phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const reasons: unknown[] = [];
    for (let i = 0; i < 5; i++) reasons.push((await authorize(w.id, partner('ELEME', w.id), { challengeId, code: wrong })).body.reason);
    expect(reasons).toEqual(['CODE_WRONG', 'CODE_WRONG', 'CODE_WRONG', 'CODE_WRONG', 'CODE_ATTEMPTS_EXCEEDED']);
    expect(await authorize(w.id, partner('ELEME', w.id), { challengeId, code })).toMatchObject({ status: 400, body: { reason: 'CODE_ATTEMPTS_EXCEEDED' } });
    nextMinute();
  });
});
