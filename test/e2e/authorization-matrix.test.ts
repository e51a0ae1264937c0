import { nameId } from '@nef/kit';
import type { GraphQLClient } from 'graphql-request';
import { codesOf, registerWithConsent, startStack, type Stack, STARTUP_TIMEOUT_MS } from '../support/stack';

/**
 * The authorization matrix through the real gateway: every role against every personal field
 * and every mutation of the four subgraphs. Expectations come from the documented rules (the
 * root README's "Who may do what", docs/architecture.md and each service's README), written
 * once below as predicates over the caller; the cases are generated from them.
 *
 * One stack for the whole file. Reads run first, against the demo data; mutations run last,
 * on throwaway rows made in beforeAll, and within each mutation the refused callers go before
 * the allowed ones, so every refusal is tried against a row in its original state.
 */

type Domain = 'stations' | 'union' | 'training' | 'governance';
type Kind = 'anonymous' | 'partner' | 'dashboard' | 'operator' | 'admin';

/** Who calls: an API key (none: anonymous) and, for partners, the X-Acting-Worker account. */
interface Caller {
  label: string;
  key?: string;
  acting?: string;
  kind: Kind;
  platform?: string;
  domain?: Domain;
  districts?: string[];
}

/** A demo worker as the fixtures describe it. */
interface Person {
  key: string;
  id: string;
  name: string;
  phone: string;
  masked: string;
  platforms: string[];
  account: [platform: string, externalId: string];
  /** A report the worker submitted through `platforms[0]`. */
  report: string;
  /** An assistance case of the worker. */
  assistanceCase: string;
  /** A course the worker is enrolled in. */
  course: string;
  /**
   * Platforms the worker let see union records made elsewhere (SHARE_UNION_RECORDS). The demo
   * accounts were linked before consents were recorded, and such LEGACY consents carry every
   * scope: without it a partner would not read the demo cases, which were opened at the union.
   */
  sharesUnionRecordsWith: string[];
}

const worker = (key: string) => nameId(`demo:worker:${key}`);
const CHAOYANG = '110105';
const HAIDIAN = '110108';
const CHAOYANG_BRANCH = nameId('demo:branch:chaoyang');
const TUANJIEHU = nameId('demo:community:tuanjiehu');
const PAST_CLEANUP = nameId('demo:volunteer-activity:tuanjiehu-ebike-cleanup');
const CHEN_JING = worker('chen-jing');

const WANG: Person = {
  key: 'wang-qiang',
  id: worker('wang-qiang'),
  name: '王强',
  phone: '13800138001',
  masked: '138****8001',
  platforms: ['MEITUAN'],
  account: ['MEITUAN', 'mt-10001'],
  report: nameId('demo:report:tuanjiehu-stairwell-ebike'),
  assistanceCase: nameId('demo:case:wang-qiang-wages'),
  course: nameId('demo:course:ebike-safety'),
  sharesUnionRecordsWith: ['MEITUAN'],
};
const LI_NA: Person = {
  key: 'li-na',
  id: worker('li-na'),
  name: '李娜',
  phone: '13900139002',
  masked: '139****9002',
  platforms: ['ELEME'],
  account: ['ELEME', 'ele-20001'],
  report: nameId('demo:report:zhongguancun-fire-exit'),
  assistanceCase: nameId('demo:case:li-na-counselling'),
  course: nameId('demo:course:delivery-qualification'),
  sharesUnionRecordsWith: ['ELEME'],
};

const ANONYMOUS: Caller = { label: 'anonymous', kind: 'anonymous' };
const MEITUAN: Caller = { label: 'partner without acting worker', key: 'demo-meituan', kind: 'partner', platform: 'MEITUAN' };
const DASHBOARD: Caller = { label: 'dashboard (city)', key: 'demo-dashboard', kind: 'dashboard' };
const CHAOYANG_DASHBOARD: Caller = { label: 'dashboard (Chaoyang only)', key: 'demo-chaoyang-dashboard', kind: 'dashboard', districts: [CHAOYANG] };
const operator = (domain: Domain): Caller => ({ label: `${domain} operator`, key: `demo-${domain}-operator`, kind: 'operator', domain });
const ADMIN: Caller = { label: 'admin', key: 'demo-admin', kind: 'admin' };
const OPERATORS = (['stations', 'union', 'training', 'governance'] as const).map(operator);

// ---------------------------------------------------------------------------------------------
// The documented rules, as predicates
// ---------------------------------------------------------------------------------------------

/** Admins and the domain's operators (the demo operator keys list no districts). */
const isStaff = (c: Caller, domain: Domain) => c.kind === 'admin' || (c.kind === 'operator' && c.domain === domain);

/** Union README: union staff see every worker; a partner the workers with an account on its platform. */
const seesWorker = (c: Caller, p: Person) => isStaff(c, 'union') || (c.kind === 'partner' && p.platforms.includes(c.platform!));

/**
 * Union README: training operators reach workers through course rosters and see their id and
 * masked name (王强 -> 王*) on any path that leads to a worker, and nothing else of theirs.
 */
const seesMaskedNameOnly = (c: Caller, p: Person) => !seesWorker(c, p) && c.kind === 'operator' && c.domain === 'training';
const maskedName = (name: string) => [...name].map((ch, i) => (i === 0 ? ch : '*')).join('');

/** A domain's personal data of a worker: admins, the domain's operators, the partner acting for exactly that worker. */
const readsPersonal = (c: Caller, domain: Domain, p: Person, actingFor: string | undefined) =>
  isStaff(c, domain) || (c.kind === 'partner' && actingFor === p.id);

/** Governance README: admins, governance operators, the platform the report came through, the partner acting for the reporter. */
const seesReporter = (c: Caller, p: Person, actingFor: string | undefined) =>
  isStaff(c, 'governance') || (c.kind === 'partner' && (c.platform === p.platforms[0] || actingFor === p.id));

/**
 * Union README (PIPL): a worker's assistance case, opened at the union, reaches union staff and a
 * partner acting for that worker only when the worker shared union records with the partner.
 */
const readsUnionCase = (c: Caller, p: Person, actingFor: string | undefined) =>
  isStaff(c, 'union') || (c.kind === 'partner' && actingFor === p.id && p.sharesUnionRecordsWith.includes(c.platform!));

/** District metrics: admins, dashboards and the domain's operators, each within their key's districts. */
const readsMetrics = (c: Caller, domain: Domain, district: string) =>
  (c.kind === 'admin' || c.kind === 'dashboard' || (c.kind === 'operator' && c.domain === domain)) &&
  (!c.districts || c.districts.includes(district));

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

interface Reply {
  data: any;
  codes: string[];
}

