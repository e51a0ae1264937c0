import { nameId } from '@nef/kit';
import { codesOf, outboxCode, registerWithConsent, startStack, until, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

/**
 * Trust between platforms, through the real gateway and all four services: a second platform
 * gets a worker only with the code sent to her phone; withdrawing its consent stops its reads in
 * every service at once, through this gateway and another; and the worker, through the partner
 * acting for her, sees who read her data, takes a copy of everything, and closes the account.
 */

const WANGJING = nameId('demo:station:cy-wangjing');
const CHAOYANG = '110105';
const SUMMARY = `{ actingWorker { id name isUnionMember pointsBalance enrollments { id } reports { id } stationVisits { id } } }`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, STARTUP_TIMEOUT_MS);
afterAll(() => stack?.stop());

const person = (name: string, phone: string, account: string) => ({ name, phone, occupation: 'FOOD_DELIVERY', districtCode: CHAOYANG, platformExternalId: account });

async function privacy(method: 'GET' | 'POST', path: string, key: string, acting?: string, body?: unknown) {
  const res = await fetch(stack.gatewayUrl.replace(/\/graphql$/, `/privacy/${path}`), {
    method,
    headers: { authorization: `Bearer ${key}`, ...(acting ? { 'x-acting-worker': acting } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

/** A worker ELEME holds, with something in every service: a membership and a case, a visit, an enrolment, a report. */
async function busyElemeWorker(phone: string, account: string) {
  const id = await registerWithConsent(stack, 'demo-eleme', person('林小燕', phone, account));
  const eleme = stack.client('demo-eleme', account);
  const { unionBranches } = await eleme.request<any>(`{ unionBranches(district: "${CHAOYANG}") { id level } }`);
  await eleme.request(`mutation($b: ID!) { joinUnion(branchId: $b, channel: PLATFORM_REFERRAL) { status } }`, { b: unionBranches.find((b: any) => b.level === 'DISTRICT').id });
  await eleme.request(`mutation { openAssistanceCase(kind: LEGAL_AID, summary: "电动车被撞，需要法律援助") { id } }`);
  await eleme.request(`mutation($s: ID!) { recordVisit(stationId: $s) { id } }`, { s: WANGJING });
  const { courses } = await eleme.request<any>(`{ courses(first: 100) { edges { node { id status capacity enrolledCount } } } }`);
  const course = courses.edges.map((e: any) => e.node).find((c: any) => ['PLANNED', 'CONFIRMED'].includes(c.status) && c.enrolledCount < c.capacity);
  await eleme.request(`mutation($c: ID!) { enroll(courseId: $c) { status } }`, { c: course.id });
  const report = await eleme.request<any>(`mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }`, {
    input: { category: 'BLOCKED_FIRE_EXIT', description: '小区消防通道被电动车堵住', location: { lat: 39.92, lng: 116.46 }, districtCode: CHAOYANG, idempotencyKey: `rights-${account}` },
  });
  return { id, courseId: course.id as string, enrolledBefore: course.enrolledCount as number, reportId: report.submitReport.id as string };
}

describe('a second platform and the worker’s consent', () => {
  it('gets nothing before the code comes back, then the worker in every service; a withdrawal stops it at once, here and on another gateway', async () => {
    const w = await busyElemeWorker('13622220001', 'ele-rights-1');
    const asked = await stack.client('demo-meituan').request<any>(
      `mutation($input: RegisterWorkerInput!) { requestWorkerConsent(input: $input) { id phone } }`,
      { input: person('别的名字', '13622220001', 'mt-rights-1') },
    );
    expect(asked.requestWorkerConsent.phone).toBe('136****0001');
    // Before the code: the account names no one, and the old route is refused the same way as for a stranger.
    expect(await codesOf(stack.client('demo-meituan', 'mt-rights-1').request(SUMMARY))).toEqual(['FORBIDDEN']);
    expect(await codesOf(stack.client('demo-meituan').request(`query($id: ID!) { worker(id: $id) { name } }`, { id: w.id }))).toEqual(['FORBIDDEN']);
    const direct = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-meituan', 'accept-language': 'zh-CN' },
      body: JSON.stringify({ query: `mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id name } }`, variables: { input: person('别的名字', '13622220001', 'mt-rights-x') } }),
    });
    const refused = (await direct.json()) as { data: { registerWorker: unknown }; errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(refused.data.registerWorker).toBeNull();
    expect(refused.errors[0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' });
    expect(refused.errors[0]!.message).toContain('劳动者同意');
    // Partners never search by phone, whole or in part.
    for (const search of ['13622220001', '0001']) {
      expect(await codesOf(stack.client('demo-meituan').request(`query($s: String!) { workers(filter: { search: $s }) { totalCount } }`, { s: search }))).toEqual(['FORBIDDEN']);
    }

    const code = await outboxCode(stack, '13622220001');
    await stack.client('demo-meituan').request(`mutation($c: ID!, $code: String!) { confirmWorkerConsent(challengeId: $c, code: $code) { id } }`, { c: asked.requestWorkerConsent.id, code });
    const meituan = stack.client('demo-meituan', 'mt-rights-1');
    const seen = (await meituan.request<any>(SUMMARY)).actingWorker;
    expect(seen).toMatchObject({ id: w.id, name: '林小燕', isUnionMember: true });
    expect([seen.enrollments.length, seen.reports.length, seen.stationVisits.length]).toEqual([1, 1, 1]);

    // A second gateway over the same services, which has resolved the account too.
    const other = await stack.startGateway({});
    const viaOther = async () => {
      const res = await fetch(other.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer demo-meituan', 'x-acting-worker': 'mt-rights-1' },
        body: JSON.stringify({ query: SUMMARY }),
      });
      return (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
    };
    expect((await viaOther()).data?.actingWorker?.id).toBe(w.id);

    // The worker withdraws MEITUAN's consent in MEITUAN's app.
    const revoked = await meituan.request<any>(`mutation { revokeConsent(platform: "MEITUAN") { revokedAt } }`);
    expect(revoked.revokeConsent.revokedAt).not.toBeNull();
    // This gateway: at once, in every service (nothing of her comes back).
    expect(await codesOf(meituan.request(SUMMARY))).toEqual(['FORBIDDEN']);
    for (const q of [`{ actingWorker { pointsBalance } }`, `{ actingWorker { enrollments { id } } }`, `{ actingWorker { stationVisits { id } } }`]) {
      expect(await codesOf(meituan.request(q))).toEqual(['FORBIDDEN']);
    }
    // The other gateway: as soon as it hears the union's links version move (it polls each second).
    const started = Date.now();
    await until(async () => (await viaOther()).errors?.[0]?.extensions?.code === 'FORBIDDEN', 5_000, () => 'the other gateway still acts for the worker');
    expect(Date.now() - started).toBeLessThan(5_000);
    await other.stop();
    // ELEME is untouched.
    expect((await stack.client('demo-eleme', 'ele-rights-1').request<any>(SUMMARY)).actingWorker.id).toBe(w.id);
  });
});

describe('the worker’s rights through the partner acting for her', () => {
  it('shows who read her data, in every service', async () => {
    const w = await busyElemeWorker('13622220002', 'ele-rights-2');
    // A union operator reads her whole phone (audited in union); governance's reviewer reads the reporter.
    await stack.client('demo-admin').request(`query($id: ID!) { worker(id: $id) { phone } }`, { id: w.id });
    const log = await privacy('GET', 'access-log', 'demo-eleme', 'ele-rights-2');
    expect(log.status).toBe(200);
    expect(log.body.workerId).toBe(w.id);
    const entries = log.body.entries as { at: string; service: string; role: string; field: string }[];
    expect(entries).toEqual(expect.arrayContaining([expect.objectContaining({ service: 'union', role: 'admin', field: 'Worker.phone' })]));
    expect([...entries].sort((a, b) => b.at.localeCompare(a.at))).toEqual(entries);
    // Another platform's key, or a partner acting for someone else, reads none of it.
    expect((await privacy('GET', 'access-log', 'demo-meituan', 'ele-rights-2')).status).toBe(403);
    expect((await privacy('GET', 'access-log', 'demo-dashboard')).status).toBe(403);
  });

  it('gives her a copy of everything the four services hold about her, in one request', async () => {
    const w = await busyElemeWorker('13622220003', 'ele-rights-3');
    const copy = await privacy('GET', 'export', 'demo-eleme', 'ele-rights-3');
    expect(copy.status).toBe(200);
    expect(copy.headers.get('content-disposition')).toContain(`worker-data-${w.id}.json`);
    const s = copy.body.services;
    expect(Object.keys(s).sort()).toEqual(['governance', 'stations', 'training', 'union']);
    // Through the partner, the union's part is what that platform may see (the phone masked);
    // the whole record is given at a union desk.
    expect(s.union.worker).toMatchObject({ id: w.id, name: '林小燕', phone: '136****0003' });
    const atDesk = await privacy('GET', `export?worker=${w.id}`, 'demo-union-operator');
    expect(atDesk.body.services.union.worker.phone).toBe('13622220003');
    expect(s.union.membership.status).toBe('ACTIVE');
    expect(s.union.assistanceCases.map((c: any) => c.summary)).toEqual(['电动车被撞，需要法律援助']);
    expect(s.union.consents.map((c: any) => [c.platform.code, c.method])).toEqual([['ELEME', 'SMS_CODE']]);
    expect(s.stations.visits).toHaveLength(1);
    expect(s.training.enrollments.map((e: any) => e.courseId ?? e.course?.id)).toEqual([w.courseId]);
    expect(s.governance.reports.map((r: any) => r.id)).toEqual([w.reportId]);
    // No secrets travel: no keyed hashes or ciphertext.
    expect(JSON.stringify(copy.body)).not.toMatch(/phoneHash|phoneEnc|codeHash|storageKey/);
  });

  it('closes her account in every service, keeping the public hazard record and giving her seat back', async () => {
    const w = await busyElemeWorker('13622220004', 'ele-rights-4');
    const seats = async () => (await stack.client('demo-admin').request<any>(`query($id: ID!) { course(id: $id) { enrolledCount } }`, { id: w.courseId })).course.enrolledCount;
    expect(await seats()).toBe(w.enrolledBefore + 1);
    expect((await privacy('POST', 'close', 'demo-eleme', 'ele-rights-4', {})).status).toBe(400);
    // The partner alone cannot close her account: it needs the code sent to her phone.
    const withoutCode = await privacy('POST', 'close', 'demo-eleme', 'ele-rights-4', { confirm: 'CLOSE' });
    expect([withoutCode.status, withoutCode.body.errors[0].extensions.reason]).toEqual([400, 'CLOSURE_CODE_REQUIRED']);
    const asked = await stack.client('demo-eleme', 'ele-rights-4').request<any>(`mutation { requestAccountClosure { id phone } }`);
    expect(asked.requestAccountClosure.phone).toBe('136****0004');
    const code = await outboxCode(stack, '13622220004');
    const wrong = await privacy('POST', 'close', 'demo-eleme', 'ele-rights-4', { confirm: 'CLOSE', challengeId: asked.requestAccountClosure.id, code: code === '000000' ? '111111' : '000000' });
    expect([wrong.status, wrong.body.errors[0].extensions.reason]).toEqual([400, 'CODE_WRONG']);
    expect(await seats()).toBe(w.enrolledBefore + 1);
    // Another platform cannot use her code.
    expect((await privacy('POST', 'close', 'demo-meituan', 'ele-rights-4', { confirm: 'CLOSE', challengeId: asked.requestAccountClosure.id, code })).status).toBe(403);
    const closed = await privacy('POST', 'close', 'demo-eleme', 'ele-rights-4', { confirm: 'CLOSE', challengeId: asked.requestAccountClosure.id, code });
    expect(closed.status).toBe(200);
    expect(closed.body.services.union).toMatchObject({ workersDeleted: 1, accountsUnlinked: 1, membershipsDeleted: 1, casesDeleted: 1 });
    expect(closed.body.services.stations).toMatchObject({ visitsDeleted: 1 });
    expect(await seats()).toBe(w.enrolledBefore);

    const admin = stack.client('demo-admin');
    expect((await admin.request<any>(`query($id: ID!) { worker(id: $id) { id } }`, { id: w.id })).worker).toBeNull();
    const report = (await admin.request<any>(`query($id: ID!) { report(id: $id) { id status category reporter { id } description } }`, { id: w.reportId })).report;
    expect(report).toMatchObject({ id: w.reportId, category: 'BLOCKED_FIRE_EXIT', reporter: null });
    expect(report.description).not.toContain('电动车');
    // Her platform can no longer act for her: the account names no one, in every service.
    expect(await codesOf(stack.client('demo-eleme', 'ele-rights-4').request(SUMMARY))).toEqual(['FORBIDDEN']);
    // The same phone may register afresh later: nothing of the closed account is linked to it.
    const again = await registerWithConsent(stack, 'demo-eleme', person('林小燕', '13622220004', 'ele-rights-4b'));
    expect(again).not.toBe(w.id);
    const fresh = (await stack.client('demo-eleme', 'ele-rights-4b').request<any>(SUMMARY)).actingWorker;
    expect(fresh).toMatchObject({ isUnionMember: false, enrollments: [], reports: [], stationVisits: [] });
  });
});
