import { CITY, generatedStationId, generatedWorker, type GeneratedWorker } from '@nef/kit/seed';
import { dataOf, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { requiredAttendance } from '../src/domain/attendance';
import { checkCourseInput, checkSessionInput } from '../src/domain/course-input';
import { demandKey, normaliseTopic } from '../src/domain/course-request';
import { generate, planCity, type GenerateOptions, type Plan } from '../src/domain/generate';
import { courseStatus } from '../src/domain/status';
import { shanghaiYear } from '../src/domain/subsidy';
import {
  Attendance,
  Course,
  CourseRequest,
  CourseRequestVote,
  CourseSession,
  Enrollment,
  type AttendanceRow,
  type CourseRequestRow,
  type CourseRequestVoteRow,
  type CourseRow,
  type CourseSessionRow,
  type EnrollmentRow,
} from '../src/entities';
import { trainingMetrics, type Period, type TrainingMetrics } from '../src/metrics';
import { service } from '../src/service';
import { settings } from '../src/settings';
import { admin, cityDashboard, DROP, ENROLL, newId, trainingOperator } from './support';

interface Rows {
  courses: CourseRow[];
  sessions: CourseSessionRow[];
  enrollments: EnrollmentRow[];
  attendances: AttendanceRow[];
  requests: CourseRequestRow[];
  votes: CourseRequestVoteRow[];
}

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;
const SEED = 42;
const CERTIFICATE = /^TRN-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{16}$/;

const rowsOfPlan = (plan: Plan): Rows => ({
  courses: plan.courses.map((p) => p.course),
  sessions: plan.courses.flatMap((p) => p.sessions),
  enrollments: plan.courses.flatMap((p) => p.enrollments),
  attendances: plan.courses.flatMap((p) => p.attendances),
  requests: plan.requests.map((r) => r.request),
  votes: plan.requests.flatMap((r) => r.votes),
});

async function rowsOf(sg: TestSubgraph): Promise<Rows> {
  const em = sg.db.manager;
  return {
    courses: await em.find(Course, { order: { id: 'ASC' } }),
    sessions: await em.find(CourseSession, { order: { id: 'ASC' } }),
    enrollments: await em.find(Enrollment, { order: { id: 'ASC' } }),
    attendances: await em.find(Attendance, { order: { id: 'ASC' } }),
    requests: await em.find(CourseRequest, { order: { id: 'ASC' } }),
    votes: await em.find(CourseRequestVote, { order: { id: 'ASC' } }),
  };
}

const groupBy = <T>(rows: T[], key: (r: T) => string) => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
};
const t = (d: Date | null) => d?.getTime() ?? NaN;
const order = (a: EnrollmentRow, b: EnrollmentRow) => t(a.enrolledAt) - t(b.enrolledAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every rule of the service the generated rows must obey, as if they had been made through the
 * API, and the generator's own promises (generated workers and stations, the year before `now`,
 * subsidies for members only within the cap). Returns what is wrong, one line each.
 */
