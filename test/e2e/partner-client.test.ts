// The partner client of examples/partner-client, as a partner would use it, against the real
// processes: four subgraphs and the gateway, with the demo data. The demo partner keys are bound
// to the client's published manifest and the gateway enforces it (TRUSTED_DOCUMENTS=enforce, as
// production does): the client sends its operations by id.
import { print } from 'graphql';
import { gql } from 'graphql-request';
import { PartnerApiError, PartnerClient, documentId, newIdempotencyKey, withRetries } from '../../examples/partner-client/src/client';
import { RewardsDocument } from '../../examples/partner-client/src/generated/graphql';
import { outboxCode, startStack, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

/** Sanlitun, Chaoyang (GCJ-02): the 三里屯暖心驿站 stands there. */
const HERE = { lat: 39.9334, lng: 116.4545 };

/** The PartnerApiError a call threw (fails the test when it threw something else, or nothing). */
async function failure(promise: Promise<unknown>): Promise<PartnerApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof PartnerApiError) return err;
    throw err;
  }
  throw new Error('expected the call to fail with a PartnerApiError');
}

describe('the partner client against the real stack', () => {
  let stack: Stack;
  let partner: PartnerClient;
  beforeAll(async () => {
    stack = await startStack({ TRUSTED_DOCUMENTS: 'enforce' });
    partner = new PartnerClient({ endpoint: stack.gatewayUrl, apiKey: 'demo-meituan' });
  }, STARTUP_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  it('reads the benefits of a worker it acts for, across the four subgraphs', async () => {
    const { actingWorker, stationsNear, errors } = await partner.forWorker('mt-10001').benefits(HERE);
    expect(errors).toEqual([]);
    expect(actingWorker).toMatchObject({ name: '王强', phone: '138****8001', isUnionMember: true, pointsBalance: 10 });
    expect(actingWorker!.membership).toMatchObject({ status: 'ACTIVE', branch: { name: '朝阳区总工会' } });
    expect(actingWorker!.enrollments!.map((e) => e.course.title)).toContain('电动自行车安全骑行');
    expect(actingWorker!.reports!.length).toBeGreaterThan(0);
    expect(actingWorker!.subsidyAvailableCents).toBeGreaterThanOrEqual(0);
    expect(stationsNear![0]).toMatchObject({ distanceMeters: 0, station: { name: '三里屯暖心驿站' } });
    expect(stationsNear!.every((n) => n.distanceMeters <= 3000)).toBe(true);
  });

  it('registers a worker with the code sent to their phone and acts for it: union, course, report, reward, each retry-safe', async () => {
    const input = { name: '孙悦', phone: '13512345678', occupation: 'FOOD_DELIVERY' as const, districtCode: '110105', platformExternalId: 'mt-pc-1' };
    // Without the worker's code a partner registers no one.
    expect(await failure(partner.registerWorker(input))).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED', operation: 'RegisterWorker' });
    const challenge = await partner.requestWorkerConsent(input);
    expect(challenge).toMatchObject({ phone: '135****5678', platform: { code: 'MEITUAN' }, scopes: ['ACT_FOR_WORKER'], attemptsLeft: 5 });
    const code = await outboxCode(stack, input.phone);
    const wrong = await failure(partner.confirmWorkerConsent(challenge.id, code === '000000' ? '000001' : '000000'));
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CODE_WRONG', operation: 'ConfirmWorkerConsent', retryable: false });
    expect(await partner.findWorker('MEITUAN', 'mt-pc-1')).toBeNull();

    const worker = await partner.confirmWorkerConsent(challenge.id, code);
    expect(worker).toMatchObject({ name: '孙悦', phone: '135****5678', district: { code: '110105' }, platformAccounts: [{ platform: { code: 'MEITUAN' }, externalId: 'mt-pc-1' }] });
    expect(await failure(partner.confirmWorkerConsent(challenge.id, code))).toMatchObject({ code: 'CONFLICT', reason: 'CODE_USED' });
    // The partner's own account, linked now: registerWorker returns its worker, as often as asked.
    expect((await partner.registerWorker(input)).id).toBe(worker.id);
    expect((await partner.findWorker('MEITUAN', 'mt-pc-1'))?.id).toBe(worker.id);
    expect(await partner.findWorker('MEITUAN', 'mt-nobody')).toBeNull();

    const rider = partner.forWorker('mt-pc-1');
    const [branch] = await partner.unionBranches('110105', 'DISTRICT');
    expect(branch).toMatchObject({ name: '朝阳区总工会', level: 'DISTRICT' });
    const membership = await rider.joinUnion(branch!.id);
    expect(membership).toMatchObject({ status: 'ACTIVE', branch: { name: '朝阳区总工会' } });
    expect((await rider.joinUnion(branch!.id)).memberNo).toBe(membership.memberNo);

    const open = await partner.openCourses('110105');
    expect(open.every((c) => ['PLANNED', 'CONFIRMED', 'RUNNING'].includes(c.status))).toBe(true);
    const course = open.find((c) => c.title === '电动自行车安全骑行')!;
    const enrolment = await rider.enroll(course.id);
    expect(enrolment).toMatchObject({ status: 'ENROLLED', course: { id: course.id } });

    const reportKey = newIdempotencyKey();
    const reportInput = { category: 'BLOCKED_FIRE_EXIT' as const, description: '楼道消防通道被杂物堵塞', location: HERE, districtCode: '110105', idempotencyKey: reportKey };
    const report = await withRetries(() => rider.submitReport(reportInput));
    expect(report).toMatchObject({ category: 'BLOCKED_FIRE_EXIT', status: 'SUBMITTED', district: { code: '110105' } });
    expect((await rider.submitReport(reportInput)).id).toBe(report.id);

    const benefits = await rider.benefits(HERE);
    expect(benefits.actingWorker).toMatchObject({
      id: worker.id,
      isUnionMember: true,
      membership: { memberNo: membership.memberNo, status: 'ACTIVE' },
      enrollments: [{ id: enrolment.id, status: 'ENROLLED', course: { id: course.id } }],
      reports: [{ id: report.id, status: 'SUBMITTED' }],
      pointsBalance: 0,
      redemptions: [],
    });

    // No points yet: the redemption is refused with CONFLICT, and spends nothing.
    const lunch = (await partner.rewards()).find((r) => r.title === '爱心午餐')!;
    expect(lunch.costPoints).toBe(15);
    const poor = await failure(rider.redeemReward(lunch.id, newIdempotencyKey()));
    expect(poor).toMatchObject({ code: 'CONFLICT', operation: 'RedeemReward', retryable: false });
    expect(poor.message).toMatch(/insufficient points/);

    // An operator credits 20 points; the voucher costs 15, once, however often the key is sent.
    await stack.client('demo-governance-operator').request(
      gql`mutation($w: ID!) { adjustPoints(workerId: $w, delta: 20, note: "partner client e2e") { balanceAfter } }`,
      { w: worker.id },
    );
    const redeemKey = newIdempotencyKey();
    const voucher = await withRetries(() => rider.redeemReward(lunch.id, redeemKey));
    expect(voucher).toMatchObject({ status: 'ISSUED', pointsSpent: 15, reward: { id: lunch.id, title: '爱心午餐' } });
    const again = await rider.redeemReward(lunch.id, redeemKey);
    expect(again).toMatchObject({ id: voucher.id, voucherCode: voucher.voucherCode });
    const laundry = (await partner.rewards()).find((r) => r.title === '洗衣一次')!;
    expect((await failure(rider.redeemReward(laundry.id, redeemKey))).code).toBe('CONFLICT');
    const after = await rider.benefits(HERE, { stations: 0 });
    expect(after.actingWorker).toMatchObject({ pointsBalance: 5, redemptions: [{ id: voucher.id, voucherCode: voucher.voucherCode, status: 'ISSUED' }] });
    expect(after.stationsNear).toEqual([]);
  });

  it('sends its operations by id, and the key runs nothing else', async () => {
    const bodies: Record<string, unknown>[] = [];
    const recording: typeof fetch = (input, init) => {
      bodies.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
      return fetch(input, init);
    };
    const byId = new PartnerClient({ endpoint: stack.gatewayUrl, apiKey: 'demo-meituan', fetch: recording });
    expect((await byId.rewards()).length).toBeGreaterThan(0);
    expect(bodies).toEqual([{ operationName: 'Rewards', variables: { stationId: null }, extensions: { persistedQuery: { version: 1, sha256Hash: documentId(print(RewardsDocument)) } } }]);

    // The exact text of a published operation runs too; any other text is refused.
    const asText = new PartnerClient({ endpoint: stack.gatewayUrl, apiKey: 'demo-meituan', documents: 'text' });
    expect((await asText.rewards()).length).toBeGreaterThan(0);
    const other = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-meituan' },
      body: JSON.stringify({ query: '{ rewards { id title costPoints } }' }),
    });
    expect(other.status).toBe(400);
    expect(((await other.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('OPERATION_NOT_TRUSTED');
  });

  it('refuses another platform’s worker with the typed error’s code FORBIDDEN', async () => {
    const elemeWorker = await failure(partner.forWorker('ele-20001').benefits(HERE));
    expect(elemeWorker).toMatchObject({ code: 'FORBIDDEN', operation: 'Benefits', retryable: false });
    expect(elemeWorker.codes).toEqual(['FORBIDDEN']);

    const eleme = new PartnerClient({ endpoint: stack.gatewayUrl, apiKey: 'demo-eleme' });
    expect((await failure(eleme.forWorker('mt-10001').benefits(HERE))).code).toBe('FORBIDDEN');
    expect((await failure(eleme.findWorker('MEITUAN', 'mt-10001'))).code).toBe('FORBIDDEN');
    const courseId = (await eleme.openCourses())[0]!.id;
    expect((await failure(eleme.forWorker('mt-10001').enroll(courseId))).code).toBe('FORBIDDEN');
  });

  it('names the refused field of a BAD_USER_INPUT, and tells an unknown key and a missing gateway apart', async () => {
    const bad = await failure(partner.requestWorkerConsent({ name: '钱多', phone: '12345', occupation: 'COURIER', districtCode: '110105', platformExternalId: 'mt-pc-2' }));
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'phone', operation: 'RequestWorkerConsent' });

    const unknown = await failure(new PartnerClient({ endpoint: stack.gatewayUrl, apiKey: 'not-a-key' }).rewards());
    expect(unknown).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, retryable: false });

    const nobody = await failure(new PartnerClient({ endpoint: 'http://127.0.0.1:1/graphql', apiKey: 'demo-meituan' }).rewards());
    expect(nobody).toMatchObject({ code: 'NETWORK_ERROR', status: undefined, retryable: true });
  });

  // Last in this block: it stops the training subgraph of the shared stack.
  it('keeps the benefits other services answer while training is down, and says what is missing', async () => {
    const rider = partner.forWorker('mt-10001');
    const courseId = (await partner.openCourses())[0]!.id;
    await stack.kill('training', 'SIGKILL');

    const { actingWorker, stationsNear, errors } = await rider.benefits(HERE);
    expect(actingWorker).toMatchObject({ name: '王强', isUnionMember: true, pointsBalance: 10, enrollments: null, subsidyAvailableCents: null });
    expect(actingWorker!.reports!.length).toBeGreaterThan(0);
    expect(stationsNear![0]).toMatchObject({ station: { name: '三里屯暖心驿站' } });
    expect(errors.map((e) => e.path)).toEqual([['actingWorker']]);

    const enrol = await failure(rider.enroll(courseId));
    expect(enrol).toMatchObject({ operation: 'Enroll' });
    expect(enrol.errors.map((e) => e.path)).toEqual([['enroll']]);
  });
});