async function run(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<Reply> {
  try {
    return { data: await client.request(query, variables), codes: [] };
  } catch (err) {
    const response = (err as { response?: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }).response;
    if (!response?.errors) throw err;
    return { data: response.data ?? null, codes: response.errors.map((e) => String(e.extensions?.code)) };
  }
}

const at = (data: any, path: string[]): any => path.reduce((v, k) => (v == null ? v : v[k]), data);

let stack: Stack;
const clients = new Map<string, GraphQLClient>();
function clientOf(c: Caller): GraphQLClient {
  const id = `${c.key ?? ''}|${c.acting ?? ''}`;
  let client = clients.get(id);
  if (!client) clients.set(id, (client = stack.client(c.key, c.acting)));
  return client;
}

/** What a refused call answered: each error's code, reason (extensions.reason) and message; empty when it was not refused. */
async function refusal(c: Caller, query: string, variables: Record<string, unknown> = {}) {
  try {
    await clientOf(c).request(query, variables);
    return [];
  } catch (err) {
    const errors = (err as { response?: { errors?: { message: string; extensions?: { code?: string; reason?: string } }[] } }).response?.errors;
    if (!errors) throw err;
    return errors.map((e) => ({ code: e.extensions?.code, reason: e.extensions?.reason, message: e.message }));
  }
}

/** Runs one call and returns its data, failing loudly: fixtures must not half-exist. */
async function must(c: Caller, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const r = await run(clientOf(c), query, variables);
  if (r.codes.length) throw new Error(`fixture failed (${r.codes.join(', ')}): ${query}`);
  return r.data;
}

const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

/** Rows made for the matrix, so that mutations touch nothing the read cases rely on. */
interface Fixtures {
  passCode: Record<string, string>;
  own: Subject;
  other: Subject;
  station: string;
  measure: string;
  courseA: string;
  pastSession: string;
  courseC: string;
  courseCancel: string;
  /** One row per allowed caller (operator, admin) of the mutations that move a row only once. */
  reviewReports: string[];
  dispatchReports: string[];
  resolveReports: string[];
  reward: string;
  vouchersToUse: string[];
  community: string;
  rolesToEnd: string[];
  /** The subjects' reports submitted through their partner and reviewed with a note. */
  notedReport: Record<string, string>;
  activity: string;
}

/** A throwaway worker with its own rows: the partner's own worker, or another platform's. */
interface Subject {
  worker: string;
  assistanceCase: string;
  enrollmentA: string;
  enrollmentB: string;
  /** Vouchers to cancel, one per allowed caller. */
  redemptions: string[];
}

const fx = {} as Fixtures;
const OWN_ACCOUNT = 'mt-e2e-own';
const OWN_PHONE = '13511110001';
const OTHER_ACCOUNT = 'ele-e2e-other';
const person = (name: string, phone: string, account: string) => ({ name, phone, occupation: 'FOOD_DELIVERY', districtCode: CHAOYANG, platformExternalId: account });

async function makeFixtures() {
  const meituanOwn: Caller = { ...MEITUAN, acting: OWN_ACCOUNT };

  // Gate passes: the public way (gatePass(code) { worker }) into every subgraph's Worker.
  const wang = await must(ADMIN, 'query($id: ID!) { worker(id: $id) { gatePasses { code } } }', { id: WANG.id });
  const liNa = await must(ADMIN, 'mutation($c: ID!, $w: ID) { issueGatePass(communityId: $c, workerId: $w) { code } }', { c: TUANJIEHU, w: LI_NA.id });
  fx.passCode = { [WANG.id]: wang.worker.gatePasses[0].code, [LI_NA.id]: liNa.issueGatePass.code };

  // Partners register with the worker's consent: the code sent to the phone, given back through the platform.
  const own = await registerWithConsent(stack, 'demo-meituan', person('矩阵甲', OWN_PHONE, OWN_ACCOUNT));
  const other = await registerWithConsent(stack, 'demo-eleme', person('矩阵乙', '13511110002', OTHER_ACCOUNT));
  // The own worker joins through its partner, so its membership history has a partner's actor.
  await must(meituanOwn, 'mutation($b: ID!) { joinUnion(branchId: $b, channel: PLATFORM_REFERRAL) { status } }', { b: CHAOYANG_BRANCH });
  await must(ADMIN, 'mutation($w: ID, $b: ID!) { joinUnion(workerId: $w, branchId: $b, channel: ONLINE_QR) { status } }', { w: other, b: CHAOYANG_BRANCH });

  const openCase = 'mutation($w: ID) { openAssistanceCase(workerId: $w, kind: WAGE_DISPUTE, summary: "矩阵测试") { id } }';
  const consultation = await must(ADMIN, 'mutation($input: ConsultationInput!) { recordConsultation(input: $input) { measures { id } } }', {
    input: { title: '矩阵恳谈会', platform: 'MEITUAN', branchId: CHAOYANG_BRANCH, heldAt: '2025-10-01T14:00:00+08:00', workerRepresentatives: 5, measures: [{ category: 'CARE', description: '矩阵措施' }] },
  });
  fx.measure = consultation.recordConsultation.measures[0].id;

  const station = await must(ADMIN, 'mutation($input: CreateStationInput!) { createStation(input: $input) { id } }', {
    input: { name: '矩阵驿站', kind: 'WARM_STATION', address: '朝阳区矩阵路1号', districtCode: CHAOYANG, location: { lat: 39.92, lng: 116.45 }, amenities: ['DRINKING_WATER'], open24h: true, operator: '矩阵' },
  });
  fx.station = station.createStation.id;

  const createCourse = async (title: string) =>
    (await must(ADMIN, 'mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }', {
      input: { title, category: 'SKILLS', mode: 'ONLINE', provider: '矩阵', districtCode: CHAOYANG, minLearners: 1, capacity: 50 },
    })).createCourse.id as string;
  const schedule = async (course: string, from: number, to: number) =>
    (await must(ADMIN, 'mutation($c: ID!, $input: SessionInput!) { scheduleSession(courseId: $c, input: $input) { id } }', {
      c: course,
      input: { startsAt: hoursFromNow(from), endsAt: hoursFromNow(to), onlineUrl: 'https://ketang.example.org/live/matrix' },
    })).scheduleSession.id as string;
  const enroll = async (course: string, w: string) =>
    (await must(ADMIN, 'mutation($c: ID!, $w: ID) { enroll(courseId: $c, workerId: $w) { id } }', { c: course, w })).enroll.id as string;
  // Course A is running (its one session started an hour ago), so attendance can be recorded.
  fx.courseA = await createCourse('矩阵课程A');
  fx.pastSession = await schedule(fx.courseA, -1, 24 * 7);
  const courseB = await createCourse('矩阵课程B');
  await schedule(courseB, 24 * 5, 24 * 5 + 1);
  fx.courseC = await createCourse('矩阵课程C');
  await schedule(fx.courseC, 24 * 6, 24 * 6 + 1);
  fx.courseCancel = await createCourse('矩阵课程D');
  await schedule(fx.courseCancel, 24 * 8, 24 * 8 + 1);

  await must(ADMIN, 'mutation($w: ID!) { adjustPoints(workerId: $w, delta: 1000, note: "矩阵") { delta } }', { w: own });
  await must(ADMIN, 'mutation($w: ID!) { adjustPoints(workerId: $w, delta: 1000, note: "矩阵") { delta } }', { w: other });
  fx.reward = (await must(ADMIN, 'mutation($input: RewardInput!) { createReward(input: $input) { id } }', {
    input: { title: '矩阵奖励', costPoints: 1, stock: 1000, districtCode: CHAOYANG },
  })).createReward.id;
  const redeem = async (w: string, k: string) =>
    (await must(ADMIN, 'mutation($r: ID!, $w: ID, $k: String!) { redeemReward(rewardId: $r, workerId: $w, idempotencyKey: $k) { id voucherCode } }', { r: fx.reward, w, k })).redeemReward as { id: string; voucherCode: string };
  fx.vouchersToUse = [(await redeem(own, 'matrix-use-1')).voucherCode, (await redeem(own, 'matrix-use-2')).voucherCode];

  const submit = async (key: string) =>
    (await must(ADMIN, 'mutation($input: SubmitReportInput!, $w: ID) { submitReport(input: $input, workerId: $w) { id } }', {
      w: own,
      input: { category: 'PUBLIC_ORDER', description: `矩阵上报 ${key}`, location: { lat: 39.95, lng: 116.5 }, districtCode: CHAOYANG, idempotencyKey: key },
    })).submitReport.id as string;
  const accept = (id: string) => must(ADMIN, 'mutation($id: ID!) { reviewReport(id: $id, decision: ACCEPT) { status } }', { id });
  const accepted = async (key: string) => {
    const id = await submit(key);
    await accept(id);
    return id;
  };
  fx.reviewReports = [await submit('matrix-review-1'), await submit('matrix-review-2')];
  fx.dispatchReports = [await accepted('matrix-dispatch-1'), await accepted('matrix-dispatch-2')];
  fx.resolveReports = [await accepted('matrix-resolve-1'), await accepted('matrix-resolve-2')];

  // A report of each read subject, submitted through its own partner and rejected with a note.
  fx.notedReport = {};
  for (const [p, acting] of [[WANG, 'mt-10001'], [LI_NA, 'ele-20001']] as const) {
    const partner: Caller = { label: p.key, key: p.account[0] === 'MEITUAN' ? 'demo-meituan' : 'demo-eleme', acting, kind: 'partner' };
    const filed = await must(partner, 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id } }', {
      input: { category: 'OTHER', description: `矩阵备注 ${p.key}`, location: { lat: 39.8, lng: 116.7 }, districtCode: '110112', idempotencyKey: `matrix-noted-${p.key}` },
    });
    fx.notedReport[p.id] = filed.submitReport.id;
    await must(ADMIN, 'mutation($id: ID!) { reviewReport(id: $id, decision: REJECT, note: "矩阵：重复拍摄") { status } }', { id: filed.submitReport.id });
  }

  fx.community = (await must(ADMIN, 'mutation($input: CommunityInput!) { createCommunity(input: $input) { id } }', {
    input: { name: '矩阵社区', districtCode: CHAOYANG, riderFriendly: true },
  })).createCommunity.id;
  const assign = async (role: string) =>
    (await must(ADMIN, 'mutation($w: ID!, $c: ID!, $r: RoleKind!) { assignVolunteerRole(workerId: $w, communityId: $c, role: $r) { id } }', { w: own, c: fx.community, r: role })).assignVolunteerRole.id as string;
  fx.rolesToEnd = [await assign('GRID_MEMBER'), await assign('DEPUTY_BUILDING_HEAD')];
  fx.activity = (await must(ADMIN, 'mutation($input: ActivityInput!) { createVolunteerActivity(input: $input) { id } }', {
    input: { title: '矩阵活动', communityId: fx.community, startsAt: hoursFromNow(24 * 7), hours: 2, pointsPerParticipant: 5, capacity: 50 },
  })).createVolunteerActivity.id;

  const subject = async (w: string, tag: string): Promise<Subject> => ({
    worker: w,
    assistanceCase: (await must(ADMIN, openCase, { w })).openAssistanceCase.id,
    enrollmentA: await enroll(fx.courseA, w),
    enrollmentB: await enroll(courseB, w),
    redemptions: [(await redeem(w, `matrix-cancel-${tag}-1`)).id, (await redeem(w, `matrix-cancel-${tag}-2`)).id, (await redeem(w, `matrix-cancel-${tag}-3`)).id],
  });
  fx.own = await subject(own, 'own');
  fx.other = await subject(other, 'other');
}

