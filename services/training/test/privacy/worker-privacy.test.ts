import { beijingMonth, HOUR_MS, manualClock, MINUTE_MS, nameId, type Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { In } from 'typeorm';
import { CourseRequest, CourseRequestVote, Enrollment, SubsidyAccount, SubsidyMovement } from '../../src/entities';
import { isErasedWorker } from '../../src/rules/erasure';
import { service } from '../../src/server';
import {
  admin,
  askForCourse,
  CERTIFICATE,
  cityDashboard,
  COMPLETE,
  createCourse,
  DROP,
  enroll,
  newId,
  RECORD_ATTENDANCE,
  scheduleSession,
  trainingOperator,
  unionOperator,
  WORKER_ENROLLMENTS,
} from '../support';
import { fakeUnion } from '../support/fake-union';

const BRANCH = nameId('test:branch:chaoyang');
const clock = manualClock(new Date());
/** An instant `h` hours from the subgraph's clock, as GraphQL takes it. */
const at = (h: number) => new Date(clock().getTime() + h * HOUR_MS).toISOString();
const partnerFor = (workerId: string): Principal => ({ role: 'partner', platform: 'MEITUAN', keyId: 'k', workerId });

const ROSTER = `query($id: ID!) { course(id: $id) { enrolledCount waitlistCount
  enrollments(first: 100) { id status certificateNo attendedSessions worker { id } } } }`;
const SHEET = `query($id: ID!) { course(id: $id) { sessions { attendance(first: 50) { totalCount attendedCount
  edges { node { attended enrollment { id status worker { id } } } } } } } }`;
const WORKER_PAGE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { enrollmentsPage(first: 10) { totalCount edges { node { id } } } } } }`;
const METRICS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on District { trainingMetrics { courses enrollments completions certificates } } } }`;
const RECONCILIATION = `query($month: String!) { subsidyReconciliation(month: $month) { edges { node { branchId grantedCents returnedCents netCents } } } }`;
const REQUESTS = `query { courseRequests(first: 100) { id topic requests } }`;

let union: Awaited<ReturnType<typeof fakeUnion>>;
let sg: TestSubgraph;
beforeAll(async () => {
  union = await fakeUnion();
  union.install(100_000);
  sg = await startTestSubgraph(service, { clock });
});
afterAll(async () => {
  await sg.stop();
  await union.restore();
});

/** A union member of BRANCH, as the union answers for it; a new worker unless one is given. */
const member = (w = newId()) => {
  union.memberships.set(w, { branchId: BRANCH, district: '110105' });
  return w;
};
const roster = async (courseId: string) => dataOf(await sg.query(ROSTER, { id: courseId }, admin)).course;
const enrollmentsOf = async (w: string, p: Principal = admin) => dataOf(await sg.query(WORKER_ENROLLMENTS, { r: [{ __typename: 'Worker', id: w }] }, p))._entities[0].enrollments as any[];
const figures = async () => {
  // A period without `to` ends at the clock's now and leaves it out: what was written at it shows a moment later.
  clock.advance(MINUTE_MS);
  return dataOf(await sg.query(METRICS, { r: [{ __typename: 'District', code: '110105' }] }, cityDashboard))._entities[0].trainingMetrics;
};
const reconciliation = async () =>
  (dataOf(await sg.query(RECONCILIATION, { month: beijingMonth(clock()) }, admin)).subsidyReconciliation.edges as any[]).find((e) => e.node.branchId === BRANCH)?.node;
const rowsNaming = async (w: string) => ({
  enrollments: await sg.db.manager.countBy(Enrollment, { workerId: w }),
  votes: await sg.db.manager.countBy(CourseRequestVote, { workerId: w }),
  accounts: await sg.db.manager.countBy(SubsidyAccount, { workerId: w }),
  movements: await sg.db.manager.countBy(SubsidyMovement, { workerId: w }),
});
const certificatePage = (number: string) => fetch(`${sg.url.replace(/\/graphql$/, '')}/certificate?number=${number}`);

