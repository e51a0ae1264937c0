import { keyPairFromSeed, manualClock, nameId, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Enrollment, SubsidyAccount, SubsidyMovement } from '../../src/entities';
import { service } from '../../src/server';
import { settings } from '../../src/settings';
import {
  admin,
  anonymous,
  askForCourse,
  CANCEL,
  chaoyangTrainingOperator,
  courseInput,
  createCourse,
  DROP,
  newId,
  partnerFor,
  trainingOperator,
} from '../support';
import { fakeUnion, PEER } from '../support/fake-union';

let union: Awaited<ReturnType<typeof fakeUnion>>;
let unionUrl: string;
const CHAOYANG_BRANCH = nameId('test:branch:chaoyang');
const HAIDIAN_BRANCH = nameId('test:branch:haidian');
const NOW = new Date('2026-12-07T10:00:00+08:00');
const clock = manualClock(NOW);

let sg: TestSubgraph;
beforeAll(async () => {
  union = await fakeUnion();
  unionUrl = union.url;
  union.install(100_000);
  sg = await startTestSubgraph(service, { clock });
});
afterAll(async () => {
  await sg.stop();
  await union.restore();
});

const FIELDS = 'id status priceCents subsidyCents payableCents subsidyStatus';
const ENROLL = `mutation($courseId: ID!, $workerId: ID) { enroll(courseId: $courseId, workerId: $workerId) { ${FIELDS} } }`;
const enroll = (courseId: string, workerId: string) => sg.query(ENROLL, { courseId, workerId }, trainingOperator);
const enrolled = async (courseId: string, workerId: string) => dataOf(await enroll(courseId, workerId)).enroll;
const course = (subsidyCents: number, extra: Record<string, unknown> = {}) =>
  createCourse(sg, { title: `补贴课程 ${newId().slice(-6)}`, subsidyCents, priceCents: 80_000, minLearners: 1, ...extra });