beforeAll(async () => {
  stack = await startStack();
  await makeFixtures();
}, STARTUP_TIMEOUT_MS);
afterAll(() => stack?.stop());

// ---------------------------------------------------------------------------------------------
// Reads: personal fields, nested paths, listings and district metrics
// ---------------------------------------------------------------------------------------------

/** A caller reading one worker's data (the subject). */
interface Viewer extends Caller {
  subject: Person;
  /** The worker the partner acts for (X-Acting-Worker resolved). */
  actingFor?: string;
}

const MEITUAN_FOR_WANG = { key: 'demo-meituan', acting: 'mt-10001', kind: 'partner', platform: 'MEITUAN', actingFor: WANG.id } as const;
const VIEWERS: Viewer[] = [
  { ...ANONYMOUS, subject: WANG },
  { label: 'partner acting for its own worker', ...MEITUAN_FOR_WANG, subject: WANG },
  { label: "partner acting for its worker, reading another platform's worker", ...MEITUAN_FOR_WANG, subject: LI_NA },
  { ...MEITUAN, subject: WANG },
  { ...DASHBOARD, subject: WANG },
  { ...CHAOYANG_DASHBOARD, subject: WANG },
  ...OPERATORS.map((o) => ({ ...o, subject: WANG })),
  { ...ADMIN, subject: WANG },
];

interface ReadCase {
  name: string;
  query: string;
  vars: () => Record<string, unknown>;
  /** Where the answer is, for both outcomes: present when allowed, null when refused. */
  path: string[];
  allowed: boolean;
  check?: (value: any) => void;
  /** Refused, the answer may still name the subject: the refusal is of one field under a worker the caller may see. */
  namesSubject?: boolean;
}

interface PersonalField {
  field: string;
  owner: Domain;
  /** The field @requires union data, so the union must show the worker too. */
  requiresUnion?: boolean;
  select: string;
  check?: (value: any, v: Viewer) => void;
}

const PERSONAL_FIELDS: PersonalField[] = [
  { field: 'name', owner: 'union', select: 'name', check: (value, v) => expect(value).toBe(seesMaskedNameOnly(v, v.subject) ? maskedName(v.subject.name) : v.subject.name) },
  {
    field: 'phone',
    owner: 'union',
    select: 'phone',
    check: (value, v) => expect(value).toBe(isStaff(v, 'union') ? v.subject.phone : v.subject.masked),
  },
  {
    field: 'platformAccounts',
    owner: 'union',
    select: 'platformAccounts { platform { code } externalId }',
    check: (value: { platform: { code: string } }[], v) =>
      expect(value.map((a) => a.platform.code).sort()).toEqual(v.kind === 'partner' ? [v.platform] : [...v.subject.platforms].sort()),
  },
  { field: 'membership', owner: 'union', select: 'membership { memberNo status branch { name } }', check: (value) => expect(value.status).toBe('ACTIVE') },
  { field: 'membership.history', owner: 'union', select: 'membership { history { status at actor } }', check: (value) => expect(value.history.length).toBeGreaterThan(0) },
  { field: 'isUnionMember', owner: 'union', select: 'isUnionMember', check: (value) => expect(value).toBe(true) },
  { field: 'enrollments', owner: 'training', select: 'enrollments { status course { id } }', check: (value) => expect(value.length).toBeGreaterThan(0) },
  // @requires(isUnionMember): the gateway must first be shown the worker's membership by the union.
  { field: 'subsidyAvailableCents', owner: 'training', requiresUnion: true, select: 'subsidyAvailableCents', check: (value) => expect(typeof value).toBe('number') },
  { field: 'pointsBalance', owner: 'governance', select: 'pointsBalance', check: (value) => expect(value).toBeGreaterThan(0) },
  { field: 'pointsHistory', owner: 'governance', select: 'pointsHistory(first: 5) { delta reason }', check: (value) => expect(value.length).toBeGreaterThan(0) },
  { field: 'reports', owner: 'governance', select: 'reports { id }', check: (value) => expect(value.length).toBeGreaterThan(0) },
  { field: 'redemptions', owner: 'governance', select: 'redemptions { id worker { id } }', check: (value) => expect(Array.isArray(value)).toBe(true) },
  { field: 'volunteerRoles', owner: 'governance', select: 'volunteerRoles { role worker { id } }', check: (value) => expect(value.length).toBeGreaterThan(0) },
  { field: 'gatePasses', owner: 'governance', select: 'gatePasses { code worker { id } }', check: (value) => expect(value.length).toBeGreaterThan(0) },
  { field: 'stationVisits', owner: 'stations', select: 'stationVisits(first: 5) { at station { id } worker { id } }', check: (value) => expect(value.length).toBeGreaterThan(0) },
];