describe('a worker’s rights over their training data', () => {
  const wang = newId();
  const xu = newId();
  const zhao = newId();
  const li = newId();
  let upcoming: string; // subsidised, one seat: 王 holds it, 许 waits
  let certified: string; // 王 and 赵 completed it with a certificate
  let full: string; // 王 waits behind 李
  let ended: string; // 王 still ENROLLED when its last session ended
  let number: string;
  let pastSessions: string[];
  let endedSession: string;

  beforeAll(async () => {
    member(wang);
    member(xu);
    upcoming = await createCourse(sg, { title: '电工证培训', subsidyCents: 30_000, priceCents: 80_000, capacity: 1, minLearners: 1 });
    await scheduleSession(sg, upcoming, { startsAt: at(48), endsAt: at(50), stationId: newId() });
    expect((await enroll(sg, upcoming, wang)).status).toBe('ENROLLED');
    expect((await enroll(sg, upcoming, xu)).status).toBe('WAITLISTED');

    certified = await createCourse(sg, { title: '电动自行车安全骑行', certificateName: '安全骑行结业证书', requiredSessions: 2, capacity: 5, minLearners: 1 });
    pastSessions = [
      (await scheduleSession(sg, certified, { startsAt: at(-50), endsAt: at(-48), stationId: newId() })).id,
      (await scheduleSession(sg, certified, { startsAt: at(-3), endsAt: at(-2), stationId: newId() })).id,
    ];
    await scheduleSession(sg, certified, { startsAt: at(48), endsAt: at(50), stationId: newId() });
    for (const w of [wang, zhao]) {
      const e = await enroll(sg, certified, w);
      for (const s of pastSessions) dataOf(await sg.query(RECORD_ATTENDANCE, { enrollmentId: e.id, sessionId: s }, trainingOperator));
      const done = dataOf(await sg.query(COMPLETE, { id: e.id, holderName: w === wang ? '王强' : '赵六' }, trainingOperator)).completeEnrollment;
      if (w === wang) number = done.certificateNo;
    }

    full = await createCourse(sg, { title: '短视频运营', capacity: 1, minLearners: 1 });
    await scheduleSession(sg, full, { startsAt: at(24), endsAt: at(25), stationId: newId() });
    await enroll(sg, full, li);
    expect((await enroll(sg, full, wang)).status).toBe('WAITLISTED');

    ended = await createCourse(sg, { title: '急救常识', certificateName: '急救结业证书', capacity: 5, minLearners: 1 });
    endedSession = (await scheduleSession(sg, ended, { startsAt: at(1), endsAt: at(2), stationId: newId() })).id;
    await enroll(sg, ended, wang);

    dataOf(await askForCourse(sg, '叉车操作', wang));
    dataOf(await askForCourse(sg, '叉车操作', zhao));
    dataOf(await askForCourse(sg, '无人机驾驶', wang));
    // The last session of `ended` is over: its enrolments are final.
    clock.advance(3 * HOUR_MS);
  });

  it('exports each kind of record with the course’s name, and nothing of other workers', async () => {
    const res = await sg.privacy('export', wang, partnerFor(wang));
    expect(res.status).toBe(200);
    expect(res.body.service).toBe('training');
    const data = res.body.data;
    expect(Object.keys(data).sort()).toEqual(['attendance', 'certificates', 'courseRequests', 'enrollments', 'subsidyAccounts', 'subsidyMovements']);
    // All enrolled at the one instant of the test's clock: compared without their order.
    expect(data.enrollments.map((e: any) => `${e.courseTitle} ${e.status}`).sort()).toEqual(
      ['电工证培训 ENROLLED', '电动自行车安全骑行 COMPLETED', '短视频运营 WAITLISTED', '急救常识 ENROLLED'].sort(),
    );
    expect(data.enrollments.find((e: any) => e.courseId === upcoming)).toMatchObject({ courseId: upcoming, priceCents: 80_000, subsidyCents: 30_000, subsidyStatus: 'GRANTED', unionBranchId: BRANCH });
    expect(data.enrollments[0].enrolledAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(data.attendance.map((a: any) => [a.courseTitle, a.sessionId])).toEqual(pastSessions.map((s) => ['电动自行车安全骑行', s]));
    expect(data.certificates).toEqual([
      expect.objectContaining({ number, certificateName: '安全骑行结业证书', courseTitle: '电动自行车安全骑行', holderName: '王*', status: 'VALID' }),
    ]);
    expect(data.courseRequests.map((r: any) => r.topic).sort()).toEqual(['叉车操作', '无人机驾驶']);
    expect(data.subsidyAccounts).toEqual([expect.objectContaining({ usedCents: 30_000 })]);
    expect(data.subsidyMovements).toEqual([expect.objectContaining({ kind: 'GRANT', courseTitle: '电工证培训', amountCents: 30_000, unionBranchId: BRANCH })]);
    const text = JSON.stringify(res.body);
    for (const other of [xu, zhao, li]) expect(text).not.toContain(other);
    expect(text).not.toContain('王强');
  });

  it('exports empty lists for a worker training holds nothing about', async () => {
    const res = await sg.privacy('export', newId(), unionOperator);
    expect(res.status).toBe(200);
    expect(Object.values(res.body.data)).toEqual([[], [], [], [], [], []]);
  });

  it('lists the audited reads of the worker’s enrolments, and not those of another worker', async () => {
    await enrollmentsOf(wang, partnerFor(wang));
    await enrollmentsOf(zhao, admin);
    const res = await sg.privacy('accessLog', wang, admin);
    expect(res.status).toBe(200);
    expect(res.body.entries).toContainEqual(expect.objectContaining({ service: 'training', field: 'Worker.enrollments', subjectId: wang, role: 'partner', platform: 'MEITUAN' }));
    expect(res.body.entries.every((e: any) => e.subjectId === wang)).toBe(true);
  });

  it('refuses a partner acting for another worker (403) and a body without a worker id (400)', async () => {
    for (const action of ['export', 'accessLog', 'close'] as const) expect((await sg.privacy(action, wang, partnerFor(zhao))).status).toBe(403);
    expect((await sg.privacy('close', 'not-a-worker', admin)).status).toBe(400);
    expect(await sg.db.manager.countBy(Enrollment, { workerId: wang })).toBe(4);
  });

  it('closes: gives back the seat and the subsidy, keeps the figures, and leaves no row naming the worker', async () => {
    const before = { figures: await figures(), ledger: await reconciliation() };
    expect(before.figures).toMatchObject({ completions: 2, certificates: 2 });
    const zhaoRow = await sg.db.manager.findOneByOrFail(Enrollment, { workerId: zhao });

    const res = await sg.privacy('close', wang, partnerFor(wang));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      service: 'training',
      closed: {
        enrollmentsDropped: 2,
        enrollmentsAnonymised: 4,
        certificatesWithdrawn: 1,
        courseRequestsWithdrawn: 2,
        subsidyAccountsDeleted: 1,
        subsidyMovementsAnonymised: 2,
      },
    });
    expect(await rowsNaming(wang)).toEqual({ enrollments: 0, votes: 0, accounts: 0, movements: 0 });

    // The seat went to 许, who waited, with the subsidy; 王's came back to the ledger.
    const seat = await roster(upcoming);
    expect(seat).toMatchObject({ enrolledCount: 1, waitlistCount: 0 });
    const erased = seat.enrollments.find((e: any) => e.worker.id !== xu);
    const promoted = seat.enrollments.find((e: any) => e.worker.id === xu);
    expect(seat.enrollments).toHaveLength(2);
    expect(promoted).toMatchObject({ status: 'ENROLLED', worker: { id: xu } });
    expect(erased.status).toBe('DROPPED');
    expect(isErasedWorker(erased.worker.id)).toBe(true);
    const xuRow = await sg.db.manager.findOneByOrFail(Enrollment, { workerId: xu });
    expect(xuRow).toMatchObject({ subsidyStatus: 'GRANTED', subsidyCents: 30_000 });
    const moves = await sg.db.manager.findBy(SubsidyMovement, { enrollmentId: erased.id });
    expect(moves.map((m) => m.amountCents).sort()).toEqual([-30_000, 30_000]);
    expect(moves.every((m) => m.workerId === erased.worker.id)).toBe(true);
    expect(await roster(full)).toMatchObject({ enrolledCount: 1, waitlistCount: 0 });

    // Completions, certificates and seats counted before still count; the ledger's net is the same.
    expect(await figures()).toEqual(before.figures);
    const ledger = await reconciliation();
    expect(ledger.netCents).toBe(before.ledger.netCents);
    expect(ledger).toMatchObject({ grantedCents: before.ledger.grantedCents + 30_000, returnedCents: before.ledger.returnedCents + 30_000 });

    // The completion stays, for nobody; the certificate is no longer available, by the link or the API.
    const completion = (await roster(certified)).enrollments.find((e: any) => e.certificateNo === number);
    expect(completion).toMatchObject({ status: 'COMPLETED', attendedSessions: 2 });
    expect(isErasedWorker(completion.worker.id)).toBe(true);
    const stored = await sg.db.manager.findOneByOrFail(Enrollment, { certificateNo: number });
    expect(stored.holderNameMasked).toBeNull();
    expect(dataOf(await sg.query(CERTIFICATE, { number })).certificate).toBeNull();
    const page = await certificatePage(number);
    expect(page.status).toBe(410);
    expect(await page.json()).toEqual({ error: 'this certificate is no longer available', number });
    const html = await (await fetch(`${sg.url.replace(/\/graphql$/, '')}/certificate?number=${number}`, { headers: { accept: 'text/html' } })).text();
    expect(html).not.toContain('王*');
    expect(html).not.toContain('电动自行车安全骑行');
    // Others are untouched: 赵's completion, certificate and name stand.
    expect(await sg.db.manager.findOneByOrFail(Enrollment, { id: zhaoRow.id })).toEqual(zhaoRow);
    expect(dataOf(await sg.query(CERTIFICATE, { number: zhaoRow.certificateNo })).certificate).toMatchObject({ holderName: '赵*' });

    // The request 赵 shares counts one less; the one only 王 asked for is gone.
    const requests = dataOf(await sg.query(REQUESTS)).courseRequests as any[];
    expect(requests.find((r) => r.topic === '叉车操作').requests).toBe(1);
    expect(requests.find((r) => r.topic === '无人机驾驶')).toBeUndefined();
    expect(await sg.db.manager.countBy(CourseRequest, { topic: '无人机驾驶' })).toBe(0);

    // The enrolment of the ended course stays ENROLLED (final), for nobody; completing it later writes no name.
    const last = (await roster(ended)).enrollments[0];
    expect(last.status).toBe('ENROLLED');
    expect(isErasedWorker(last.worker.id)).toBe(true);
  });

  it('still answers every query that listed the worker’s records, without errors', async () => {
    expect(await enrollmentsOf(wang, partnerFor(wang))).toEqual([]);
    const page = await sg.query(WORKER_PAGE, { r: [{ __typename: 'Worker', id: wang }] }, admin);
    expect(errorCodes(page)).toEqual([]);
    expect(dataOf(page)._entities[0].enrollmentsPage).toEqual({ totalCount: 0, edges: [] });
    const sheet = await sg.query(SHEET, { id: certified }, admin);
    expect(errorCodes(sheet)).toEqual([]);
    const lines = dataOf(sheet).course.sessions[0].attendance;
    expect(lines).toMatchObject({ totalCount: 2, attendedCount: 2 });
    expect(lines.edges.every((e: any) => e.node.enrollment.worker.id && e.node.enrollment.worker.id !== wang)).toBe(true);
    for (const course of [upcoming, certified, full, ended]) expect((await roster(course)).enrollments.every((e: any) => e.worker.id !== wang)).toBe(true);
    expect((await sg.privacy('export', wang, admin)).body.data).toEqual({
      enrollments: [],
      attendance: [],
      certificates: [],
      courseRequests: [],
      subsidyAccounts: [],
      subsidyMovements: [],
    });
  });

  it('changes nothing when closed again', async () => {
    const res = await sg.privacy('close', wang, admin);
    expect(res.body.closed).toEqual({
      enrollmentsDropped: 0,
      enrollmentsAnonymised: 0,
      certificatesWithdrawn: 0,
      courseRequestsWithdrawn: 0,
      subsidyAccountsDeleted: 0,
      subsidyMovementsAnonymised: 0,
    });
  });

  it('writes no holder name onto an erased enrolment completed afterwards', async () => {
    const e = (await roster(ended)).enrollments[0];
    dataOf(await sg.query(RECORD_ATTENDANCE, { enrollmentId: e.id, sessionId: endedSession }, trainingOperator));
    const done = dataOf(await sg.query(COMPLETE, { id: e.id, holderName: '王强' }, trainingOperator)).completeEnrollment;
    expect((await sg.db.manager.findOneByOrFail(Enrollment, { id: e.id })).holderNameMasked).toBeNull();
    expect((await certificatePage(done.certificateNo)).status).toBe(410);
  });
});

