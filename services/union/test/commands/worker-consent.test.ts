import { newId, manualClock } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type GraphQLResponse, type TestSubgraph } from '@nef/kit/testing';
import { ConsentEntity, PhoneChallengeEntity, PlatformAccountEntity, WorkerEntity } from '../../src/entities';
import { service } from '../../src/server';
import { CONFIRM_CONSENT, JOIN, REGISTER, REQUEST_CONSENT, WORKER, admin, freshPhone, lastCode, partner, registerAs, unionOperator } from '../support';
import { chaoyang } from '../support/membership';

const clock = manualClock('2026-11-02T02:00:00Z');
let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service, { seedDemo: true, clock });
});
afterAll(() => sg.stop());

const person = (phone: string, externalId: string, name = '赵敏') => ({ name, phone, occupation: 'FOOD_DELIVERY', districtCode: '110105', platformExternalId: externalId });
const reasonOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.reason;
const accountsOf = (workerId: string) => sg.db.manager.find(PlatformAccountEntity, { where: { workerId }, order: { platformCode: 'ASC' } });
/** A minute on, so the next code to the same phone is not refused as too soon. */
const nextMinute = () => clock.advance(61_000);

/** A worker ELEME registered with the worker's consent: the situation of the issue. */
async function elemeWorker() {
  const phone = freshPhone();
  const worker = await registerAs(sg, person(phone, `ele-${newId().slice(-10)}`, '孙丽'), partner('ELEME'));
  nextMinute();
  return { phone, id: worker.id as string };
}

async function ask(platform: string, input: Record<string, unknown>, scopes?: string[]) {
  return sg.query(REQUEST_CONSENT, { input, scopes }, partner(platform));
}

describe('a second platform asks for a worker it does not have', () => {
  it('answers the same whether the phone is known or not, and links nothing until the code comes back', async () => {
    const known = await elemeWorker();
    const unknownPhone = freshPhone();
    const before = await sg.db.manager.count(PlatformAccountEntity);
    const forKnown = dataOf(await ask('MEITUAN', person(known.phone, 'mt-c-known'))).requestWorkerConsent;
    const forUnknown = dataOf(await ask('MEITUAN', person(unknownPhone, 'mt-c-unknown'))).requestWorkerConsent;
    // Same shape, same values apart from the id and the masked number.
    const shape = (c: any) => ({ ...c, id: 'x', phone: c.phone.replace(/\d/g, '9') });
    expect(shape(forKnown)).toEqual(shape(forUnknown));
    expect(forKnown).toMatchObject({ platform: { code: 'MEITUAN' }, scopes: ['ACT_FOR_WORKER'], attemptsLeft: 5, phone: `${known.phone.slice(0, 3)}****${known.phone.slice(-4)}` });
    expect(new Date(forKnown.expiresAt).getTime() - clock().getTime()).toBe(10 * 60_000);
    // Nothing linked, and MEITUAN still cannot see her, by id or by its account.
    expect(await sg.db.manager.count(PlatformAccountEntity)).toBe(before);
    expect(errorCodes(await sg.query(WORKER, { id: known.id }, partner('MEITUAN')))).toEqual(['FORBIDDEN']);
    const lookUp = `query { workerByPlatformAccount(platform: "MEITUAN", externalId: "mt-c-known") { id } }`;
    expect(dataOf(await sg.query(lookUp, {}, partner('MEITUAN'))).workerByPlatformAccount).toBeNull();
  });

  it('links the account to the worker the phone belongs to on the right code, keeping her details, and records the consent', async () => {
    const known = await elemeWorker();
    const challenge = dataOf(await ask('MEITUAN', person(known.phone, 'mt-c-link', '别的名字'), ['SHARE_UNION_RECORDS'])).requestWorkerConsent;
    const code = await lastCode(sg, known.phone);
    const worker = dataOf(await sg.query(CONFIRM_CONSENT, { challengeId: challenge.id, code }, partner('MEITUAN'))).confirmWorkerConsent;
    expect(worker).toMatchObject({ id: known.id, name: '孙丽', platformAccounts: [{ platform: { code: 'MEITUAN' }, externalId: 'mt-c-link' }] });
    expect((await accountsOf(known.id)).map((a) => a.platformCode)).toEqual(['ELEME', 'MEITUAN']);
    const consents = dataOf(await sg.query(`query($id: ID!) { worker(id: $id) { consents { platform { code } scopes method grantedAt grantedBy revokedAt } } }`, { id: known.id }, partner('MEITUAN'))).worker.consents;
    // MEITUAN sees its own consent only; union staff see both.
    expect(consents).toEqual([{ platform: { code: 'MEITUAN' }, scopes: ['ACT_FOR_WORKER', 'SHARE_UNION_RECORDS'], method: 'SMS_CODE', grantedAt: clock().toISOString(), grantedBy: 'partner:MEITUAN', revokedAt: null }]);
    const all = dataOf(await sg.query(`query($id: ID!) { worker(id: $id) { consents { platform { code } method } } }`, { id: known.id }, unionOperator)).worker.consents;
    expect(all.map((c: any) => c.platform.code).sort()).toEqual(['ELEME', 'MEITUAN']);
  });

  it('registers a new worker on the right code, who can then join the union', async () => {
    const phone = freshPhone();
    const workers = await sg.db.manager.count(WorkerEntity);
    const challenge = dataOf(await ask('MEITUAN', person(phone, 'mt-c-new', '钱多多'))).requestWorkerConsent;
    expect(await sg.db.manager.count(WorkerEntity)).toBe(workers);
    const worker = dataOf(await sg.query(CONFIRM_CONSENT, { challengeId: challenge.id, code: await lastCode(sg, phone) }, partner('MEITUAN'))).confirmWorkerConsent;
    expect(worker).toMatchObject({ name: '钱多多', phone: `${phone.slice(0, 3)}****${phone.slice(-4)}`, isUnionMember: false });
    const joined = await sg.query(JOIN, { branchId: chaoyang, channel: 'ONLINE_QR' }, partner('MEITUAN', worker.id));
    expect(dataOf(joined).joinUnion.status).toBe('ACTIVE');
  });
});