const fieldKey = (select: string) => select.split(/[\s({]/)[0]!;


function readCases(v: Viewer): ReadCase[] {
  const p = v.subject;
  const cases: ReadCase[] = [];
  for (const f of PERSONAL_FIELDS) {
    const key = fieldKey(f.select);
    const domainOk = f.owner === 'union' || readsPersonal(v, f.owner, p, v.actingFor);
    const unionOk = seesWorker(v, p);
    cases.push({
      name: `Worker.${f.field} through worker(id)`,
      query: `query($id: ID!) { worker(id: $id) { id ${f.select} } }`,
      vars: () => ({ id: p.id }),
      path: ['worker', key],
      // worker(id) is the union's: the worker must be visible there first.
      allowed: unionOk && domainOk,
      check: f.check && ((value) => f.check!(value, v)),
    });
    cases.push({
      name: `Worker.${f.field} through gatePass(code) { worker }`,
      query: `query($code: String!) { gatePass(code: $code) { valid worker { id ${f.select} } } }`,
      vars: () => ({ code: fx.passCode[p.id] }),
      path: ['gatePass', 'worker', key],
      // The pass is public and its worker only a reference: each subgraph decides on its own fields.
      allowed:
        f.owner === 'union' ? unionOk || (f.field === 'name' && seesMaskedNameOnly(v, p)) : f.requiresUnion ? domainOk && unionOk : domainOk,
      check: f.check && ((value) => f.check!(value, v)),
    });
  }

  cases.push({
    name: 'public data: stations with offers, counts and timetables, districts, courses, requests, certificates, reports without reporters, rewards, communities, activities, platforms, branches, gate passes',
    query: `query($r: ID!, $s: ID!, $code: String!) {
      stations(first: 2) { totalCount } districts { code }
      station(id: $s) { name offers { title } visitCount upcomingSessions { startsAt } rewards { title } }
      courses(first: 2) { totalCount edges { node { title enrolledCount } } } courseRequests { topic requests }
      certificate(number: "TRN-DEMO000000000001") { holderName }
      report(id: $r) { category status district { code } }
      rewards { title } communities { name } volunteerActivities { title }
      platforms { code } unionBranches { name }
      gatePass(code: $code) { valid community { name } worker { id } } }`,
    vars: () => ({ r: p.report, s: nameId('demo:station:cy-aoti'), code: fx.passCode[p.id] }),
    path: ['gatePass', 'worker', 'id'],
    allowed: true,
    check: (value) => expect(value).toBe(p.id),
  });
  cases.push({
    name: 'actingWorker: the worker acted for, null for everyone else',
    query: '{ actingWorker { id } }',
    vars: () => ({}),
    path: ['actingWorker'],
    allowed: true,
    check: (value) => expect(value).toEqual(v.actingFor ? { id: v.actingFor } : null),
  });
  cases.push({
    name: 'Report.reviewNote: null unless the reporter is visible',
    query: 'query($r: ID!) { report(id: $r) { status reviewNote } }',
    vars: () => ({ r: fx.notedReport[p.id] }),
    path: ['report', 'reviewNote'],
    allowed: true,
    check: (value) => expect(value).toBe(seesReporter(v, p, v.actingFor) ? '矩阵：重复拍摄' : null),
  });
  if (v.kind !== 'anonymous') {
    cases.push({
      name: 'worker(id) of no one: FORBIDDEN like a worker out of reach, null for union staff',
      query: 'query($id: ID!) { worker(id: $id) { id } }',
      vars: () => ({ id: '00000000-0000-7000-8000-000000000000' }),
      path: ['worker'],
      allowed: isStaff(v, 'union'),
      check: (value) => expect(value).toBeNull(),
    });
  }
  cases.push({
    name: 'Report.reporter',
    query: 'query($r: ID!) { report(id: $r) { category reporter { id } } }',
    vars: () => ({ r: p.report }),
    path: ['report', 'reporter'],
    allowed: seesReporter(v, p, v.actingFor),
    check: (value) => expect(value.id).toBe(p.id),
  });
  cases.push({
    name: 'Report.reporter nested into the worker: reporter { name pointsBalance }',
    query: 'query($r: ID!) { report(id: $r) { category reporter { name pointsBalance } } }',
    vars: () => ({ r: p.report }),
    // Refused, the points are null (Worker.pointsBalance is nullable), or the whole reporter is.
    path: seesReporter(v, p, v.actingFor) && seesWorker(v, p) && readsPersonal(v, 'governance', p, v.actingFor) ? ['report', 'reporter'] : ['report', 'reporter', 'pointsBalance'],
    allowed: seesReporter(v, p, v.actingFor) && seesWorker(v, p) && readsPersonal(v, 'governance', p, v.actingFor),
    namesSubject: seesReporter(v, p, v.actingFor) && seesWorker(v, p),
    check: (value) => expect(value.name).toBe(p.name),
  });
  cases.push({
    name: 'reports listing with every reporter (reporters of several platforms)',
    query: '{ reports(first: 50) { totalCount edges { node { id reporter { id } } } } }',
    vars: () => ({}),
    // Refused, each reporter is null (Report.reporter is nullable) and the public listing stands.
    path: isStaff(v, 'governance') ? ['reports'] : ['reports', 'edges', '0', 'node', 'reporter'],
    allowed: isStaff(v, 'governance'),
    check: (value: { edges: { node: { reporter: { id: string } } }[] }) =>
      expect(value.edges.map((e) => e.node.reporter.id)).toEqual(expect.arrayContaining([WANG.id, LI_NA.id])),
  });
  cases.push({
    name: 'assistanceCase(id) with its worker',
    query: 'query($id: ID!) { assistanceCase(id: $id) { summary worker { id name } } }',
    vars: () => ({ id: p.assistanceCase }),
    path: ['assistanceCase'],
    // Union README: union operators, admins, and the partner acting for that very worker when the
    // case was made through it or the worker shared union records with it.
    allowed: readsUnionCase(v, p, v.actingFor),
    check: (value) => expect(value.worker).toEqual({ id: p.id, name: p.name }),
  });
  cases.push({
    name: 'assistanceCases: all for union staff, only the acting worker’s readable ones for a partner',
    query: '{ assistanceCases(first: 50) { id worker { id } } }',
    vars: () => ({}),
    path: ['assistanceCases'],
    allowed: isStaff(v, 'union') || (v.kind === 'partner' && !!v.actingFor),
    check: (value: { id: string; worker: { id: string } }[]) => {
      if (v.kind === 'partner') {
        expect(value.filter((c) => c.worker.id !== v.actingFor)).toEqual([]);
        if (readsUnionCase(v, p, v.actingFor)) expect(value.map((c) => c.id)).toContain(p.assistanceCase);
        else expect(value.map((c) => c.id)).not.toContain(p.assistanceCase);
      } else {
        expect(value.map((c) => c.worker.id)).toEqual(expect.arrayContaining([WANG.id, LI_NA.id]));
      }
    },
  });
  cases.push({
    name: 'Course.enrollments (roster) with each enrolment’s worker',
    query: 'query($id: ID!) { course(id: $id) { title enrollments { status worker { id } } } }',
    vars: () => ({ id: p.course }),
    path: ['course', 'enrollments'],
    // Training README: organisers see everyone; a partner acting for a worker only that worker's line.
    allowed: isStaff(v, 'training') || (v.kind === 'partner' && !!v.actingFor),
    check: (value: { worker: { id: string } }[]) => {
      const ids = value.map((e) => e.worker.id);
      if (v.kind !== 'partner') expect(ids).toContain(p.id);
      else if (v.actingFor === p.id) expect(ids).toEqual([p.id]);
      else expect(ids.filter((id) => id !== v.actingFor)).toEqual([]);
    },
  });
  cases.push({
    name: 'workerByPlatformAccount',
    query: 'query($p: ID!, $x: String!) { workerByPlatformAccount(platform: $p, externalId: $x) { id name } }',
    vars: () => ({ p: p.account[0], x: p.account[1] }),
    path: ['workerByPlatformAccount'],
    allowed: isStaff(v, 'union') || (v.kind === 'partner' && v.platform === p.account[0]),
    check: (value) => expect(value).toEqual({ id: p.id, name: p.name }),
  });
  const listsOtherPlatform = v.kind === 'partner' && !p.platforms.includes(v.platform!);
  cases.push({
    name: listsOtherPlatform ? 'workers(filter: { platform }) of another platform' : 'workers: the registry, a partner only its own platform’s',
    query: 'query($f: WorkerFilter) { workers(filter: $f, first: 100) { edges { node { id } } } }',
    vars: () => ({ f: listsOtherPlatform ? { platform: p.account[0] } : null }),
    path: ['workers'],
    allowed: isStaff(v, 'union') || (v.kind === 'partner' && !listsOtherPlatform),
    check: (value: { edges: { node: { id: string } }[] }) => {
      const ids = value.edges.map((e) => e.node.id);
      expect(ids).toContain(WANG.id);
      if (v.kind === 'partner') expect(ids).not.toContain(LI_NA.id);
      else expect(ids).toContain(LI_NA.id);
    },
  });
  cases.push({
    name: 'workers(filter: { search }) by the whole phone number: union staff only, never partners',
    query: 'query($f: WorkerFilter) { workers(filter: $f, first: 100) { edges { node { id } } } }',
    vars: () => ({ f: { search: p.phone } }),
    path: ['workers'],
    allowed: isStaff(v, 'union'),
    check: (value: { edges: { node: { id: string } }[] }) => expect(value.edges.map((e) => e.node.id)).toEqual([p.id]),
  });
  cases.push({
    name: listsOtherPlatform ? 'consultations(platform) of another platform' : 'consultations: a partner only its own platform’s',
    query: 'query($p: ID) { consultations(platform: $p) { title platform { code } } }',
    vars: () => ({ p: listsOtherPlatform ? p.account[0] : null }),
    path: ['consultations'],
    allowed: isStaff(v, 'union') || (v.kind === 'partner' && !listsOtherPlatform),
    check: (value: { platform: { code: string } }[]) => {
      expect(value.length).toBeGreaterThan(0);
      if (v.kind === 'partner') expect(new Set(value.map((c) => c.platform.code))).toEqual(new Set([v.platform]));
    },
  });
  const metrics: [Domain, string][] = [
    ['stations', 'stationMetrics { stations visits }'],
    ['union', 'unionMetrics { members openCases }'],
    ['training', 'trainingMetrics { courses enrollments }'],
    ['governance', 'governanceMetrics { reports resolved }'],
  ];
  if (!listsOtherPlatform) {
    for (const [domain, select] of metrics) {
      for (const district of [CHAOYANG, HAIDIAN]) {
        cases.push({
          name: `District.${fieldKey(select)} of ${district}`,
          query: `query($d: ID!) { district(code: $d) { name ${select} } }`,
          vars: () => ({ d: district }),
          path: ['district', fieldKey(select)],
          allowed: readsMetrics(v, domain, district),
        });
      }
    }
  }
  return cases;
}

async function expectRead(c: Caller, rc: ReadCase, subject?: Person) {
  const { data, codes } = await run(clientOf(c), rc.query, rc.vars());
  const value = at(data, rc.path);
  if (rc.allowed) {
    expect(codes).toEqual([]);
    expect(value).toBeDefined();
    rc.check?.(value);
  } else {
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['FORBIDDEN']));
    expect(value ?? null).toBeNull();
    if (subject && !rc.namesSubject) {
      const text = JSON.stringify(data ?? null);
      expect(text).not.toContain(subject.name);
      expect(text).not.toContain(subject.phone.slice(-4));
    }
  }
}