const member = (branchId = CHAOYANG_BRANCH, district: string | null = '110105') => {
  const w = newId();
  union.memberships.set(w, { branchId, district });
  return w;
};
const used = async (workerId: string) => (await sg.db.manager.findOneBy(SubsidyAccount, { workerId, year: 2026 }))?.usedCents ?? 0;
const AVAILABLE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { subsidyAvailableCents } } }`;
const available = async (w: string) =>
  dataOf(await sg.query(AVAILABLE, { r: [{ __typename: 'Worker', id: w, isUnionMember: true }] }, admin))._entities[0].subsidyAvailableCents;

describe('the subsidy applied per enrolment', () => {
  it('grants a member the course subsidy and says what is left to pay', async () => {
    const w = member();
    const e = await enrolled(await course(30_000), w);
    expect(e).toMatchObject({ status: 'ENROLLED', priceCents: 80_000, subsidyCents: 30_000, payableCents: 50_000, subsidyStatus: 'GRANTED' });
    expect(await used(w)).toBe(30_000);
    expect(await available(w)).toBe(70_000);
    const moves = await sg.db.manager.findBy(SubsidyMovement, { enrollmentId: e.id });
    expect(moves).toEqual([expect.objectContaining({ branchId: CHAOYANG_BRANCH, branchDistrictCode: '110105', month: '2026-12', amountCents: 30_000 })]);
  });

  it('grants a non-member nothing, and a course without subsidy asks nobody', async () => {
    const w = newId();
    expect(await enrolled(await course(30_000), w)).toMatchObject({ subsidyCents: 0, payableCents: 80_000, subsidyStatus: 'NOT_MEMBER' });
    const calls = union.calls();
    expect(await enrolled(await course(0), member())).toMatchObject({ subsidyCents: 0, payableCents: 80_000, subsidyStatus: 'NOT_OFFERED' });
    expect(union.calls()).toBe(calls);
  });

  it('grants within the yearly cap: in part when little is left, nothing once it is used', async () => {
    const w = member();
    expect(await enrolled(await course(60_000), w)).toMatchObject({ subsidyCents: 60_000, subsidyStatus: 'GRANTED' });
    expect(await enrolled(await course(60_000), w)).toMatchObject({ subsidyCents: 40_000, payableCents: 40_000, subsidyStatus: 'GRANTED' });
    expect(await enrolled(await course(60_000), w)).toMatchObject({ subsidyCents: 0, payableCents: 80_000, subsidyStatus: 'CAP_REACHED' });
    expect(await used(w)).toBe(100_000);
    expect(await available(w)).toBe(0);
  });

  it('never lets concurrent enrolments take more than the cap between them', async () => {
    for (let round = 0; round < 3; round++) {
      const w = member();
      const courses = await Promise.all(Array.from({ length: 6 }, () => course(30_000)));
      const results = await Promise.all(courses.map((c) => enroll(c, w)));
      const grants = results.map((r) => dataOf(r).enroll.subsidyCents as number);
      expect(grants.reduce((a, b) => a + b, 0)).toBe(100_000);
      expect(grants.filter((g) => g === 30_000)).toHaveLength(3);
      expect(grants.filter((g) => g === 10_000)).toHaveLength(1);
      expect(await used(w)).toBe(100_000);
      const moved = await sg.db.manager.findBy(SubsidyMovement, { workerId: w });
      expect(moved.reduce((a, m) => a + m.amountCents, 0)).toBe(100_000);
    }
  });

  it('gives the subsidy back on drop, and grants a waiting member when a seat frees', async () => {
    const c = await course(50_000, { capacity: 1 });
    const first = member();
    const second = member(HAIDIAN_BRANCH, '110108');
    const a = await enrolled(c, first);
    const b = await enrolled(c, second);
    expect(b).toMatchObject({ status: 'WAITLISTED', subsidyCents: 0, subsidyStatus: 'WAITING' });
    expect(await used(second)).toBe(0);
    const dropped = dataOf(await sg.query(`mutation($id: ID!) { dropEnrollment(id: $id) { ${FIELDS} } }`, { id: a.id }, trainingOperator)).dropEnrollment;
    expect(dropped).toMatchObject({ status: 'DROPPED', subsidyCents: 0, payableCents: 80_000, subsidyStatus: 'RETURNED' });
    expect(await used(first)).toBe(0);
    expect(await available(first)).toBe(100_000);
    const promoted = await sg.db.manager.findOneByOrFail(Enrollment, { id: b.id });
    expect(promoted).toMatchObject({ status: 'ENROLLED', subsidyCents: 50_000, subsidyStatus: 'GRANTED' });
    expect(await used(second)).toBe(50_000);
    // Dropping again returns nothing twice.
    await sg.query(DROP, { id: a.id }, trainingOperator);
    expect(await used(first)).toBe(0);
    // Enrolling again is granted again.
    clock.advance(1000);
    expect(await enrolled(c, first)).toMatchObject({ status: 'WAITLISTED', subsidyStatus: 'WAITING' });
  });

  it('gives every seat’s subsidy back when the course is cancelled', async () => {
    const c = await course(20_000);
    const ws = [member(), member(), newId()];
    for (const w of ws) await enrolled(c, w);
    await sg.query(CANCEL, { id: c }, trainingOperator);
    for (const w of ws) expect(await used(w)).toBe(0);
    const rows = await sg.db.manager.findBy(Enrollment, { courseId: c });
    expect(rows.map((r) => r.subsidyStatus).sort()).toEqual(['NOT_MEMBER', 'RETURNED', 'RETURNED']);
  });

  it('refuses a subsidised enrolment when the union cannot answer, writing nothing', async () => {
    const c = await course(30_000);
    const w = member();
    const heldCourse = await course(30_000);
    const held = await enrolled(heldCourse, w);
    settings.unionPeer = { url: 'http://127.0.0.1:9', signer: PEER.signer };
    try {
      const res = await enroll(c, w);
      expect(errorCodes(res)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(res.errors![0]!.extensions).toMatchObject({ service: 'union' });
      expect(await sg.db.manager.countBy(Enrollment, { courseId: c })).toBe(0);
      expect(await used(w)).toBe(30_000);
      // Enrolling again where the worker already holds a place needs no answer from the union.
      expect(await enrolled(heldCourse, w)).toEqual(held);
      // A course without subsidy does not need the union.
      expect(await enrolled(await course(0), w)).toMatchObject({ status: 'ENROLLED', subsidyStatus: 'NOT_OFFERED' });
      // A union that refuses the signature is as good as none.
      settings.unionPeer = { url: unionUrl, signer: keyPairFromSeed('not the peer key', 'training-peer').signer };
      expect(errorCodes(await enroll(c, w))).toEqual(['SERVICE_UNAVAILABLE']);
    } finally {
      settings.unionPeer = { url: unionUrl, signer: PEER.signer };
    }
  });

  it('records UNCHECKED, granting nothing, where no union peer is configured', async () => {
    settings.unionPeer = null;
    try {
      expect(await enrolled(await course(30_000), member())).toMatchObject({ subsidyCents: 0, payableCents: 80_000, subsidyStatus: 'UNCHECKED' });
    } finally {
      settings.unionPeer = { url: unionUrl, signer: PEER.signer };
    }
  });

  it('grants the members among those who asked when a course opens from their request', async () => {
    const askers = [member(), newId(), member()];
    let requestId = '';
    for (const w of askers) requestId = dataOf(await askForCourse(sg, '育婴师补贴班', w)).requestCourse.id;
    const OPEN = `mutation($requestId: ID!, $input: CreateCourseInput!) { openCourseFromRequest(requestId: $requestId, input: $input) { course { id } } }`;
    const input = courseInput({ title: '育婴师补贴班', subsidyCents: 25_000, priceCents: 60_000, capacity: 2, minLearners: 1 });
    const courseId = dataOf(await sg.query(OPEN, { requestId, input }, trainingOperator)).openCourseFromRequest.course.id;
    const rows = await sg.db.manager.find(Enrollment, { where: { courseId }, order: { id: 'ASC' } });
    expect(rows.map((r) => [r.workerId, r.status, r.subsidyStatus, r.subsidyCents])).toEqual([
      [askers[0], 'ENROLLED', 'GRANTED', 25_000],
      [askers[1], 'ENROLLED', 'NOT_MEMBER', 0],
      [askers[2], 'WAITLISTED', 'WAITING', 0],
    ]);
  });
});

describe('subsidyReconciliation: per union branch and month', () => {
  const Q = `query($month: String!, $district: ID, $first: Int, $after: String) { subsidyReconciliation(month: $month, district: $district, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { branchId districtCode month grantedCents returnedCents netCents grants returns } } } }`;
  const rows = async (p: Principal, vars: Record<string, unknown> = {}) =>
    dataOf(await sg.query(Q, { month: '2026-12', ...vars }, p)).subsidyReconciliation;

  it('sums what was granted and given back for each branch, from the recorded movements', async () => {
    const all = await sg.db.manager.findBy(SubsidyMovement, { month: '2026-12' });
    const expected = (branch: string) => {
      const mine = all.filter((m) => m.branchId === branch);
      const granted = mine.filter((m) => m.amountCents > 0).reduce((a, m) => a + m.amountCents, 0);
      const returned = mine.filter((m) => m.amountCents < 0).reduce((a, m) => a - m.amountCents, 0);
      return { granted, returned, grants: mine.filter((m) => m.amountCents > 0).length, returns: mine.filter((m) => m.amountCents < 0).length };
    };
    const res = await rows(admin);
    expect(res.totalCount).toBe(2);
    const byBranch = new Map(res.edges.map((e: any) => [e.node.branchId, e.node]));
    for (const branch of [CHAOYANG_BRANCH, HAIDIAN_BRANCH]) {
      const x = expected(branch);
      expect(x.returns).toBeGreaterThanOrEqual(branch === CHAOYANG_BRANCH ? 1 : 0);
      expect(byBranch.get(branch)).toMatchObject({ grantedCents: x.granted, returnedCents: x.returned, netCents: x.granted - x.returned, grants: x.grants, returns: x.returns });
    }
    expect((await rows(admin, { month: '2026-11' })).totalCount).toBe(0);
    const page = await rows(admin, { first: 1 });
    const next = await rows(admin, { first: 1, after: page.pageInfo.endCursor });
    expect([page.edges[0].node.branchId, next.edges[0].node.branchId].sort()).toEqual([CHAOYANG_BRANCH, HAIDIAN_BRANCH].sort());
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('shows a district-limited operator its districts’ branches only, and nobody else anything', async () => {
    const res = await rows(chaoyangTrainingOperator);
    expect(res.edges.map((e: any) => e.node.branchId)).toEqual([CHAOYANG_BRANCH]);
    expect((await rows(trainingOperator, { district: '110108' })).edges.map((e: any) => e.node.branchId)).toEqual([HAIDIAN_BRANCH]);
    for (const p of [anonymous, partnerFor(newId())]) expect(errorCodes(await sg.query(Q, { month: '2026-12' }, p))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await sg.query(Q, { month: '2026-13' }, admin))).toEqual(['BAD_USER_INPUT']);
  });

  it('shows an operator limited to a province, a city or the nation the branches of the counties inside', async () => {
    const limitedTo = (districts: string[]): Principal => ({ role: 'operator', domain: 'training', districts, keyId: `key-${districts.join('-')}` });
    const branches = async (districts: string[]) => (await rows(limitedTo(districts))).edges.map((e: any) => e.node.branchId).sort();
    const both = [CHAOYANG_BRANCH, HAIDIAN_BRANCH].sort();
    expect(await branches(['110000'])).toEqual(both);
    expect(await branches(['110100'])).toEqual(both);
    expect(await branches(['100000'])).toEqual(both);
    expect(await branches(['441300', '110108'])).toEqual([HAIDIAN_BRANCH]);
    expect(await branches(['441300'])).toEqual([]);
    expect((await rows(limitedTo(['441300']))).totalCount).toBe(0);
  });
});