describe('codes that do not open', () => {
  it('counts wrong codes, and after five refuses even the right one; nothing is linked', async () => {
    const phone = freshPhone();
    const challenge = dataOf(await ask('MEITUAN', person(phone, 'mt-c-wrong'))).requestWorkerConsent;
    const right = await lastCode(sg, phone);
    const wrong = right === '000000' ? '111111' : '000000';
    const left: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await sg.query(CONFIRM_CONSENT, { challengeId: challenge.id, code: wrong }, partner('MEITUAN'));
      expect([errorCodes(res), reasonOf(res)]).toEqual([['BAD_USER_INPUT'], 'CODE_WRONG']);
      left.push(res.errors![0]!.extensions!.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1]);
    const fifth = await sg.query(CONFIRM_CONSENT, { challengeId: challenge.id, code: wrong }, partner('MEITUAN'));
    expect(reasonOf(fifth)).toBe('CODE_ATTEMPTS_EXCEEDED');
    const thenRight = await sg.query(CONFIRM_CONSENT, { challengeId: challenge.id, code: right }, partner('MEITUAN'));
    expect([errorCodes(thenRight), reasonOf(thenRight), thenRight.data?.confirmWorkerConsent ?? null]).toEqual([['BAD_USER_INPUT'], 'CODE_ATTEMPTS_EXCEEDED', null]);
    expect(await sg.db.manager.count(PlatformAccountEntity, { where: { externalId: 'mt-c-wrong' } })).toBe(0);
  });

  it('refuses a code after ten minutes, a code used twice, and another platform’s challenge', async () => {
    const phone = freshPhone();
    const late = dataOf(await ask('MEITUAN', person(phone, 'mt-c-late'))).requestWorkerConsent;
    const lateCode = await lastCode(sg, phone);
    clock.advance(10 * 60_000);
    const expired = await sg.query(CONFIRM_CONSENT, { challengeId: late.id, code: lateCode }, partner('MEITUAN'));
    expect([errorCodes(expired), reasonOf(expired)]).toEqual([['BAD_USER_INPUT'], 'CODE_EXPIRED']);

    const again = dataOf(await ask('MEITUAN', person(phone, 'mt-c-late'))).requestWorkerConsent;
    const code = await lastCode(sg, phone);
    const byEleme = await sg.query(CONFIRM_CONSENT, { challengeId: again.id, code }, partner('ELEME'));
    expect([errorCodes(byEleme), reasonOf(byEleme)]).toEqual([['NOT_FOUND'], 'CHALLENGE_NOT_FOUND']);
    const unknown = await sg.query(CONFIRM_CONSENT, { challengeId: newId(), code }, partner('MEITUAN'));
    expect(reasonOf(unknown)).toBe('CHALLENGE_NOT_FOUND');
    expect(dataOf(await sg.query(CONFIRM_CONSENT, { challengeId: again.id, code }, partner('MEITUAN'))).confirmWorkerConsent.name).toBe('赵敏');
    const twice = await sg.query(CONFIRM_CONSENT, { challengeId: again.id, code }, partner('MEITUAN'));
    expect([errorCodes(twice), reasonOf(twice)]).toEqual([['CONFLICT'], 'CODE_USED']);
    const malformed = await sg.query(CONFIRM_CONSENT, { challengeId: again.id, code: '12ab' }, partner('MEITUAN'));
    expect(reasonOf(malformed)).toBe('CODE_MALFORMED');
    nextMinute();
  });

  it('links exactly once when the right code arrives twelve times at once', async () => {
    const phone = freshPhone();
    const challenge = dataOf(await ask('MEITUAN', person(phone, 'mt-c-race'))).requestWorkerConsent;
    const code = await lastCode(sg, phone);
    const answers = await Promise.all(Array.from({ length: 12 }, () => sg.query(CONFIRM_CONSENT, { challengeId: challenge.id, code }, partner('MEITUAN'))));
    expect(answers.filter((a) => a.data?.confirmWorkerConsent).length).toBe(1);
    expect(answers.filter((a) => reasonOf(a) === 'CODE_USED').length).toBe(11);
    expect(await sg.db.manager.count(WorkerEntity, { where: { phoneLast4: phone.slice(-4), name: '赵敏' } })).toBeGreaterThanOrEqual(1);
    expect(await sg.db.manager.count(PlatformAccountEntity, { where: { externalId: 'mt-c-race' } })).toBe(1);
    expect(await sg.db.manager.count(ConsentEntity, { where: { challengeId: challenge.id } })).toBe(1);
  });

  it('sends one code a minute per phone and platform, and says when to ask again', async () => {
    const phone = freshPhone();
    expect(dataOf(await ask('MEITUAN', person(phone, 'mt-c-soon'))).requestWorkerConsent.id).toBeDefined();
    clock.advance(20_000);
    const soon = await ask('MEITUAN', person(phone, 'mt-c-soon'));
    expect(soon.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'CODES_PER_PHONE', retryAfterSeconds: 40 });
    expect(await sg.db.manager.count(PhoneChallengeEntity, { where: { externalId: 'mt-c-soon' } })).toBe(1);
    nextMinute();
  });

  it('refuses the second of two codes out for one account as ACCOUNT_ALREADY_LINKED, leaving it unspent', async () => {
    const [first, second] = [freshPhone(), freshPhone()];
    const a = dataOf(await ask('MEITUAN', person(first, 'mt-c-twice'))).requestWorkerConsent;
    const b = dataOf(await ask('MEITUAN', person(second, 'mt-c-twice', '另一个人'))).requestWorkerConsent;
    const [codeA, codeB] = [await lastCode(sg, first), await lastCode(sg, second)];
    expect(dataOf(await sg.query(CONFIRM_CONSENT, { challengeId: a.id, code: codeA }, partner('MEITUAN'))).confirmWorkerConsent.name).toBe('赵敏');
    const res = await sg.query(CONFIRM_CONSENT, { challengeId: b.id, code: codeB }, partner('MEITUAN'));
    expect([errorCodes(res), reasonOf(res)]).toEqual([['CONFLICT'], 'ACCOUNT_ALREADY_LINKED']);
    expect((await sg.db.manager.findOneByOrFail(PhoneChallengeEntity, { id: b.id })).confirmedAt).toBeNull();
    expect(await sg.db.manager.count(WorkerEntity, { where: { name: '另一个人' } })).toBe(0);
    expect(await sg.db.manager.count(PlatformAccountEntity, { where: { externalId: 'mt-c-twice' } })).toBe(1);
    nextMinute();
  });

  it('records the consent again when the account is linked to the same worker already', async () => {
    const phone = freshPhone();
    const a = dataOf(await ask('MEITUAN', person(phone, 'mt-c-same'))).requestWorkerConsent;
    const codeA = await lastCode(sg, phone);
    nextMinute();
    const b = dataOf(await ask('MEITUAN', person(phone, 'mt-c-same'))).requestWorkerConsent;
    const codeB = await lastCode(sg, phone);
    const worker = dataOf(await sg.query(CONFIRM_CONSENT, { challengeId: a.id, code: codeA }, partner('MEITUAN'))).confirmWorkerConsent;
    expect(dataOf(await sg.query(CONFIRM_CONSENT, { challengeId: b.id, code: codeB }, partner('MEITUAN'))).confirmWorkerConsent.id).toBe(worker.id);
    expect((await sg.db.manager.findOneByOrFail(PhoneChallengeEntity, { id: b.id })).confirmedAt).not.toBeNull();
    expect(await sg.db.manager.count(ConsentEntity, { where: { challengeId: b.id } })).toBe(1);
    expect(await sg.db.manager.count(PlatformAccountEntity, { where: { externalId: 'mt-c-same' } })).toBe(1);
    nextMinute();
  });

  it('sends one code when six requests for one phone and platform arrive at once', async () => {
    const phone = freshPhone();
    const answers = await Promise.all(Array.from({ length: 6 }, () => ask('MEITUAN', person(phone, 'mt-c-burst'))));
    expect(answers.filter((a) => a.data?.requestWorkerConsent?.id).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'RATE_LIMITED').length).toBe(5);
    expect(await sg.db.manager.count(PhoneChallengeEntity, { where: { externalId: 'mt-c-burst' } })).toBe(1);
    nextMinute();
  });

  it('refuses to ask again for an account the platform has linked already', async () => {
    const { id } = await elemeWorker();
    const [account] = await accountsOf(id);
    const res = await ask('ELEME', person(freshPhone(), account!.externalId));
    expect([errorCodes(res), reasonOf(res)]).toEqual([['CONFLICT'], 'ACCOUNT_ALREADY_LINKED']);
  });
});