function violations(rows: Rows, workerCount: number, now: Date): string[] {
  const out: string[] = [];
  const bad = (what: string) => out.length < 20 && out.push(what);
  const workers = new Map<string, GeneratedWorker>();
  for (let i = 0; i < workerCount; i++) {
    const w = generatedWorker(SEED, i);
    workers.set(w.id, w);
  }
  const stations = new Set(Array.from({ length: CITY.stations }, (_, k) => generatedStationId('city', SEED, k)));
  const courses = new Map(rows.courses.map((c) => [c.id, c]));
  const sessionsOf = groupBy(rows.sessions, (s) => s.courseId);
  const sessions = new Map(rows.sessions.map((s) => [s.id, s]));
  const attendedBy = groupBy(rows.attendances, (a) => a.enrollmentId);
  const enrollments = new Map(rows.enrollments.map((e) => [e.id, e]));

  for (const c of rows.courses) {
    const { problems } = checkCourseInput({ ...c });
    if (problems.length) bad(`course ${c.id}: ${problems.map((p) => p.message).join('; ')}`);
    if (!['PLANNED', 'CONFIRMED', 'CANCELLED'].includes(c.status)) bad(`course ${c.id} stores ${c.status}`);
    if (c.districtCode !== null && c.districtCode !== CITY.districtCode) bad(`course ${c.id} in ${c.districtCode}`);
    if (t(c.createdAt) > now.getTime() || t(c.createdAt) < now.getTime() - CITY.days * DAY) bad(`course ${c.id} created outside the year`);
    if (t(c.updatedAt) < t(c.createdAt) || t(c.updatedAt) > now.getTime()) bad(`course ${c.id} updated at ${c.updatedAt.toISOString()}`);
    const own = sessionsOf.get(c.id) ?? [];
    if (own.length === 0) bad(`course ${c.id} has no session`);
    if (c.requiredSessions !== null && c.requiredSessions > own.length) bad(`course ${c.id} requires more sessions than it has`);
    for (const s of own) {
      const { problems: sp } = checkSessionInput(c.mode, s);
      if (sp.length) bad(`session ${s.id}: ${sp.map((p) => p.message).join('; ')}`);
      if (s.stationId !== null && !stations.has(s.stationId)) bad(`session ${s.id} at a station that is not generated`);
      if (t(s.startsAt) <= t(c.createdAt)) bad(`session ${s.id} before its course was created`);
    }
  }

  for (const [courseId, list] of groupBy(rows.enrollments, (e) => e.courseId)) {
    const c = courses.get(courseId);
    if (!c) {
      bad(`enrolment in unknown course ${courseId}`);
      continue;
    }
    const own = sessionsOf.get(c.id) ?? [];
    const lastEnd = Math.max(...own.map((s) => t(s.endsAt)));
    const seated = list.filter((e) => e.status === 'ENROLLED');
    const waiting = list.filter((e) => e.status === 'WAITLISTED').sort(order);
    if (seated.length > c.capacity) bad(`course ${c.id}: ${seated.length} seated over a capacity of ${c.capacity}`);
    if (c.status === 'CANCELLED' && (seated.length || waiting.length)) bad(`cancelled course ${c.id} still holds seats`);
    if (c.status === 'PLANNED' && seated.length >= c.minLearners) bad(`course ${c.id} PLANNED with its minimum seated`);
    // Completions free seats without moving the waitlist (as completeEnrollment does); drops always move it.
    if (waiting.length && seated.length < c.capacity && !list.some((e) => e.status === 'COMPLETED')) {
      bad(`course ${c.id}: a free seat while ${waiting.length} wait`);
    }
    // Promotions in order: whoever moved up asked before everyone still waiting.
    const promoted = list.filter((e) => e.seatedAt && t(e.seatedAt) > t(e.enrolledAt)).sort(order);
    if (promoted.length && waiting.length && order(promoted[promoted.length - 1]!, waiting[0]!) > 0) {
      bad(`course ${c.id}: ${promoted[promoted.length - 1]!.id} moved up before ${waiting[0]!.id}, who asked first`);
    }
    const certificates = new Set<string>();
    for (const e of list) {
      const w = workers.get(e.workerId);
      if (!w) bad(`enrolment ${e.id} of a worker who is not generated`);
      if (w && t(e.enrolledAt) < now.getTime() - w.registeredDaysAgo * DAY) bad(`enrolment ${e.id} before the worker registered`);
      if (t(e.enrolledAt) < t(c.createdAt) || t(e.enrolledAt) > now.getTime() || t(e.enrolledAt) >= lastEnd) {
        bad(`enrolment ${e.id} outside its course's sign-up time`);
      }
      const holds = e.status === 'ENROLLED' || e.status === 'COMPLETED';
      if (holds !== (e.seatedAt !== null)) bad(`enrolment ${e.id} ${e.status} with seat time ${e.seatedAt?.toISOString()}`);
      if (e.seatedAt && t(e.seatedAt) < t(e.enrolledAt)) bad(`enrolment ${e.id} seated before it asked`);
      if (t(e.updatedAt) < t(e.enrolledAt) || t(e.updatedAt) > now.getTime()) bad(`enrolment ${e.id} updated at ${e.updatedAt.toISOString()}`);
      if (e.status === 'COMPLETED') {
        const attended = (attendedBy.get(e.id) ?? []).filter((a) => t(a.recordedAt) <= t(e.completedAt)).length;
        const required = requiredAttendance(c.requiredSessions, own.length);
        if (!e.completedAt || t(e.completedAt) < t(e.seatedAt) || attended < required) bad(`enrolment ${e.id} completed without the attendance`);
        if ((c.certificateName !== null) !== (e.certificateNo !== null)) bad(`enrolment ${e.id}: certificate ${e.certificateNo} for ${c.certificateName}`);
        if (e.certificateNo && !CERTIFICATE.test(e.certificateNo)) bad(`certificate number ${e.certificateNo}`);
        if (e.certificateNo) certificates.add(e.certificateNo);
        if (e.holderNameMasked !== null && (!e.certificateNo || !/^.\**$/u.test(e.holderNameMasked))) bad(`holder name ${e.holderNameMasked}`);
      } else if (e.completedAt || e.certificateNo || e.holderNameMasked) {
        bad(`enrolment ${e.id} ${e.status} with a completion`);
      }
      if (c.subsidyCents > 0) {
        // A day's margin: the union dates membership by day.
        const memberSince = w?.joinedDaysAgo == null ? Infinity : now.getTime() - w.joinedDaysAgo * DAY + DAY;
        if (memberSince > t(e.enrolledAt)) bad(`enrolment ${e.id}: a subsidised course for a worker not yet a member`);
      }
    }
  }
  const numbers = rows.enrollments.filter((e) => e.certificateNo).map((e) => e.certificateNo);
  if (new Set(numbers).size !== numbers.length) bad('certificate numbers repeat');

  // The subsidy used in any Asia/Shanghai year stays within the cap.
  const used = new Map<string, number>();
  for (const e of rows.enrollments) {
    const c = courses.get(e.courseId)!;
    if (!e.seatedAt || c.subsidyCents === 0) continue;
    const key = `${e.workerId}|${shanghaiYear(e.seatedAt).start.toISOString()}`;
    used.set(key, (used.get(key) ?? 0) + c.subsidyCents);
  }
  for (const [key, cents] of used) if (cents > settings.subsidyCapCents) bad(`subsidy ${cents} over the cap for ${key}`);

  for (const a of rows.attendances) {
    const e = enrollments.get(a.enrollmentId);
    const s = sessions.get(a.sessionId);
    if (!e || !s || s.courseId !== e.courseId) bad(`attendance ${a.id} of a session of another course`);
    else if (t(a.recordedAt) < t(s.startsAt) || t(a.recordedAt) > now.getTime()) bad(`attendance ${a.id} recorded before its session began`);
    else if (e.status === 'WAITLISTED') bad(`attendance ${a.id} of a learner still waiting`);
  }

  const votesOf = groupBy(rows.votes, (v) => v.requestId);
  const open = new Set<string>();
  for (const r of rows.requests) {
    const votes = votesOf.get(r.id) ?? [];
    if (r.requests !== votes.length || r.requests === 0) bad(`request ${r.id} counts ${r.requests} for ${votes.length} votes`);
    if (new Set(votes.map((v) => v.workerId)).size !== votes.length) bad(`request ${r.id}: a worker asked twice`);
    if (votes.some((v) => !workers.has(v.workerId))) bad(`request ${r.id}: a worker who is not generated`);
    if ((r.openedAt !== null) !== r.requests >= settings.courseRequestThreshold) bad(`request ${r.id} opened at ${r.openedAt?.toISOString()} with ${r.requests}`);
    const key = demandKey(r.districtCode, r.category, normaliseTopic(r.topic).key);
    if (r.fulfilledByCourseId) {
      const c = courses.get(r.fulfilledByCourseId);
      if (!c || (c.districtCode !== null && c.districtCode !== r.districtCode)) bad(`request ${r.id} fulfilled by a course elsewhere`);
      if (r.openKey !== null || t(r.fulfilledAt) !== t(c?.createdAt ?? null)) bad(`request ${r.id} fulfilled but still open`);
      if (votes.some((v) => t(v.createdAt) >= t(r.fulfilledAt))) bad(`request ${r.id} took requests after it was fulfilled`);
    } else {
      if (r.openKey !== key) bad(`request ${r.id} open under ${r.openKey}, not ${key}`);
      if (open.has(key)) bad(`two open requests for ${key}`);
      open.add(key);
    }
    if (votes.some((v) => t(v.createdAt) < t(r.createdAt))) bad(`request ${r.id} has a request from before it existed`);
  }
  return out;
}