describe('reads', () => {
  describe.each(VIEWERS)('$label', (v) => {
    it.each(readCases(v).map((rc) => ({ ...rc, title: `${rc.allowed ? 'ALLOWED' : 'FORBIDDEN'}: ${rc.name}` })))('$title', (rc) =>
      expectRead(v, rc, v.subject),
    );
  });

  describe("partner acting for another platform's account (demo-eleme, X-Acting-Worker: mt-10001)", () => {
    const eleme: Caller = { label: 'eleme acting for mt-10001', key: 'demo-eleme', acting: 'mt-10001', kind: 'partner', platform: 'ELEME' };
    it.each([
      { name: 'actingWorker', query: '{ actingWorker { id name } }' },
      { name: 'worker(id)', query: `{ worker(id: "${WANG.id}") { name } }` },
      { name: 'public data', query: '{ platforms { code } }' },
    ])('FORBIDDEN: $name', async ({ query }) => {
      const { data, codes } = await run(clientOf(eleme), query);
      expect(codes).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(data ?? null)).not.toContain(WANG.name);
    });
  });

  describe('a worker on two platforms (陈静: mt-10002 and ele-20002)', () => {
    const chen: Person = {
      key: 'chen-jing',
      id: CHEN_JING,
      name: '陈静',
      phone: '15000150005',
      masked: '150****0005',
      platforms: ['MEITUAN', 'ELEME'],
      account: ['MEITUAN', 'mt-10002'],
      report: nameId('demo:report:guomao-crossing'),
      assistanceCase: '',
      course: WANG.course,
      sharesUnionRecordsWith: ['MEITUAN', 'ELEME'],
    };
    const elemeForChen: Caller = { label: 'eleme acting for ele-20002', key: 'demo-eleme', acting: 'ele-20002', kind: 'partner', platform: 'ELEME' };
    const elemeForLiNa: Caller = { label: 'eleme acting for ele-20001', key: 'demo-eleme', acting: 'ele-20001', kind: 'partner', platform: 'ELEME' };
    const meituanForWang: Caller = { label: 'meituan acting for mt-10001', key: 'demo-meituan', acting: 'mt-10001', kind: 'partner', platform: 'MEITUAN' };
    const meituanForChen: Caller = { label: 'meituan acting for mt-10002', key: 'demo-meituan', acting: 'mt-10002', kind: 'partner', platform: 'MEITUAN' };
    const accounts = '{ actingWorker { id phone platformAccounts { platform { code } externalId } } }';

    it('ALLOWED: each partner sees only its own platform’s account of the worker, phone masked', async () => {
      const eleme = await run(clientOf(elemeForChen), accounts);
      expect(eleme.data.actingWorker).toEqual({ id: CHEN_JING, phone: chen.masked, platformAccounts: [{ platform: { code: 'ELEME' }, externalId: 'ele-20002' }] });
      const meituan = await run(clientOf(meituanForChen), accounts);
      expect(meituan.data.actingWorker).toEqual({ id: CHEN_JING, phone: chen.masked, platformAccounts: [{ platform: { code: 'MEITUAN' }, externalId: 'mt-10002' }] });
    });
    const cases: [Caller, ReadCase][] = [
      [elemeForChen, { name: 'ALLOWED: the reporter of a report submitted through another platform, when acting for the reporter', query: `{ report(id: "${chen.report}") { reporter { id } } }`, vars: () => ({}), path: ['report', 'reporter'], allowed: true }],
      [elemeForLiNa, { name: 'FORBIDDEN: that reporter when acting for someone else', query: `{ report(id: "${chen.report}") { reporter { id } } }`, vars: () => ({}), path: ['report', 'reporter'], allowed: false }],
      [meituanForWang, { name: 'ALLOWED: that reporter for the platform the report came through, acting for someone else', query: `{ report(id: "${chen.report}") { reporter { id } } }`, vars: () => ({}), path: ['report', 'reporter'], allowed: true }],
      [elemeForLiNa, { name: 'ALLOWED: the union’s view of a worker who is also on the partner’s platform', query: `{ worker(id: "${CHEN_JING}") { name phone } }`, vars: () => ({}), path: ['worker', 'name'], allowed: true, check: (n) => expect(n).toBe(chen.name) }],
      [elemeForLiNa, { name: 'FORBIDDEN: that worker’s points when acting for someone else', query: `{ worker(id: "${CHEN_JING}") { pointsBalance } }`, vars: () => ({}), path: ['worker', 'pointsBalance'], allowed: false }],
      [elemeForLiNa, { name: 'FORBIDDEN: that worker’s enrolments when acting for someone else', query: `{ worker(id: "${CHEN_JING}") { enrollments { id } } }`, vars: () => ({}), path: ['worker', 'enrollments'], allowed: false }],
      [elemeForLiNa, { name: 'FORBIDDEN: that worker’s visits when acting for someone else', query: `{ worker(id: "${CHEN_JING}") { stationVisits { id } } }`, vars: () => ({}), path: ['worker', 'stationVisits'], allowed: false }],
    ];
    it.each(cases.map(([c, rc]) => ({ c, rc, title: rc.name })))('$title', ({ c, rc }) => expectRead(c, rc));
  });

  describe('membership history actors', () => {
    const query = 'query($id: ID!) { worker(id: $id) { membership { history { status actor } } } }';
    it('shows union staff the key that acted, and partners only the kind of actor', async () => {
      const staff = await run(clientOf(operator('union')), query, { id: fx.own.worker });
      expect(staff.data.worker.membership.history[0]).toEqual({ status: 'ACTIVE', actor: 'partner:MEITUAN:demo-meituan' });
      const partner = await run(clientOf({ ...MEITUAN, acting: OWN_ACCOUNT }), query, { id: fx.own.worker });
      expect(partner.data.worker.membership.history[0]).toEqual({ status: 'ACTIVE', actor: 'partner:MEITUAN' });
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Mutations: every mutation of the four schemas, by every role
// ---------------------------------------------------------------------------------------------

type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'NEEDS_ACTING';

/** A caller of a mutation, and whose rows it names: the partner's own worker's, or another platform's. */
interface Actor extends Caller {
  other?: boolean;
}

const MEITUAN_FOR_OWN = { key: 'demo-meituan', acting: OWN_ACCOUNT, kind: 'partner', platform: 'MEITUAN' } as const;
const ACTORS: Actor[] = [
  ANONYMOUS,
  { label: 'partner acting for its own worker', ...MEITUAN_FOR_OWN },
  { label: "partner acting for its worker, naming another platform's worker", ...MEITUAN_FOR_OWN, other: true },
  MEITUAN,
  DASHBOARD,
  CHAOYANG_DASHBOARD,
  ...OPERATORS,
  ADMIN,
];

interface MutationSpec {
  name: string;
  doc: string;
  /** The documented rule. */
  rule: (a: Actor) => Outcome;
  /** i: a number unique to the call; n: which allowed caller this is (0 for refused ones), to pick a row of its own. */
  vars: (a: Actor, s: Subject, i: number, n: number) => Record<string, unknown>;
  /** Whether the mutation names a worker or a worker's row (so the "another platform" actor applies). */
  worker?: boolean;
}

/** Only admins and the domain's operators. */
const managers = (domain: Domain) => (a: Actor): Outcome => (isStaff(a, domain) ? 'ALLOWED' : 'FORBIDDEN');

/**
 * For a worker: the partner acting for it (without an acting worker there is no one to act
 * for), the domain's operators and admins naming it; never another platform's worker.
 */
const forWorker =
  (domain: Domain, withoutActing: Outcome = 'NEEDS_ACTING') =>
  (a: Actor): Outcome => {
    if (a.kind === 'partner') return a.other ? 'FORBIDDEN' : a.acting ? 'ALLOWED' : withoutActing;
    return isStaff(a, domain) ? 'ALLOWED' : 'FORBIDDEN';
  };

/** workerId as each caller sends it: a partner acting for its own worker leaves it out. */
const named = (a: Actor, s: Subject) => (a.kind === 'partner' && a.acting && !a.other ? null : s.worker);
const pad = (i: number) => String(i).padStart(4, '0');

const MUTATIONS: MutationSpec[] = [
  // stations
  {
    name: 'createStation',
    doc: 'mutation($input: CreateStationInput!) { createStation(input: $input) { id } }',
    rule: managers('stations'),
    vars: (_a, _s, i) => ({
      input: { name: `矩阵驿站${i}`, kind: 'RIDER_HOME', address: '朝阳区矩阵路2号', districtCode: CHAOYANG, location: { lat: 39.93, lng: 116.46 }, amenities: ['WIFI'], open24h: true, operator: '矩阵' },
    }),
  },
  {
    name: 'updateStation',
    doc: 'mutation($id: ID!, $input: UpdateStationInput!) { updateStation(id: $id, input: $input) { id } }',
    rule: managers('stations'),
    vars: (_a, _s, i) => ({ id: fx.station, input: { name: `矩阵驿站改${i}` } }),
  },
  {
    name: 'addMerchantOffer',
    doc: 'mutation($s: ID!, $input: MerchantOfferInput!) { addMerchantOffer(stationId: $s, input: $input) { id } }',
    rule: managers('stations'),
    vars: (_a, _s, i) => ({ s: fx.station, input: { title: `矩阵套餐${i}`, priceCents: 990, originalPriceCents: 1800 } }),
  },
  {
    name: 'recordVisit',
    doc: 'mutation($s: ID!, $w: ID, $k: String) { recordVisit(stationId: $s, workerId: $w, idempotencyKey: $k) { id } }',
    rule: forWorker('stations'),
    worker: true,
    vars: (a, s, i) => ({ s: fx.station, w: named(a, s), k: `matrix-visit-${i}` }),
  },
  // union
  {
    name: 'createPlatform',
    doc: 'mutation($c: ID!) { createPlatform(code: $c, name: "矩阵平台") { code } }',
    rule: (a) => (a.kind === 'admin' ? 'ALLOWED' : 'FORBIDDEN'),
    vars: (_a, _s, i) => ({ c: `MATRIX_${i}` }),
  },
  {
    name: 'createUnionBranch',
    doc: 'mutation($input: UnionBranchInput!) { createUnionBranch(input: $input) { id } }',
    rule: managers('union'),
    vars: (_a, _s, i) => ({ input: { name: `矩阵分会${i}`, level: 'SUBDISTRICT', districtCode: CHAOYANG } }),
  },
  {
    name: 'registerWorker',
    doc: 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }',
    // Union staff register in person. A partner only gets back the worker its own account is
    // linked to already: a new account needs the worker's code (requestWorkerConsent), so here,
    // with a new account, it is FORBIDDEN (CONSENT_REQUIRED), acting for someone or not.
    rule: (a) => (isStaff(a, 'union') ? 'ALLOWED' : 'FORBIDDEN'),
    vars: (a, _s, i) => ({
      input: {
        name: `矩阵新人${i}`,
        phone: `1352222${pad(i)}`,
        occupation: 'COURIER',
        districtCode: CHAOYANG,
        ...(a.kind === 'partner' ? { platformExternalId: `mt-e2e-reg-${i}` } : {}),
      },
    }),
  },
  {
    name: 'linkPlatformAccount',
    doc: 'mutation($w: ID!, $p: ID!, $x: String!) { linkPlatformAccount(workerId: $w, platform: $p, externalId: $x) { id } }',
    // Staff link any platform's account. A partner only repeats its own link (a no-op, ALLOWED);
    // another platform's worker is FORBIDDEN. Linking the same account again is a no-op.
    rule: (a) => (a.kind === 'partner' ? (a.other ? 'FORBIDDEN' : 'ALLOWED') : isStaff(a, 'union') ? 'ALLOWED' : 'FORBIDDEN'),
    worker: true,
    vars: (a, s, i) => ({ w: s.worker, p: 'MEITUAN', x: a.other ? `mt-e2e-steal-${i}` : OWN_ACCOUNT }),
  },
  {
    name: 'joinUnion',
    doc: 'mutation($w: ID, $b: ID!) { joinUnion(workerId: $w, branchId: $b, channel: PLATFORM_REFERRAL) { status } }',
    rule: forWorker('union'),
    worker: true,
    vars: (a, s) => ({ w: named(a, s), b: CHAOYANG_BRANCH }),
  },
  {
    name: 'lapseMembership',
    doc: 'mutation($w: ID!) { lapseMembership(workerId: $w, reason: "会费未续") { status } }',
    rule: managers('union'),
    worker: true,
    vars: (_a, s) => ({ w: s.worker }),
  },
  {
    name: 'withdrawMembership',
    doc: 'mutation($w: ID!) { withdrawMembership(workerId: $w, reason: "矩阵") { status } }',
    rule: forWorker('union', 'FORBIDDEN'),
    worker: true,
    vars: (_a, s) => ({ w: s.worker }),
  },
  {
    name: 'recordConsultation',
    doc: 'mutation($input: ConsultationInput!) { recordConsultation(input: $input) { id } }',
    rule: managers('union'),
    vars: (_a, _s, i) => ({
      input: { title: `矩阵恳谈会${i}`, platform: 'MEITUAN', branchId: CHAOYANG_BRANCH, heldAt: '2025-10-01T14:00:00+08:00', workerRepresentatives: 5, measures: [{ category: 'SAFETY', description: '矩阵措施' }] },
    }),
  },
  {
    name: 'updateMeasureStatus',
    doc: 'mutation($id: ID!) { updateMeasureStatus(id: $id, status: IN_PROGRESS) { status } }',
    rule: managers('union'),
    vars: () => ({ id: fx.measure }),
  },
  {
    name: 'openAssistanceCase',
    doc: 'mutation($w: ID) { openAssistanceCase(workerId: $w, kind: LEGAL_AID, summary: "矩阵求助") { id } }',
    rule: forWorker('union'),
    worker: true,
    vars: (a, s) => ({ w: named(a, s) }),
  },
  {
    name: 'updateAssistanceCase',
    doc: 'mutation($id: ID!) { updateAssistanceCase(id: $id, status: IN_PROGRESS) { status } }',
    rule: managers('union'),
    worker: true,
    vars: (_a, s) => ({ id: s.assistanceCase }),
  },
  // training
  {
    name: 'createCourse',
    doc: 'mutation($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
    rule: managers('training'),
    vars: (_a, _s, i) => ({ input: { title: `矩阵新课${i}`, category: 'SAFETY', mode: 'ONLINE', provider: '矩阵', districtCode: CHAOYANG, minLearners: 1, capacity: 10 } }),
  },
  {
    name: 'scheduleSession',
    doc: 'mutation($c: ID!, $input: SessionInput!) { scheduleSession(courseId: $c, input: $input) { id } }',
    rule: managers('training'),
    vars: () => ({ c: fx.courseC, input: { startsAt: hoursFromNow(24 * 9), endsAt: hoursFromNow(24 * 9 + 1), onlineUrl: 'https://ketang.example.org/live/matrix-2' } }),
  },
  {
    name: 'enroll',
    doc: 'mutation($c: ID!, $w: ID) { enroll(courseId: $c, workerId: $w) { status } }',
    rule: forWorker('training'),
    worker: true,
    vars: (a, s) => ({ c: fx.courseC, w: named(a, s) }),
  },
  {
    name: 'recordAttendance',
    doc: 'mutation($e: ID!, $s: ID!) { recordAttendance(enrollmentId: $e, sessionId: $s) { id } }',
    rule: managers('training'),
    worker: true,
    vars: (_a, s) => ({ e: s.enrollmentA, s: fx.pastSession }),
  },
  {
    name: 'completeEnrollment',
    doc: 'mutation($e: ID!) { completeEnrollment(id: $e) { status } }',
    rule: managers('training'),
    worker: true,
    vars: (_a, s) => ({ e: s.enrollmentA }),
  },
  {
    name: 'dropEnrollment',
    doc: 'mutation($e: ID!) { dropEnrollment(id: $e) { status } }',
    rule: forWorker('training', 'FORBIDDEN'),
    worker: true,
    vars: (_a, s) => ({ e: s.enrollmentB }),
  },
  {
    name: 'cancelCourse',
    doc: 'mutation($c: ID!) { cancelCourse(id: $c) { status } }',
    rule: managers('training'),
    vars: () => ({ c: fx.courseCancel }),
  },
  {
    name: 'requestCourse',
    doc: 'mutation($w: ID) { requestCourse(topic: "矩阵技能", category: SKILLS, districtCode: "110105", workerId: $w) { requests } }',
    rule: forWorker('training'),
    worker: true,
    vars: (a, s) => ({ w: named(a, s) }),
  },
  // governance
  {
    name: 'submitReport',
    doc: 'mutation($input: SubmitReportInput!, $w: ID) { submitReport(input: $input, workerId: $w) { id } }',
    rule: forWorker('governance'),
    worker: true,
    vars: (a, s, i) => ({
      w: named(a, s),
      input: { category: 'SANITATION', description: `矩阵垃圾堆放${i}`, location: { lat: 39.9, lng: 116.65 }, districtCode: '110112', idempotencyKey: `matrix-report-${i}` },
    }),
  },
  {
    name: 'reviewReport',
    doc: 'mutation($id: ID!) { reviewReport(id: $id, decision: ACCEPT) { status } }',
    rule: managers('governance'),
    vars: (_a, _s, _i, n) => ({ id: fx.reviewReports[n] }),
  },
  {
    name: 'dispatchReport',
    doc: 'mutation($id: ID!) { dispatchReport(id: $id, externalRef: "12345-2026-MATRIX") { status } }',
    rule: managers('governance'),
    vars: (_a, _s, _i, n) => ({ id: fx.dispatchReports[n] }),
  },
  {
    name: 'resolveReport',
    doc: 'mutation($id: ID!) { resolveReport(id: $id, note: "已清理") { status } }',
    rule: managers('governance'),
    vars: (_a, _s, _i, n) => ({ id: fx.resolveReports[n] }),
  },
  {
    name: 'createReward',
    doc: 'mutation($input: RewardInput!) { createReward(input: $input) { id } }',
    rule: managers('governance'),
    vars: (_a, _s, i) => ({ input: { title: `矩阵奖励${i}`, costPoints: 10, stock: 5, districtCode: CHAOYANG } }),
  },
  {
    name: 'setRewardActive',
    doc: 'mutation($id: ID!) { setRewardActive(id: $id, active: true) { active } }',
    rule: managers('governance'),
    vars: () => ({ id: fx.reward }),
  },
  {
    name: 'redeemReward',
    doc: 'mutation($r: ID!, $w: ID, $k: String!) { redeemReward(rewardId: $r, workerId: $w, idempotencyKey: $k) { id } }',
    rule: forWorker('governance'),
    worker: true,
    vars: (a, s, i) => ({ r: fx.reward, w: named(a, s), k: `matrix-redeem-${i}` }),
  },
  {
    name: 'useRedemption',
    doc: 'mutation($v: String!) { useRedemption(voucherCode: $v) { status } }',
    rule: managers('governance'),
    vars: (_a, _s, _i, n) => ({ v: fx.vouchersToUse[n] }),
  },
  {
    name: 'cancelRedemption',
    doc: 'mutation($id: ID!) { cancelRedemption(id: $id) { status } }',
    rule: forWorker('governance', 'FORBIDDEN'),
    worker: true,
    vars: (_a, s, _i, n) => ({ id: s.redemptions[n] }),
  },
  {
    name: 'adjustPoints',
    doc: 'mutation($w: ID!) { adjustPoints(workerId: $w, delta: 1, note: "矩阵调整") { delta } }',
    rule: managers('governance'),
    worker: true,
    vars: (_a, s) => ({ w: s.worker }),
  },
  {
    name: 'createCommunity',
    doc: 'mutation($input: CommunityInput!) { createCommunity(input: $input) { id } }',
    rule: managers('governance'),
    vars: (_a, _s, i) => ({ input: { name: `矩阵新社区${i}`, districtCode: CHAOYANG, riderFriendly: false } }),
  },
  {
    name: 'assignVolunteerRole',
    doc: 'mutation($w: ID!, $c: ID!) { assignVolunteerRole(workerId: $w, communityId: $c, role: PATROL_VOLUNTEER) { id } }',
    rule: managers('governance'),
    worker: true,
    vars: (_a, s) => ({ w: s.worker, c: fx.community }),
  },
  {
    name: 'endVolunteerRole',
    doc: 'mutation($id: ID!) { endVolunteerRole(id: $id) { until } }',
    rule: managers('governance'),
    vars: (_a, _s, _i, n) => ({ id: fx.rolesToEnd[n] }),
  },
  {
    name: 'issueGatePass',
    doc: 'mutation($c: ID!, $w: ID) { issueGatePass(communityId: $c, workerId: $w) { expiresAt } }',
    rule: forWorker('governance'),
    worker: true,
    vars: (a, s) => ({ c: fx.community, w: named(a, s) }),
  },
  {
    name: 'createVolunteerActivity',
    doc: 'mutation($input: ActivityInput!) { createVolunteerActivity(input: $input) { id } }',
    rule: managers('governance'),
    vars: (_a, _s, i) => ({ input: { title: `矩阵巡查${i}`, communityId: fx.community, startsAt: hoursFromNow(24 * 10), hours: 1.5, pointsPerParticipant: 3, capacity: 8 } }),
  },
  {
    name: 'joinVolunteerActivity',
    doc: 'mutation($a: ID!, $w: ID) { joinVolunteerActivity(activityId: $a, workerId: $w) { participants } }',
    rule: forWorker('governance'),
    worker: true,
    vars: (a, s) => ({ a: fx.activity, w: named(a, s) }),
  },
  {
    name: 'confirmParticipation',
    doc: 'mutation($a: ID!, $w: ID!) { confirmParticipation(activityId: $a, workerId: $w) { delta } }',
    rule: managers('governance'),
    worker: true,
    // 陈静 was confirmed at the demo clean-up: confirming again returns the entry already paid.
    vars: (a, s) => ({ a: PAST_CLEANUP, w: a.other ? s.worker : CHEN_JING }),
  },
];

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

describe('mutations', () => {
  let counter = 0;
  describe.each(MUTATIONS.map((m) => ({ ...m, title: `Mutation.${m.name}` })))('$title', (m) => {
    const cases = ACTORS.filter((a) => !a.other || m.worker)
      .map((a) => ({ a, outcome: m.rule(a), title: `${a.label}: ${m.rule(a)}` }))
      // Refusals first: each is tried against the row as the fixtures left it.
      .sort((x, y) => Number(x.outcome === 'ALLOWED') - Number(y.outcome === 'ALLOWED'))
      .map((c, index, all) => ({ ...c, n: c.outcome === 'ALLOWED' ? index - all.findIndex((x) => x.outcome === 'ALLOWED') : 0 }));
    it.each(cases)('$title', async ({ a, outcome, n }) => {
      const i = ++counter;
      const codes = await codesOf(clientOf(a).request(m.doc, m.vars(a, a.other ? fx.other : fx.own, i, n)));
      if (outcome === 'ALLOWED') {
        // Every allowed call gets valid input and a row of its own, so it must not fail at all.
        expect(codes.filter((c) => REFUSALS.has(c))).toEqual([]);
        expect(codes).toEqual([]);
      } else if (outcome === 'FORBIDDEN') {
        expect(codes).toEqual(['FORBIDDEN']);
      } else {
        // No acting worker: refused, as FORBIDDEN or as a BAD_USER_INPUT asking for X-Acting-Worker.
        expect(codes).toHaveLength(1);
        expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(codes[0]);
      }
    });
  });

  it('left no trace of the refused calls on the rows they named', async () => {
    // The other platform's worker: still a member, its enrolment and voucher untouched.
    const w = await must(ADMIN, 'query($id: ID!) { worker(id: $id) { membership { status } enrollments { id status } redemptions { id status } } }', { id: fx.other.worker });
    expect(w.worker.membership.status).toBe('ACTIVE');
    expect(w.worker.enrollments).toEqual(expect.arrayContaining([{ id: fx.other.enrollmentB, status: 'ENROLLED' }]));
    expect(w.worker.redemptions).toEqual(expect.arrayContaining([{ id: fx.other.redemptions[0], status: 'ISSUED' }]));
    const c = await must(ADMIN, 'query($id: ID!) { assistanceCase(id: $id) { status } }', { id: fx.other.assistanceCase });
    expect(c.assistanceCase.status).toBe('OPEN');
  });

  describe('registering a worker as a partner, without the worker’s code', () => {
    const register = 'mutation($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }';
    it('FORBIDDEN (CONSENT_REQUIRED), the same for a known and an unknown phone, and nothing is written', async () => {
      // The phone of the other platform's worker, and a phone no one has.
      const known = person('矩阵丁', '13511110002', 'mt-e2e-known-phone');
      const unknown = person('矩阵戊', '13511119998', 'mt-e2e-unknown-phone');
      const refusedKnown = await refusal(MEITUAN, register, { input: known });
      expect(refusedKnown).toEqual([expect.objectContaining({ code: 'FORBIDDEN', reason: 'CONSENT_REQUIRED' })]);
      expect(await refusal(MEITUAN, register, { input: unknown })).toEqual(refusedKnown);

      const byAccount = 'query($x: String!) { workerByPlatformAccount(platform: "MEITUAN", externalId: $x) { id } }';
      for (const input of [known, unknown]) expect((await must(ADMIN, byAccount, { x: input.platformExternalId })).workerByPlatformAccount).toBeNull();
      const byPhone = await must(ADMIN, 'query($f: WorkerFilter) { workers(filter: $f) { edges { node { id } } } }', { f: { search: unknown.phone } });
      expect(byPhone.workers.edges).toEqual([]);
      const other = await must(ADMIN, 'query($id: ID!) { worker(id: $id) { platformAccounts { platform { code } externalId } } }', { id: fx.other.worker });
      expect(other.worker.platformAccounts).toEqual([{ platform: { code: 'ELEME' }, externalId: OTHER_ACCOUNT }]);
    });
    it('ALLOWED: the partner’s own account, linked already, returns its worker', async () => {
      expect((await must(MEITUAN, register, { input: person('矩阵甲', OWN_PHONE, OWN_ACCOUNT) })).registerWorker.id).toBe(fx.own.worker);
    });
  });

  describe("linking an account to another platform's worker", () => {
    const link = 'mutation($w: ID!, $phone: String) { linkPlatformAccount(workerId: $w, platform: "MEITUAN", externalId: "mt-e2e-proved", phone: $phone) { id } }';
    const stranger = { name: '矩阵丙', phone: '13511110003', occupation: 'COURIER', districtCode: CHAOYANG };
    let strangerId: string;
    beforeAll(async () => {
      strangerId = await registerWithConsent(stack, 'demo-eleme', { ...stranger, platformExternalId: 'ele-e2e-stranger' });
    });
    it('FORBIDDEN: proving the phone links nothing, wrong number or right; the partner still cannot read the worker', async () => {
      for (const phone of ['13511119999', '135 1111 0003']) {
        expect(await codesOf(clientOf(MEITUAN).request(link, { w: strangerId, phone }))).toEqual(['FORBIDDEN']);
      }
      expect(await codesOf(clientOf(MEITUAN).request('query($id: ID!) { worker(id: $id) { id } }', { id: strangerId }))).toEqual(['FORBIDDEN']);
      const seen = await must(ADMIN, 'query($id: ID!) { worker(id: $id) { platformAccounts { platform { code } externalId } } }', { id: strangerId });
      expect(seen.worker.platformAccounts).toEqual([{ platform: { code: 'ELEME' }, externalId: 'ele-e2e-stranger' }]);
    });
    it('ALLOWED with the code sent to the worker’s phone: the account is linked, the worker’s details kept, and MEITUAN sees only its own account', async () => {
      const linked = await registerWithConsent(stack, 'demo-meituan', { ...stranger, name: '矩阵别名', platformExternalId: 'mt-e2e-proved' });
      expect(linked).toBe(strangerId);
      const seen = await must(MEITUAN, 'query($id: ID!) { worker(id: $id) { name phone platformAccounts { platform { code } externalId } } }', { id: strangerId });
      expect(seen.worker).toEqual({ name: '矩阵丙', phone: '135****0003', platformAccounts: [{ platform: { code: 'MEITUAN' }, externalId: 'mt-e2e-proved' }] });
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Union records of a worker on two platforms
// ---------------------------------------------------------------------------------------------

describe('union records of a worker on two platforms: each partner reads what was made through it, or what the worker shared with it', () => {
  const PHONE = '13511110005';
  const meituan: Caller = { label: 'meituan acting for mt-e2e-two', key: 'demo-meituan', acting: 'mt-e2e-two', kind: 'partner', platform: 'MEITUAN' };
  const eleme: Caller = { label: 'eleme acting for ele-e2e-two', key: 'demo-eleme', acting: 'ele-e2e-two', kind: 'partner', platform: 'ELEME' };
  const join = 'mutation($w: ID, $b: ID!) { joinUnion(workerId: $w, branchId: $b, channel: PLATFORM_REFERRAL) { status } }';
  const withdraw = 'mutation($w: ID!, $r: String!) { withdrawMembership(workerId: $w, reason: $r) { status } }';
  const history = 'query($id: ID!) { worker(id: $id) { membership { history { status actor reason } } } }';
  const caseQuery = 'query($id: ID!) { assistanceCase(id: $id) { id summary } }';
  type CaseKey = 'viaMeituan' | 'againstMeituan' | 'viaEleme' | 'againstEleme' | 'atUnion';
  const cases = {} as Record<CaseKey, string>;
  let worker: string;
  const open = async (c: Caller, summary: string, against: string | null, w: string | null = null) =>
    (await must(c, 'mutation($w: ID, $s: String!, $a: ID) { openAssistanceCase(workerId: $w, kind: WAGE_DISPUTE, summary: $s, againstPlatform: $a) { id } }', { w, s: summary, a: against }))
      .openAssistanceCase.id as string;

  beforeAll(async () => {
    // MEITUAN first, with the worker's code and nothing shared: joins, withdraws, two cases.
    worker = await registerWithConsent(stack, 'demo-meituan', person('矩阵己', PHONE, 'mt-e2e-two'));
    await must(meituan, join, { w: null, b: CHAOYANG_BRANCH });
    await must(meituan, withdraw, { w: worker, r: '矩阵：美团渠道退会' });
    cases.viaMeituan = await open(meituan, '矩阵：经美团求助', null);
    cases.againstMeituan = await open(meituan, '矩阵：与美团的工资争议', 'MEITUAN');
    // Then ELEME, with the code and SHARE_UNION_RECORDS.
    expect(await registerWithConsent(stack, 'demo-eleme', person('矩阵己', PHONE, 'ele-e2e-two'), ['SHARE_UNION_RECORDS'])).toBe(worker);
    await must(eleme, join, { w: null, b: CHAOYANG_BRANCH });
    await must(eleme, withdraw, { w: worker, r: '矩阵：饿了么渠道退会' });
    cases.viaEleme = await open(eleme, '矩阵：经饿了么求助', null);
    cases.againstEleme = await open(eleme, '矩阵：与饿了么的工资争议', 'ELEME');
    // At the union: joined again, lapsed with a reason, one more case.
    await must(ADMIN, join, { w: worker, b: CHAOYANG_BRANCH });
    await must(ADMIN, 'mutation($w: ID!) { lapseMembership(workerId: $w, reason: "矩阵：会费未续") { status } }', { w: worker });
    cases.atUnion = await open(ADMIN, '矩阵：工会窗口受理', null, worker);
  });

  it('membership history: another platform shows as "partner", its reasons only when shared', async () => {
    const REJOINED = 'joined again after withdrawal';
    const staff = (await must(operator('union'), history, { id: worker })).worker.membership.history;
    expect(staff).toEqual([
      { status: 'ACTIVE', actor: 'partner:MEITUAN:demo-meituan', reason: null },
      { status: 'WITHDRAWN', actor: 'partner:MEITUAN:demo-meituan', reason: '矩阵：美团渠道退会' },
      { status: 'ACTIVE', actor: 'partner:ELEME:demo-eleme', reason: REJOINED },
      { status: 'WITHDRAWN', actor: 'partner:ELEME:demo-eleme', reason: '矩阵：饿了么渠道退会' },
      { status: 'ACTIVE', actor: 'admin:demo-admin', reason: REJOINED },
      { status: 'LAPSED', actor: 'admin:demo-admin', reason: '矩阵：会费未续' },
    ]);
    expect((await must(meituan, history, { id: worker })).worker.membership.history).toEqual([
      { status: 'ACTIVE', actor: 'partner:MEITUAN', reason: null },
      { status: 'WITHDRAWN', actor: 'partner:MEITUAN', reason: '矩阵：美团渠道退会' },
      { status: 'ACTIVE', actor: 'partner', reason: null },
      { status: 'WITHDRAWN', actor: 'partner', reason: null },
      { status: 'ACTIVE', actor: 'admin', reason: null },
      { status: 'LAPSED', actor: 'admin', reason: null },
    ]);
    expect((await must(eleme, history, { id: worker })).worker.membership.history).toEqual([
      { status: 'ACTIVE', actor: 'partner', reason: null },
      { status: 'WITHDRAWN', actor: 'partner', reason: '矩阵：美团渠道退会' },
      { status: 'ACTIVE', actor: 'partner:ELEME', reason: REJOINED },
      { status: 'WITHDRAWN', actor: 'partner:ELEME', reason: '矩阵：饿了么渠道退会' },
      { status: 'ACTIVE', actor: 'admin', reason: REJOINED },
      { status: 'LAPSED', actor: 'admin', reason: '矩阵：会费未续' },
    ]);
  });

  it('assistance cases: without sharing only the one made through the partner; shared, all but those raised against it', async () => {
    const listed = async (c: Caller) => ((await must(c, '{ assistanceCases(first: 50) { id } }')).assistanceCases as { id: string }[]).map((x) => x.id).sort();
    const all = Object.values(cases);
    expect((await listed(operator('union'))).filter((id) => all.includes(id))).toEqual([...all].sort());
    expect(await listed(meituan)).toEqual([cases.viaMeituan]);
    expect(await listed(eleme)).toEqual([cases.viaMeituan, cases.viaEleme, cases.atUnion, cases.againstMeituan].sort());
    const reads: [Caller, CaseKey, boolean][] = [
      [meituan, 'viaMeituan', true],
      [meituan, 'viaEleme', false],
      [meituan, 'atUnion', false],
      [meituan, 'againstMeituan', false],
      [eleme, 'atUnion', true],
      [eleme, 'againstMeituan', true],
      [eleme, 'againstEleme', false],
    ];
    for (const [c, key, allowed] of reads) {
      const r = await run(clientOf(c), caseQuery, { id: cases[key] });
      if (allowed) expect(r).toEqual({ data: { assistanceCase: { id: cases[key], summary: expect.any(String) } }, codes: [] });
      else expect({ key, codes: r.codes, answer: r.data?.assistanceCase ?? null }).toEqual({ key, codes: ['FORBIDDEN'], answer: null });
    }
  });

  it('consents: each partner sees only its own, with the scopes the worker gave', async () => {
    const consents = 'query($id: ID!) { worker(id: $id) { consents { platform { code } scopes method revokedAt } } }';
    expect((await must(meituan, consents, { id: worker })).worker.consents).toEqual([{ platform: { code: 'MEITUAN' }, scopes: ['ACT_FOR_WORKER'], method: 'SMS_CODE', revokedAt: null }]);
    expect((await must(eleme, consents, { id: worker })).worker.consents).toEqual([
      { platform: { code: 'ELEME' }, scopes: ['ACT_FOR_WORKER', 'SHARE_UNION_RECORDS'], method: 'SMS_CODE', revokedAt: null },
    ]);
  });
});