describe('the partner client under a rate limit', () => {
  let stack: Stack;
  beforeAll(async () => {
    // 100 points a second, 1000 at most in the bucket: a few catalogue reads empty it.
    stack = await startStack({ RATE_LIMIT_PER_MINUTE: '6000', RATE_LIMIT_BURST: '1000', TRUSTED_DOCUMENTS: 'enforce' });
  }, STARTUP_TIMEOUT_MS);
  afterAll(() => stack?.stop());

  it('throws RATE_LIMITED with retryAfterSeconds, and withRetries waits that long and succeeds', async () => {
    const partner = new PartnerClient({ endpoint: stack.gatewayUrl, apiKey: 'demo-meituan' });
    let limited: PartnerApiError | undefined;
    for (let i = 0; i < 50 && !limited; i++) {
      try {
        await partner.rewards();
      } catch (err) {
        if (!(err instanceof PartnerApiError)) throw err;
        limited = err;
      }
    }
    expect(limited).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryable: true });
    expect(limited!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(limited!.retryAfterSeconds).toBeLessThanOrEqual(10);

    const waits: number[] = [];
    const rewards = await withRetries(() => partner.rewards(), { onRetry: (err, _attempt, wait) => err.code === 'RATE_LIMITED' && waits.push(wait) });
    expect(rewards.length).toBeGreaterThan(0);
    expect(waits.length).toBeGreaterThan(0);

    // A wait longer than the caller accepts is not waited for: the error comes out as it is.
    const impatient = async () => {
      for (let i = 0; i < 50; i++) await withRetries(() => partner.rewards(), { maxWaitSeconds: 0 });
    };
    await expect(impatient()).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