describe('the old direct routes', () => {
  it('give a partner the same CONSENT_REQUIRED for a known phone and an unknown one, and write nothing', async () => {
    const known = await elemeWorker();
    const workers = await sg.db.manager.count(WorkerEntity);
    const accounts = await sg.db.manager.count(PlatformAccountEntity);
    const forKnown = await sg.query(REGISTER, { input: person(known.phone, 'mt-c-direct') }, partner('MEITUAN'));
    const forUnknown = await sg.query(REGISTER, { input: person(freshPhone(), 'mt-c-direct2') }, partner('MEITUAN'));
    const strip = (r: GraphQLResponse) => ({ data: r.data, errors: r.errors?.map((e) => ({ ...e, message: e.message })) });
    expect(strip(forKnown)).toEqual(strip(forUnknown));
    expect([errorCodes(forKnown), reasonOf(forKnown)]).toEqual([['FORBIDDEN'], 'CONSENT_REQUIRED']);
    const link = `mutation($w: ID!, $phone: String) { linkPlatformAccount(workerId: $w, platform: "MEITUAN", externalId: "mt-c-byphone", phone: $phone) { id } }`;
    expect(errorCodes(await sg.query(link, { w: known.id, phone: known.phone }, partner('MEITUAN')))).toEqual(['FORBIDDEN']);
    expect([await sg.db.manager.count(WorkerEntity), await sg.db.manager.count(PlatformAccountEntity)]).toEqual([workers, accounts]);
  });

  it('keeps the development outbox to admins', async () => {
    const q = `query($phone: String!) { smsOutbox(phone: $phone) { text } }`;
    for (const who of [partner('MEITUAN'), unionOperator]) expect(errorCodes(await sg.query(q, { phone: '13800000000' }, who))).toEqual(['FORBIDDEN']);
  });
});

