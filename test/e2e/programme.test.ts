/**
 * The programme additions of issue 20, each as its users meet it: through the gateway, on the
 * real processes, with the peer reads between services wired as `npm start` wires them (the
 * union answers training about memberships, stations answers training and governance about
 * stations). The rules themselves are tested in each service; this is the whole path.
 */
import { nameId } from '@nef/kit';
import { jpeg, gpsOfJpeg } from '../../services/governance/test/photo-fixtures';
import { STARTUP_TIMEOUT_MS, startStack, type Stack } from '../support/stack';

const CHEN_JING = nameId('demo:worker:chen-jing'); // mt-10002, union member
const WANGJING = nameId('demo:station:cy-wangjing');
const TUANJIEHU = nameId('demo:community:tuanjiehu');

interface Answer {
  data?: any;
  errors?: { message: string; extensions: { code: string; field?: string } }[];
  extensions?: { cost?: { requested: number } };
}

let stack: Stack;
let base: string;

beforeAll(async () => {
  stack = await startStack({}, { peers: true });
  base = stack.gatewayUrl.replace(/\/graphql$/, '');
}, STARTUP_TIMEOUT_MS);
afterAll(() => stack?.stop());

/** One request: the API key, for partners the acting worker, and the reader's language. */
async function gql(key: string | null, query: string, variables: Record<string, unknown> = {}, opts: { acting?: string; lang?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  if (opts.acting) headers['x-acting-worker'] = opts.acting;
  if (opts.lang) headers['accept-language'] = opts.lang;
  const res = await fetch(stack.gatewayUrl, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as Answer;
}
/** The data of a request that must succeed. */
async function ok(key: string | null, query: string, variables: Record<string, unknown> = {}, opts: { acting?: string; lang?: string } = {}) {
  const answer = await gql(key, query, variables, opts);
  expect(answer.errors ?? []).toEqual([]);
  return answer.data;
}
const codes = (a: Answer) => (a.errors ?? []).map((e) => e.extensions.code);

const COURSE_INPUT = { title: '电动车维修入门', category: 'SKILLS', mode: 'ONLINE', provider: '朝阳区总工会', districtCode: '110105', minLearners: 1 };
const RECONCILIATION = `query($m: String!) { subsidyReconciliation(month: $m, first: 100) { edges { node { grantedCents returnedCents } } } }`;
const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
const moved = async () => {
  const rows = (await ok('demo-training-operator', RECONCILIATION, { m: thisMonth() })).subsidyReconciliation.edges;
  return rows.reduce((s: { granted: number; returned: number }, e: any) => ({ granted: s.granted + e.node.grantedCents, returned: s.returned + e.node.returnedCents }), { granted: 0, returned: 0 });
};

describe('class on demand (点单) and the subsidy per enrolment', () => {
  it('opens a course from a request in one step, seats those who asked, applies the subsidy, and reopens the demand on cancellation', async () => {
    const requests = `{ courseRequestsPage(district: "110105", first: 100) { edges { node { id topic requests open fulfilledBy { id } } } } }`;
    const request = (await ok(null, requests)).courseRequestsPage.edges.map((e: any) => e.node).find((r: any) => r.topic === '电动车维修');
    expect(request).toMatchObject({ requests: 3, fulfilledBy: null });
    const before = await moved();

    const opened = (await ok(
      'demo-training-operator',
      `mutation($r: ID!, $i: CreateCourseInput!) { openCourseFromRequest(requestId: $r, input: $i) { course { id } request { fulfilledBy { id } } enrolled waitlisted } }`,
      { r: request.id, i: { ...COURSE_INPUT, capacity: 2, priceCents: 10_000, subsidyCents: 5_000 } },
    )).openCourseFromRequest;
    expect(opened).toMatchObject({ enrolled: 2, waitlisted: 1, request: { fulfilledBy: { id: opened.course.id } } });

    const roster = `query($c: ID!) { course(id: $c) { enrollmentsPage(first: 10) { totalCount edges { node { id status priceCents subsidyCents payableCents subsidyStatus worker { name } } } } } }`;
    // The organiser's roster names each learner, masked for a training operator, whole for an admin.
    const seen = (await ok('demo-training-operator', roster, { c: opened.course.id })).course.enrollmentsPage.edges.map((e: any) => e.node);
    expect(seen.map((n: any) => [n.worker.name, n.status])).toEqual([['陈*', 'ENROLLED'], ['张*', 'ENROLLED'], ['王*', 'WAITLISTED']]);
    const whole = (await ok('demo-admin', roster, { c: opened.course.id })).course.enrollmentsPage.edges.map((e: any) => e.node.worker.name);
    expect(whole).toEqual(['陈静', '张伟', '王强']);
    // The price to pay: 陈静 gets the subsidy; 张伟's yearly allowance is spent (demo); 王强 waits.
    expect(seen.map((n: any) => [n.subsidyStatus, n.subsidyCents, n.payableCents])).toEqual([
      ['GRANTED', 5_000, 5_000],
      ['CAP_REACHED', 0, 10_000],
      ['WAITING', 0, 10_000],
    ]);

    // A drop returns the subsidy; the waitlisted member moves up and is granted it.
    const dropped = (await ok('demo-meituan', `mutation($id: ID!) { dropEnrollment(id: $id) { status subsidyCents subsidyStatus } }`, { id: seen[0].id }, { acting: 'mt-10002' })).dropEnrollment;
    expect(dropped).toEqual({ status: 'DROPPED', subsidyCents: 0, subsidyStatus: 'RETURNED' });
    const after = (await ok('demo-admin', roster, { c: opened.course.id })).course.enrollmentsPage.edges.map((e: any) => [e.node.worker.name, e.node.status, e.node.subsidyStatus]);
    expect(after).toContainEqual(['王强', 'ENROLLED', 'GRANTED']);
    // Reconciled per union branch and month: both grants and the return are counted.
    expect(await moved()).toEqual({ granted: before.granted + 10_000, returned: before.returned + 5_000 });

    // Cancelled: every seat's subsidy comes back, and the demand is open to answer again.
    expect((await ok('demo-training-operator', `mutation($c: ID!) { cancelCourse(id: $c) { status } }`, { c: opened.course.id })).cancelCourse.status).toBe('CANCELLED');
    expect(await moved()).toEqual({ granted: before.granted + 10_000, returned: before.returned + 10_000 });
    const reopened = (await ok(null, requests)).courseRequestsPage.edges.map((e: any) => e.node).find((r: any) => r.id === request.id);
    expect(reopened).toMatchObject({ requests: 3, fulfilledBy: null });
  });

  it('never lets concurrent enrolments take more than the yearly cap between them', async () => {
    const available = `query($w: ID!) { worker(id: $w) { subsidyAvailableCents } }`;
    const left = (await ok('demo-admin', available, { w: CHEN_JING })).worker.subsidyAvailableCents;
    expect(left).toBeGreaterThan(0);
    const each = Math.ceil(left / 3); // four courses ask for more than is left; three take it all
    const courses = await Promise.all(
      Array.from({ length: 4 }, async (_, i) =>
        (await ok('demo-admin', `mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }`, {
          i: { ...COURSE_INPUT, title: `补贴并发 ${i}`, capacity: 5, priceCents: each, subsidyCents: each },
        })).createCourse.id,
      ),
    );
    const enrolled = await Promise.all(
      courses.map(async (c) => (await ok('demo-admin', `mutation($c: ID!, $w: ID) { enroll(courseId: $c, workerId: $w) { subsidyCents subsidyStatus } }`, { c, w: CHEN_JING })).enroll),
    );
    const granted = enrolled.reduce((s, e) => s + e.subsidyCents, 0);
    expect(granted).toBe(left);
    expect(enrolled.map((e) => e.subsidyStatus)).toContain('CAP_REACHED');
    expect((await ok('demo-admin', available, { w: CHEN_JING })).worker.subsidyAvailableCents).toBe(0);
    // A non-member is granted nothing, and told so.
    const nonMember = (await ok('demo-eleme', `mutation($c: ID!) { enroll(courseId: $c) { subsidyCents subsidyStatus payableCents } }`, { c: courses[0] }, { acting: 'ele-20001' })).enroll;
    expect(nonMember).toEqual({ subsidyCents: 0, subsidyStatus: 'NOT_MEMBER', payableCents: each });
  });
});

describe('rosters, attendance and certificates', () => {
  it('checks the station with stations, keeps an attendance sheet per session, and revokes a certificate its link then shows', async () => {
    const course = (await ok('demo-admin', `mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }`, {
      i: { ...COURSE_INPUT, title: '骑手急救实操', mode: 'OFFLINE', capacity: 5, certificateName: '急救员证' },
    })).createCourse.id;
    const enrollment = (await ok('demo-meituan', `mutation($c: ID!) { enroll(courseId: $c) { id status } }`, { c: course }, { acting: 'mt-10001' })).enroll;
    expect(enrollment.status).toBe('ENROLLED');

    const schedule = `mutation($c: ID!, $s: ID!, $from: DateTime!, $to: DateTime!) { scheduleSession(courseId: $c, input: { startsAt: $from, endsAt: $to, stationId: $s }) { id station { name } } }`;
    const times = { from: new Date(Date.now() - 2 * 3_600_000).toISOString(), to: new Date(Date.now() - 3_600_000).toISOString() };
    // A station stations does not know is refused, in the reader's language, and nothing is written.
    const unknown = await gql('demo-admin', schedule, { c: course, s: nameId('no such station'), ...times }, { lang: 'zh-CN' });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.stationId' } });
    expect(unknown.errors?.[0]?.message).toMatch(/驿站/);
    const session = (await ok('demo-admin', schedule, { c: course, s: WANGJING, ...times })).scheduleSession;
    expect(session.station.name).toBe('望京骑手之家');

    const sheet = `query($c: ID!) { course(id: $c) { sessionsPage { edges { node { attendance { totalCount attendedCount edges { node { attended enrollment { worker { name } } } } pageInfo { hasNextPage } } } } } } }`;
    const lines = async (key: string) => (await ok(key, sheet, { c: course })).course.sessionsPage.edges[0].node.attendance;
    expect(await lines('demo-training-operator')).toEqual({
      totalCount: 1,
      attendedCount: 0,
      edges: [{ node: { attended: false, enrollment: { worker: { name: '王*' } } } }],
      pageInfo: { hasNextPage: false },
    });
    expect(codes(await gql('demo-meituan', sheet, { c: course }, { acting: 'mt-10001' }))).toContain('FORBIDDEN');
    await ok('demo-training-operator', `mutation($e: ID!, $s: ID!) { recordAttendance(enrollmentId: $e, sessionId: $s) { attendedSessions } }`, { e: enrollment.id, s: session.id });
    expect((await lines('demo-training-operator')).attendedCount).toBe(1);

    const completed = (await ok('demo-training-operator', `mutation($e: ID!) { completeEnrollment(id: $e, holderName: "王强") { status certificateNo } }`, { e: enrollment.id })).completeEnrollment;
    expect(completed.status).toBe('COMPLETED');
    const check = async () => {
      const res = await fetch(`${base}/certificate?number=${completed.certificateNo}`);
      expect(res.status).toBe(200);
      return (await res.json()) as { status: string; holderName: string; revokedReason: string | null };
    };
    expect(await check()).toMatchObject({ status: 'VALID', holderName: '王*', revokedReason: null });
    const revoked = (await ok('demo-training-operator', `mutation($n: String!) { revokeCertificate(number: $n, reason: "误发") { status revokedReason } }`, { n: completed.certificateNo })).revokeCertificate;
    expect(revoked).toEqual({ status: 'REVOKED', revokedReason: '误发' });
    expect(await check()).toMatchObject({ status: 'REVOKED', revokedReason: '误发' });
  });
});

describe('reports: photos, history, search', () => {
  it('stores an uploaded photo without its location, follows the report’s public history, and finds it by text and area', async () => {
    const photo = jpeg({ gps: true, xmp: true, comment: true });
    expect(gpsOfJpeg(photo)).not.toBeNull();
    const upload = `mutation($b: String!) { uploadReportPhoto(contentBase64: $b) { id contentType path } }`;
    const uploaded = (await ok('demo-meituan', upload, { b: photo.toString('base64') }, { acting: 'mt-10001' })).uploadReportPhoto;
    expect(uploaded.contentType).toBe('image/jpeg');
    // Not an image, and too large: refused by their bytes.
    expect(codes(await gql('demo-meituan', upload, { b: Buffer.from('not a photo').toString('base64') }, { acting: 'mt-10001' }))).toEqual(['BAD_USER_INPUT']);
    const big = Buffer.concat([photo, Buffer.alloc(700_001 - photo.length)]);
    expect(codes(await gql('demo-meituan', upload, { b: big.toString('base64') }, { acting: 'mt-10001' }))).toEqual(['BAD_USER_INPUT']);

    const report = (await ok('demo-meituan', `mutation($p: ID!) { submitReport(input: { category: TRAFFIC_SAFETY, description: "望京街口井盖松动 loose MANHOLE cover", location: { lat: 39.991, lng: 116.471 }, districtCode: "110105", photoIds: [$p] }) { id photos { id path } } }`, { p: uploaded.id }, { acting: 'mt-10001' })).submitReport;
    expect(report.photos.map((p: any) => p.id)).toEqual([uploaded.id]);
    const stored = await fetch(`${base}${report.photos[0].path}`);
    expect(stored.status).toBe(200);
    expect(stored.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await stored.arrayBuffer());
    expect(gpsOfJpeg(bytes)).toBeNull();
    expect(bytes.includes(Buffer.from('GPSLatitude'))).toBe(false);

    await ok('demo-governance-operator', `mutation($r: ID!) { reviewReport(id: $r, decision: ACCEPT, note: "内部", publicNote: "已受理") { status } postReportUpdate(id: $r, note: "已联系市政") { status } }`, { r: report.id });
    const history = (await ok('demo-meituan', `query($r: ID!) { report(id: $r) { history { kind status publicNote } } }`, { r: report.id }, { acting: 'mt-10001' })).report.history;
    expect(history).toEqual([
      { kind: 'STATUS_CHANGE', status: 'SUBMITTED', publicNote: null },
      { kind: 'STATUS_CHANGE', status: 'ACCEPTED', publicNote: '已受理' },
      { kind: 'PUBLIC_NOTE', status: 'ACCEPTED', publicNote: '已联系市政' },
    ]);

    const search = `query($f: ReportFilter) { reports(filter: $f, first: 100) { edges { node { id } } } }`;
    const found = async (f: object) => (await ok(null, search, { f })).reports.edges.map((e: any) => e.node.id);
    expect(await found({ text: 'manhole', near: { center: { lat: 39.991, lng: 116.471 }, radiusMeters: 200 } })).toEqual([report.id]);
    expect(await found({ text: '井盖', within: { southWest: { lat: 39.9, lng: 116.4 }, northEast: { lat: 40.1, lng: 116.6 } } })).toContain(report.id);
    expect(await found({ text: '井盖', near: { center: { lat: 39.9, lng: 116.3 }, radiusMeters: 500 } })).not.toContain(report.id);
  });
});

describe('gate passes', () => {
  it('registers a rider, shows the guard a masked name and the platform, revokes, and logs every check', async () => {
    const asked = (await ok('demo-meituan', `mutation($c: ID!) { requestGatePass(communityId: $c, holderName: "王强") { id status platform } }`, { c: TUANJIEHU }, { acting: 'mt-10001' })).requestGatePass;
    expect(asked).toMatchObject({ status: 'PENDING', platform: 'MEITUAN' });
    const pass = (await ok('demo-governance-operator', `mutation($id: ID!) { decideGatePassRequest(id: $id, approve: true) { status pass { id code valid } } }`, { id: asked.id })).decideGatePassRequest.pass;
    expect(pass.valid).toBe(true);
    const check = `mutation($c: ID!, $code: String!) { checkGatePass(communityId: $c, code: $code) { result holderName platform } }`;
    expect((await ok('demo-governance-operator', check, { c: TUANJIEHU, code: pass.code.toLowerCase() })).checkGatePass).toEqual({ result: 'ADMITTED', holderName: '王*', platform: 'MEITUAN' });
    await ok('demo-governance-operator', `mutation($id: ID!) { revokeGatePass(id: $id, reason: "截图转借") { valid } }`, { id: pass.id });
    expect((await ok('demo-governance-operator', check, { c: TUANJIEHU, code: pass.code })).checkGatePass.result).toBe('REVOKED');
    const log = (await ok('demo-governance-operator', `query($c: ID!) { community(id: $c) { entryLog(first: 2) { edges { node { result holderName } } pageInfo { hasNextPage } } } }`, { c: TUANJIEHU })).community.entryLog;
    expect(log.edges.map((e: any) => e.node.result)).toEqual(['REVOKED', 'ADMITTED']);
    expect(codes(await gql('demo-meituan', `query($c: ID!) { community(id: $c) { entryLog { totalCount } } }`, { c: TUANJIEHU }, { acting: 'mt-10001' }))).toContain('FORBIDDEN');
  });
});

describe('offers, export and import', () => {
  it('schedules, edits and withdraws an offer; the export carries it and imports back unchanged; a CSV without ids imports once', async () => {
    const station = (await ok('demo-stations-operator', `{ stations(filter: { kinds: [FRIENDLY_MERCHANT] }, first: 1) { edges { node { id } } } }`)).stations.edges[0].node.id as string;
    const startsAt = new Date(Date.now() + 10 * 86_400_000).toISOString();
    const offer = (await ok('demo-stations-operator', `mutation($s: ID!, $at: DateTime!) { addMerchantOffer(stationId: $s, input: { title: "骑手冬令套餐", priceCents: 1500, originalPriceCents: 2500, startsAt: $at }) { id status } }`, { s: station, at: startsAt })).addMerchantOffer;
    expect(offer.status).toBe('SCHEDULED');
    expect((await ok('demo-stations-operator', `mutation($id: ID!) { updateMerchantOffer(id: $id, input: { priceCents: 1200 }) { priceCents status } }`, { id: offer.id })).updateMerchantOffer).toEqual({ priceCents: 1200, status: 'SCHEDULED' });

    const exported = async () => (await (await fetch(`${base}/stations.geojson`)).json()) as { features: { properties: { id: string; offers: { id: string }[] } }[] };
    const offersOf = (layer: Awaited<ReturnType<typeof exported>>) => layer.features.find((f) => f.properties.id === station)!.properties.offers.map((o) => o.id);
    const layer = await exported();
    expect(offersOf(layer)).toContain(offer.id);
    const importFile = `mutation($f: StationFileFormat!, $c: String!) { importStations(format: $f, content: $c) { written created updated unchanged offersCreated offersUpdated problems { __typename } } }`;
    const again = (await ok('demo-stations-operator', importFile, { f: 'GEOJSON', c: JSON.stringify(layer) })).importStations;
    expect(again).toMatchObject({ created: 0, updated: 0, offersCreated: 0, offersUpdated: 0, problems: [] });
    expect(again.unchanged).toBe(layer.features.length);

    expect((await ok('demo-stations-operator', `mutation($id: ID!) { withdrawMerchantOffer(id: $id) { status } }`, { id: offer.id })).withdrawMerchantOffer.status).toBe('WITHDRAWN');
    expect(offersOf(await exported())).not.toContain(offer.id);

    const csv = 'name,kind,address,operator,district_code,lat,lng,amenities,open_24h\n测试暖心驿站,WARM_STATION,朝阳区测试路1号,测试,110105,39.95,116.45,DRINKING_WATER;MICROWAVE,true\n';
    expect((await ok('demo-stations-operator', importFile, { f: 'CSV', c: csv })).importStations).toMatchObject({ written: true, created: 1 });
    expect((await ok('demo-stations-operator', importFile, { f: 'CSV', c: csv })).importStations).toMatchObject({ created: 0, unchanged: 1 });
    expect(codes(await gql('demo-meituan', importFile, { f: 'CSV', c: csv }))).toEqual(['FORBIDDEN']);
  });
});

describe('pages and costs', () => {
  it('pages a worker’s points history with after and pageInfo', async () => {
    const q = `query($after: String) { actingWorker { pointsHistoryConnection(first: 1, after: $after) { totalCount edges { node { delta } } pageInfo { hasNextPage endCursor } } } }`;
    const first = (await ok('demo-meituan', q, {}, { acting: 'mt-10001' })).actingWorker.pointsHistoryConnection;
    expect(first.totalCount).toBeGreaterThan(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ok('demo-meituan', q, { after: first.pageInfo.endCursor }, { acting: 'mt-10001' })).actingWorker.pointsHistoryConnection;
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo.endCursor).not.toBe(first.pageInfo.endCursor);
  });

  it('answers the natural queries of the issue within the cost limit, with default page sizes', async () => {
    // Consultations with their measures and each measure's history: the list, then the page.
    for (const q of [`{ consultations { id measures { id status history { status } } } }`, `{ consultationsPage { edges { node { id measures { id status history { status } } } } } }`]) {
      const consultations = await gql('demo-admin', q);
      expect(consultations.errors ?? []).toEqual([]);
      expect(consultations.extensions!.cost!.requested).toBeLessThanOrEqual(5000);
    }
    // All districts with their breakdowns from the four subgraphs.
    const districts = await gql('demo-dashboard', `{ districts { code
      stationMetrics { stations byKind { kind count } }
      unionMetrics { members byOccupation { key count } byPlatform { key count } }
      trainingMetrics { courses byCategory { key count } }
      governanceMetrics { reports byCategory { key count } byStatus { key count } } } }`);
    expect(districts.errors ?? []).toEqual([]);
    expect(districts.extensions!.cost!.requested).toBeLessThanOrEqual(5000);
  });
});