/** District.trainingMetrics as the README defines it, computed from the rows. */
function plainMetrics(rows: Rows, code: string, period: Period): TrainingMetrics {
  const inPeriod = (d: Date | null) => d !== null && (!period.from || t(d) >= t(period.from)) && (!period.to || t(d) < t(period.to));
  const courses = new Map(rows.courses.filter((c) => c.districtCode === code).map((c) => [c.id, c]));
  const seats = rows.enrollments.filter((e) => courses.has(e.courseId) && (e.status === 'ENROLLED' || e.status === 'COMPLETED') && inPeriod(e.seatedAt));
  const completions = rows.enrollments.filter((e) => courses.has(e.courseId) && e.status === 'COMPLETED' && inPeriod(e.completedAt));
  const byCategory = new Map<string, number>();
  for (const e of seats) {
    const category = courses.get(e.courseId)!.category;
    byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
  }
  return {
    courses: [...courses.values()].filter((c) => c.status !== 'CANCELLED' && inPeriod(c.createdAt)).length,
    enrollments: seats.length,
    completions: completions.length,
    certificates: completions.filter((e) => e.certificateNo).length,
    byCategory: [...byCategory].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)),
  };
}

/** Whole Beijing months, `back` months before the one holding `now`, to `ahead` months after. */
function beijingMonths(now: Date, back: number, ahead = 0): Period[] {
  const local = new Date(now.getTime() + BEIJING);
  return Array.from({ length: back + ahead + 1 }, (_, i) => {
    const m = local.getUTCMonth() - back + i;
    return {
      from: new Date(Date.UTC(local.getUTCFullYear(), m, 1) - BEIJING),
      to: new Date(Date.UTC(local.getUTCFullYear(), m + 1, 1) - BEIJING),
    };
  });
}