describe('withdrawing consent', () => {
  const REVOKE = `mutation($platform: ID!, $workerId: ID) { revokeConsent(platform: $platform, workerId: $workerId) { platform { code } method revokedAt revokedBy } }`;

  it('unlinks the platform that withdraws through its own app, which then sees nothing of her', async () => {
    const w = await elemeWorker();
    await registerAs(sg, person(w.phone, 'mt-c-revoke'), partner('MEITUAN'));
    const res = dataOf(await sg.query(REVOKE, { platform: 'MEITUAN' }, partner('MEITUAN', w.id))).revokeConsent;
    expect(res).toEqual({ platform: { code: 'MEITUAN' }, method: 'SMS_CODE', revokedAt: clock().toISOString(), revokedBy: 'partner:MEITUAN' });
    expect((await accountsOf(w.id)).map((a) => a.platformCode)).toEqual(['ELEME']);
    expect(errorCodes(await sg.query(WORKER, { id: w.id }, partner('MEITUAN')))).toEqual(['FORBIDDEN']);
    // The record stays, withdrawn, for union staff and the worker's export.
    const rows = await sg.db.manager.find(ConsentEntity, { where: { workerId: w.id, platformCode: 'MEITUAN' } });
    expect(rows.map((r) => [r.method, r.revokedBy])).toEqual([['SMS_CODE', 'partner:MEITUAN:key-meituan']]);
    // Withdrawing again, or what was never given: CONSENT_NOT_FOUND, nothing changes.
    const again = await sg.query(REVOKE, { platform: 'MEITUAN', workerId: w.id }, unionOperator);
    expect([errorCodes(again), reasonOf(again)]).toEqual([['NOT_FOUND'], 'CONSENT_NOT_FOUND']);
    const never = await sg.query(REVOKE, { platform: 'SF_EXPRESS', workerId: w.id }, admin);
    expect(reasonOf(never)).toBe('CONSENT_NOT_FOUND');
  });

  it('lets no platform withdraw another’s consent, and union staff withdraw any at the desk', async () => {
    const w = await elemeWorker();
    await registerAs(sg, person(w.phone, 'mt-c-desk'), partner('MEITUAN'));
    expect(errorCodes(await sg.query(REVOKE, { platform: 'MEITUAN' }, partner('ELEME', w.id)))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(REVOKE, { platform: 'ELEME' }, partner('MEITUAN')))).toEqual(['BAD_USER_INPUT']);
    expect(dataOf(await sg.query(REVOKE, { platform: 'ELEME', workerId: w.id }, unionOperator)).revokeConsent.revokedBy).toBe('operator:union:key-union-ops');
    expect((await accountsOf(w.id)).map((a) => a.platformCode)).toEqual(['MEITUAN']);
  });

  it('takes the platform out of the member counts when it is unlinked', async () => {
    const w = await elemeWorker();
    await registerAs(sg, person(w.phone, 'mt-c-count'), partner('MEITUAN'));
    dataOf(await sg.query(JOIN, { workerId: w.id, branchId: chaoyang, channel: 'ONLINE_QR' }, admin));
    const metrics = `query($r: [_Any!]!) { _entities(representations: $r) { ... on District { unionMetrics { byPlatform { key count } } } } }`;
    const r = [{ __typename: 'District', code: '110105' }];
    const count = async () => (dataOf(await sg.query(metrics, { r }, admin))._entities[0].unionMetrics.byPlatform as { key: string; count: number }[]).find((c) => c.key === 'MEITUAN')?.count ?? 0;
    const before = await count();
    dataOf(await sg.query(REVOKE, { platform: 'MEITUAN' }, partner('MEITUAN', w.id)));
    expect(await count()).toBe(before - 1);
  });
});

