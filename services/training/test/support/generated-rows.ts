/** The generated data set as rows, and every rule of the service they must obey, computed plainly. */
import { DAY_MS, startOfBeijingMonth, type MetricsPeriod } from '@nef/kit';
import { CITY, generatedStationId, generatedWorker, NATIONAL, nationalArea, type DatasetScale, type GeneratedWorker } from '@nef/kit/seed';
import type { TestSubgraph } from '@nef/kit/testing';
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
} from '../../src/entities';
import type { TrainingMetrics } from '../../src/queries/metrics';
import { requiredAttendance } from '../../src/rules/attendance';
import { checkCourseInput, checkSessionInput } from '../../src/rules/course-input';
import { demandKey, normaliseTopic } from '../../src/rules/course-request';
import { subsidyYear } from '../../src/rules/subsidy';
import type { Plan } from '../../src/seed/city-plan';
import { settings } from '../../src/settings';

/** A period as the plain computation takes it: either end may be open. */
export interface Period {
  from: Date | null;
  to: Date | null;
}

export interface Rows {
  courses: CourseRow[];
  sessions: CourseSessionRow[];
  enrollments: EnrollmentRow[];
  attendances: AttendanceRow[];
  requests: CourseRequestRow[];
  votes: CourseRequestVoteRow[];
}

export const SEED = 42;
const CERTIFICATE = /^TRN-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{16}$/;

export const rowsOfPlan = (plan: Plan): Rows => ({
  courses: plan.courses.map((p) => p.course),
  sessions: plan.courses.flatMap((p) => p.sessions),
  enrollments: plan.courses.flatMap((p) => p.enrollments),
  attendances: plan.courses.flatMap((p) => p.attendances),
  requests: plan.requests.map((r) => r.request),
  votes: plan.requests.flatMap((r) => r.votes),
});

export async function rowsOf(sg: TestSubgraph): Promise<Rows> {
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

export const groupBy = <T>(rows: T[], key: (r: T) => string) => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
};
export const t = (d: Date | null) => d?.getTime() ?? NaN;
export const order = (a: EnrollmentRow, b: EnrollmentRow) => t(a.enrolledAt) - t(b.enrolledAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Every rule of the service the generated rows must obey, as if they had been made through the
 * API, and the generator's own promises (generated workers and stations of the data set of
 * `scale`, courses in its districts, the year before `now`, subsidies for members only within
 * the cap). Returns what is wrong, one line each.
 */
export function violations(rows: Rows, workerCount: number, now: Date, scale: DatasetScale = 'city'): string[] {
  const out: string[] = [];
  const bad = (what: string) => out.length < 20 && out.push(what);
  const workers = new Map<string, GeneratedWorker>();
  for (let i = 0; i < workerCount; i++) {
    const w = generatedWorker(SEED, i, scale);
    workers.set(w.id, w);
  }
  const stationCount = scale === 'city' ? CITY.stations : NATIONAL.stations;
  const stations = new Set(Array.from({ length: stationCount }, (_, k) => generatedStationId(scale, SEED, k)));
  const inDataSet = (district: string) => (scale === 'city' ? district === CITY.districtCode : nationalArea(district) !== undefined);
  const courses = new Map(rows.courses.map((c) => [c.id, c]));
  const sessionsOf = groupBy(rows.sessions, (s) => s.courseId);
  const sessions = new Map(rows.sessions.map((s) => [s.id, s]));
  const attendedBy = groupBy(rows.attendances, (a) => a.enrollmentId);
  const enrollments = new Map(rows.enrollments.map((e) => [e.id, e]));

  for (const c of rows.courses) {
    const { problems } = checkCourseInput({ ...c });
    if (problems.length) bad(`course ${c.id}: ${problems.map((p) => p.message).join('; ')}`);
    if (!['PLANNED', 'CONFIRMED', 'CANCELLED'].includes(c.status)) bad(`course ${c.id} stores ${c.status}`);
    if (c.districtCode !== null && !inDataSet(c.districtCode)) bad(`course ${c.id} in ${c.districtCode}`);
    if (t(c.createdAt) > now.getTime() || t(c.createdAt) < now.getTime() - CITY.days * DAY_MS) bad(`course ${c.id} created outside the year`);
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
      if (w && t(e.enrolledAt) < now.getTime() - w.registeredDaysAgo * DAY_MS) bad(`enrolment ${e.id} before the worker registered`);
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
        const memberSince = w?.joinedDaysAgo == null ? Infinity : now.getTime() - w.joinedDaysAgo * DAY_MS + DAY_MS;
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
    const key = `${e.workerId}|${subsidyYear(e.seatedAt).start.toISOString()}`;
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
export function plainMetrics(rows: Rows, code: string, period: Period): TrainingMetrics {
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
export function beijingMonths(now: Date, back: number, ahead = 0): MetricsPeriod[] {
  return Array.from({ length: back + ahead + 1 }, (_, i) => ({
    from: startOfBeijingMonth(now, i - back),
    to: startOfBeijingMonth(now, i - back + 1),
  }));
}