describe('the city data generator, planned without a database', () => {
  // A tenth of the city: enough courses for every way a course and an enrolment can end.
  const now = new Date('2026-11-22T12:00:00+08:00');
  const opts = { seed: SEED, workers: 10_000, now, subsidyCapCents: settings.subsidyCapCents, requestThreshold: settings.courseRequestThreshold };
  const plan = planCity(opts);
  const rows = rowsOfPlan(plan);

  it('scales the city volumes down with the workers', () => {
    expect(rows.courses.filter((c) => c.districtCode === CITY.districtCode)).toHaveLength(60);
    expect(rows.courses.filter((c) => c.districtCode === null)).toHaveLength(4);
    // About 80,000 enrolments for 100,000 workers; most workers in no course, none in more than three.
    expect(rows.enrollments.length).toBeGreaterThan(6_000);
    expect(rows.enrollments.length).toBeLessThan(10_000);
    const perWorker = [...groupBy(rows.enrollments, (e) => e.workerId).values()].map((l) => l.length);
    expect(Math.max(...perWorker)).toBeLessThanOrEqual(3);
    expect(perWorker.length).toBeLessThan(6_000);
    expect(rows.sessions.length).toBeGreaterThan(rows.courses.length * 2);
    expect(rows.votes.length).toBeGreaterThan(450);
  });

  it('leaves courses and enrolments in every state the rules allow', () => {
    const states = new Set(
      plan.courses.map((p) => courseStatus(p.course.status, p.sessions, now)),
    );
    // Upcoming courses are PLANNED or CONFIRMED, depending on their sign-ups so far.
    expect([...states].filter((s) => s !== 'PLANNED').sort()).toEqual(['CANCELLED', 'COMPLETED', 'CONFIRMED', 'RUNNING']);
    expect(new Set(rows.enrollments.map((e) => e.status)).size).toBe(4);
    expect(new Set(rows.courses.map((c) => c.category)).size).toBe(9);
    expect(new Set(rows.courses.map((c) => c.mode)).size).toBe(3);
    expect(rows.enrollments.some((e) => e.certificateNo)).toBe(true);
    expect(rows.enrollments.some((e) => e.seatedAt && t(e.seatedAt) > t(e.enrolledAt))).toBe(true);
    expect(rows.requests.some((r) => r.fulfilledByCourseId)).toBe(true);
    expect(rows.requests.some((r) => r.openedAt && !r.fulfilledByCourseId)).toBe(true);
  });

  it('obeys every rule of the service', () => {
    expect(violations(rows, opts.workers, now)).toEqual([]);
  });

  it('draws the same rows from the same seed, and others from another', () => {
    const again = rowsOfPlan(planCity({ ...opts, workers: 2_000, courses: 60, cityWideCourses: 4 }));
    const small = rowsOfPlan(planCity({ ...opts, workers: 2_000, courses: 60, cityWideCourses: 4 }));
    expect(again).toEqual(small);
    // Courses do not depend on how many workers there are.
    expect(again.courses.map((c) => c.id)).toEqual(rows.courses.map((c) => c.id));
    const other = rowsOfPlan(planCity({ ...opts, seed: 7, workers: 2_000, courses: 60, cityWideCourses: 4 }));
    expect(other.courses.map((c) => c.id)).not.toEqual(again.courses.map((c) => c.id));
  });
});