describe('what each platform sees of the union’s records', () => {
  const OPEN = `mutation($kind: AssistanceKind!, $summary: String!, $against: ID) { openAssistanceCase(kind: $kind, summary: $summary, againstPlatform: $against) { id } }`;
  const CASES = `{ assistanceCases { id summary history { actor } } }`;

  async function sharedWorker(scopes?: string[]) {
    const w = await elemeWorker();
    await registerAs(sg, person(w.phone, `mt-${newId().slice(-10)}`), partner('MEITUAN'), scopes);
    return w;
  }

  it('shows a partner the cases opened through it, not another platform’s, and never one raised against itself', async () => {
    const w = await sharedWorker();
    const viaEleme = dataOf(await sg.query(OPEN, { kind: 'COUNSELLING', summary: '心理咨询：夜班压力' }, partner('ELEME', w.id))).openAssistanceCase.id;
    const viaMeituan = dataOf(await sg.query(OPEN, { kind: 'LEGAL_AID', summary: '交通事故赔偿' }, partner('MEITUAN', w.id))).openAssistanceCase.id;
    const againstMeituan = dataOf(await sg.query(OPEN, { kind: 'WAGE_DISPUTE', summary: '美团站点拖欠工资', against: 'MEITUAN' }, partner('MEITUAN', w.id))).openAssistanceCase.id;
    const seenBy = async (platform: string) => (dataOf(await sg.query(CASES, {}, partner(platform, w.id))).assistanceCases as { id: string }[]).map((c) => c.id).sort();
    expect(await seenBy('MEITUAN')).toEqual([viaMeituan]);
    // ELEME was given no SHARE_UNION_RECORDS either: its own case only.
    expect(await seenBy('ELEME')).toEqual([viaEleme]);
    // Union staff see all three.
    expect((dataOf(await sg.query(CASES, {}, unionOperator)).assistanceCases as { id: string }[]).map((c) => c.id)).toEqual(expect.arrayContaining([viaEleme, viaMeituan, againstMeituan]));
    const one = `query($id: ID!) { assistanceCase(id: $id) { id } }`;
    for (const id of [viaEleme, againstMeituan]) expect(errorCodes(await sg.query(one, { id }, partner('MEITUAN', w.id)))).toEqual(['FORBIDDEN']);
    expect((await sg.query(`{ assistanceCasesPage { totalCount } }`, {}, partner('MEITUAN', w.id))).data?.assistanceCasesPage.totalCount).toBe(1);
  });

  it('shows the other platforms’ cases when the worker shared her union records, naming their platform only as partner', async () => {
    const w = await sharedWorker(['SHARE_UNION_RECORDS']);
    const viaEleme = dataOf(await sg.query(OPEN, { kind: 'HARDSHIP', summary: '家庭困难', against: null }, partner('ELEME', w.id))).openAssistanceCase.id;
    const against = dataOf(await sg.query(OPEN, { kind: 'WAGE_DISPUTE', summary: '拖欠工资', against: 'MEITUAN' }, partner('ELEME', w.id))).openAssistanceCase.id;
    const cases = dataOf(await sg.query(CASES, {}, partner('MEITUAN', w.id))).assistanceCases;
    expect(cases).toEqual([{ id: viaEleme, summary: '家庭困难', history: [{ actor: 'partner' }] }]);
    expect(cases.map((c: any) => c.id)).not.toContain(against);
    expect(dataOf(await sg.query(CASES, {}, partner('ELEME', w.id))).assistanceCases.map((c: any) => c.history[0].actor)).toEqual(['partner:ELEME', 'partner:ELEME']);
  });

  it('shows another platform’s reason for a membership change only when shared, and its actor as partner', async () => {
    const history = `{ actingWorker { membership { history { status actor reason } } } }`;
    for (const [scopes, reason] of [[undefined, null], [['SHARE_UNION_RECORDS'], '换城市工作']] as const) {
      const w = await sharedWorker(scopes ? [...scopes] : undefined);
      dataOf(await sg.query(JOIN, { branchId: chaoyang, channel: 'ONLINE_QR' }, partner('ELEME', w.id)));
      dataOf(await sg.query(`mutation($w: ID!) { withdrawMembership(workerId: $w, reason: "换城市工作") { status } }`, { w: w.id }, partner('ELEME', w.id)));
      const seen = dataOf(await sg.query(history, {}, partner('MEITUAN', w.id))).actingWorker.membership.history;
      expect(seen).toEqual([
        { status: 'ACTIVE', actor: 'partner', reason: null },
        { status: 'WITHDRAWN', actor: 'partner', reason },
      ]);
      const own = dataOf(await sg.query(history, {}, partner('ELEME', w.id))).actingWorker.membership.history;
      expect(own[1]).toEqual({ status: 'WITHDRAWN', actor: 'partner:ELEME', reason: '换城市工作' });
    }
  });
});