describe('closing while the worker drops and enrols', () => {
  it('leaves each write whole: one return of the subsidy, one promotion, and a ledger that matches every enrolment', async () => {
    const v = member();
    const u = member();
    const seat = await createCourse(sg, { title: `并发课程 ${newId().slice(-6)}`, subsidyCents: 20_000, priceCents: 50_000, capacity: 1, minLearners: 1 });
    await scheduleSession(sg, seat, { startsAt: at(48), endsAt: at(50), stationId: newId() });
    const other = await createCourse(sg, { title: `并发课程 ${newId().slice(-6)}`, subsidyCents: 20_000, priceCents: 50_000, capacity: 3, minLearners: 1 });
    await scheduleSession(sg, other, { startsAt: at(48), endsAt: at(50), stationId: newId() });
    const held = await enroll(sg, seat, v);
    await enroll(sg, seat, u);

    const [closed, dropped, enrolled] = await Promise.all([
      sg.privacy('close', v, admin),
      sg.query(DROP, { id: held.id }, partnerFor(v)),
      sg.query(`mutation($c: ID!, $w: ID) { enroll(courseId: $c, workerId: $w) { id status } }`, { c: other, w: v }, trainingOperator),
    ]);
    expect(closed.status).toBe(200);
    // The drop either went first, or found the enrolment no longer the worker's.
    expect(errorCodes(dropped).filter((c) => c !== 'FORBIDDEN')).toEqual([]);
    expect(enrolled.errors ?? []).toEqual([]);

    const moves = await sg.db.manager.findBy(SubsidyMovement, { enrollmentId: held.id });
    expect(moves.map((m) => m.amountCents).sort((a, b) => a - b)).toEqual([-20_000, 20_000]);
    expect(await roster(seat)).toMatchObject({ enrolledCount: 1, waitlistCount: 0 });
    expect(await sg.db.manager.findOneByOrFail(Enrollment, { workerId: u, courseId: seat })).toMatchObject({ status: 'ENROLLED', subsidyStatus: 'GRANTED' });

    // The enrolment in the other course landed whole before the close (dropped and erased with the rest) or after it (the worker's own).
    const rows = await sg.db.manager.findBy(Enrollment, { courseId: In([seat, other]) });
    for (const e of rows) {
      const ledger = (await sg.db.manager.findBy(SubsidyMovement, { enrollmentId: e.id })).reduce((sum, m) => sum + m.amountCents, 0);
      expect({ id: e.id, ledger }).toEqual({ id: e.id, ledger: e.subsidyCents ?? 0 });
      if (e.workerId === v) expect(e).toMatchObject({ courseId: other, status: 'ENROLLED' });
      else if (e.courseId === other) expect(isErasedWorker(e.workerId) && e.status === 'DROPPED').toBe(true);
    }
    expect((await roster(other)).enrolledCount).toBe(rows.filter((e) => e.courseId === other && e.status === 'ENROLLED').length);
  });
});