describe('the city data generator, written to the database', () => {
  // The present, so that what the API derives from the clock agrees with the generated year.
  const now = new Date();
  const opts: GenerateOptions = {
    seed: SEED,
    workers: 900,
    courses: 8,
    cityWideCourses: 1,
    requestVotes: 1_200,
    now,
    batchSize: 3,
    subsidyCapCents: settings.subsidyCapCents,
    requestThreshold: settings.courseRequestThreshold,
  };
  let a: TestSubgraph;
  let b: TestSubgraph;
  let rows: Rows;
  beforeAll(async () => {
    [a, b] = await Promise.all([startTestSubgraph(service), startTestSubgraph(service)]);
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
  });

  it('writes the same rows from the same seed, in batches, and resumes an interrupted run', async () => {
    const steps: string[] = [];
    const first = await generate(a.db, { ...opts, progress: (p) => steps.push(`${p.what} ${p.done}/${p.total}`) });
    expect(steps.filter((l) => l.startsWith('courses'))).toEqual(['courses 3/9', 'courses 6/9', 'courses 9/9']);
    expect(steps[steps.length - 1]).toMatch(/^requests (\d+)\/\1$/);
    // Interrupted after its first batch, then started again.
    await expect(
      generate(b.db, {
        ...opts,
        progress: (p) => {
          if (p.done === 3) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    const resumed = await generate(b.db, opts);
    expect(resumed.courses).toBe(6);
    rows = await rowsOf(a);
    expect(await rowsOf(b)).toEqual(rows);
    expect(first).toEqual({
      courses: 9,
      sessions: rows.sessions.length,
      enrollments: rows.enrollments.length,
      attendances: rows.attendances.length,
      requests: rows.requests.length,
      votes: rows.votes.length,
    });
    expect(rows.enrollments.length).toBeGreaterThan(500);
    expect(rows.enrollments.length).toBeLessThan(900);
    expect(rows.attendances.length).toBeGreaterThan(rows.enrollments.length);
    expect(rows.requests.length).toBeGreaterThan(30);
  });

  it('adds nothing when run again', async () => {
    const again = await generate(a.db, opts);
    expect(again).toEqual({ courses: 0, sessions: 0, enrollments: 0, attendances: 0, requests: 0, votes: 0 });
    expect(await rowsOf(a)).toEqual(rows);
  });

  it('leaves rows that obey every rule of the service', () => {
    expect(violations(rows, opts.workers!, now)).toEqual([]);
  });

  it('answers the district metrics as the plain computation over the rows does, for any period', async () => {
    const periods: Period[] = [
      { from: null, to: null },
      ...beijingMonths(now, 13, 1),
      { from: beijingMonths(now, 12)[0]!.from, to: beijingMonths(now, 1)[0]!.to },
      { from: new Date(now.getTime() - 100 * DAY), to: null },
      { from: null, to: new Date(now.getTime() - 200 * DAY + 12_345) },
      { from: new Date(now.getTime() - 45 * DAY - 3_600_000), to: new Date(now.getTime() - 3 * DAY) },
    ];
    for (const period of periods) {
      const fast = await trainingMetrics(a.db, [CITY.districtCode, '110108'], period);
      expect(fast.get(CITY.districtCode)).toEqual(plainMetrics(rows, CITY.districtCode, period));
      expect(fast.get('110108')).toEqual(plainMetrics(rows, '110108', period));
    }
    const total = plainMetrics(rows, CITY.districtCode, { from: null, to: null });
    expect(total.enrollments).toBeGreaterThan(200);
    expect(total.completions).toBeGreaterThan(0);

    // Through the API, as the dashboard asks: a month per alias, in one operation.
    const months = beijingMonths(now, 11);
    const aliases = months.map((m, i) => `m${i}: trainingMetrics(from: "${m.from!.toISOString()}", to: "${m.to!.toISOString()}") { enrollments completions }`);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on District {
      all: trainingMetrics { courses enrollments completions certificates byCategory { key count } }
      ${aliases.join('\n')}
    } } }`;
    const before = a.db.statements;
    const d = dataOf(await a.query(query, { r: [{ __typename: 'District', code: CITY.districtCode }] }, cityDashboard))._entities[0];
    expect(d.all).toEqual(total);
    months.forEach((m, i) => {
      const plain = plainMetrics(rows, CITY.districtCode, m);
      expect(d[`m${i}`]).toEqual({ enrollments: plain.enrollments, completions: plain.completions });
    });
    // Three statements per period, whatever the number of districts.
    expect(a.db.statements - before).toBe(3 * (months.length + 1));
  });

  it('serves the catalogue, timetables, enrolments, certificates and requests from the generated rows', async () => {
    const derived = rows.courses.map((c) => courseStatus(c.status, rows.sessions.filter((s) => s.courseId === c.id), new Date()));
    const completed = derived.filter((s) => s === 'COMPLETED').length;
    const catalogue = dataOf(await a.query(`{ courses(filter: { status: COMPLETED }, first: 1) { totalCount } }`)).courses;
    expect(catalogue.totalCount).toBe(completed);

    // A learner with the most enrolments, as an operator reads them.
    const byWorker = [...groupBy(rows.enrollments, (e) => e.workerId)].sort((x, y) => y[1].length - x[1].length)[0]!;
    const worker = dataOf(
      await a.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { enrollments { id status course { id } } } } }`,
        { r: [{ __typename: 'Worker', id: byWorker[0] }] },
        trainingOperator,
      ),
    )._entities[0];
    expect(worker.enrollments.map((e: { id: string }) => e.id)).toEqual(byWorker[1].sort(order).map((e) => e.id));

    // A certificate checks out, with the holder's masked name.
    const certified = rows.enrollments.find((e) => e.certificateNo && e.holderNameMasked);
    if (certified) {
      const cert = dataOf(await a.query(`query($n: String!) { certificate(number: $n) { number courseTitle holderName } }`, { n: certified.certificateNo!.toLowerCase() })).certificate;
      expect(cert).toEqual({
        number: certified.certificateNo,
        courseTitle: rows.courses.find((c) => c.id === certified.courseId)!.title,
        holderName: certified.holderNameMasked,
      });
    }

    // Every station with sessions to come shows them, soonest first.
    const upcoming = rows.sessions.filter((s) => s.stationId && t(s.startsAt) > Date.now() && rows.courses.find((c) => c.id === s.courseId)!.status !== 'CANCELLED');
    const stationIds = [...new Set(upcoming.map((s) => s.stationId!))];
    const timetable = dataOf(
      await a.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Station { id upcomingSessions(first: 100) { id } } } }`,
        { r: stationIds.map((id) => ({ __typename: 'Station', id })) },
      ),
    )._entities;
    expect(timetable.flatMap((s: { upcomingSessions: unknown[] }) => s.upcomingSessions)).toHaveLength(upcoming.length);

    const openDemand = rows.requests.filter((r) => r.openedAt && !r.fulfilledByCourseId).length;
    const requests = dataOf(await a.query(`{ courseRequests(district: "110105", open: true, first: 100) { id requests open } }`)).courseRequests;
    expect(requests).toHaveLength(Math.min(100, openDemand));
    expect(requests.every((r: { open: boolean; requests: number }) => r.open && r.requests >= settings.courseRequestThreshold)).toBe(true);
  });

  it('takes enrolments and drops on top of the generated rows, by the same rules', async () => {
    // A course still taking enrolments, with seated learners.
    const open = rows.courses.find((c) => {
      const status = courseStatus(c.status, rows.sessions.filter((s) => s.courseId === c.id), new Date());
      return (status === 'RUNNING' || status === 'CONFIRMED') && rows.enrollments.some((e) => e.courseId === c.id && e.status === 'ENROLLED');
    })!;
    expect(open).toBeDefined();
    const roster = rows.enrollments.filter((e) => e.courseId === open.id);
    const seated = roster.filter((e) => e.status === 'ENROLLED').length;
    const waiting = roster.filter((e) => e.status === 'WAITLISTED').sort(order);

    const newcomer = dataOf(await a.query(ENROLL, { courseId: open.id, workerId: newId() }, trainingOperator)).enroll;
    expect(newcomer.status).toBe(seated < open.capacity ? 'ENROLLED' : 'WAITLISTED');

    const leaving = roster.find((e) => e.status === 'ENROLLED')!;
    dataOf(await a.query(DROP, { id: leaving.id }, admin));
    const after = await a.db.manager.find(Enrollment, { where: { courseId: open.id } });
    const status = (id: string) => after.find((e) => e.id === id)!.status;
    expect(status(leaving.id)).toBe('DROPPED');
    // The seat goes to whoever waited longest (a newcomer who was waitlisted comes after them).
    if (waiting.length) expect(status(waiting[0]!.id)).toBe('ENROLLED');
    else if (newcomer.status === 'WAITLISTED') expect(status(newcomer.id)).toBe('ENROLLED');
    expect(after.filter((e) => e.status === 'ENROLLED').length).toBeLessThanOrEqual(open.capacity);
  });
});
