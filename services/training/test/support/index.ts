import { HOUR_MS, nameId, newId, type Principal } from '@nef/kit';
import { dataOf, type TestSubgraph } from '@nef/kit/testing';

export const admin: Principal = { role: 'admin', keyId: 'key-admin' };
export const trainingOperator: Principal = { role: 'operator', domain: 'training', keyId: 'key-training' };
export const chaoyangTrainingOperator: Principal = {
  role: 'operator',
  domain: 'training',
  districts: ['110105'],
  keyId: 'key-training-cy',
};
export const unionOperator: Principal = { role: 'operator', domain: 'union', keyId: 'key-union' };
export const cityDashboard: Principal = { role: 'dashboard', keyId: 'key-dashboard' };
export const anonymous: Principal = { role: 'anonymous' };
export const partnerFor = (workerId?: string): Principal => ({
  role: 'partner',
  platform: 'MEITUAN',
  keyId: 'key-meituan',
  ...(workerId ? { workerId } : {}),
});

export const worker = (key: string) => nameId(`test:worker:${key}`);
export { newId };

export const COURSE_FIELDS = `id title category mode provider description district { code } minLearners capacity status
  enrolledCount waitlistCount certificateName subsidyCents priceCents
  sessions { id startsAt endsAt onlineUrl station { id } course { id } }`;

export const CREATE_COURSE = `mutation($input: CreateCourseInput!) { createCourse(input: $input) { ${COURSE_FIELDS} } }`;
export const SCHEDULE_SESSION = `mutation($courseId: ID!, $input: SessionInput!) {
  scheduleSession(courseId: $courseId, input: $input) { id startsAt endsAt onlineUrl station { id } course { id } }
}`;
export const ENROLL = `mutation($courseId: ID!, $workerId: ID) {
  enroll(courseId: $courseId, workerId: $workerId) {
    id status enrolledAt completedAt attendedSessions certificateNo worker { id } course { id status enrolledCount waitlistCount }
  }
}`;
export const WORKER_ENROLLMENTS = `query($r: [_Any!]!, $status: EnrollmentStatus) {
  _entities(representations: $r) { ... on Worker { id enrollments(status: $status) { id status course { id } } } }
}`;

export function courseInput(overrides: Record<string, unknown> = {}) {
  return {
    title: '电动自行车安全骑行',
    category: 'SAFETY',
    mode: 'OFFLINE',
    provider: '朝阳区总工会',
    districtCode: '110105',
    minLearners: 2,
    capacity: 10,
    ...overrides,
  };
}

export const hoursFromNow = (h: number) => new Date(Date.now() + h * HOUR_MS).toISOString();

/** Creates a course as admin and returns its id. */
export async function createCourse(sg: TestSubgraph, overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await sg.query(CREATE_COURSE, { input: courseInput(overrides) }, admin);
  return dataOf(res).createCourse.id;
}

/** Schedules a session as admin; the place defaults to a station. */
export async function scheduleSession(
  sg: TestSubgraph,
  courseId: string,
  input: { startsAt: string; endsAt: string; stationId?: string; onlineUrl?: string },
) {
  const res = await sg.query(SCHEDULE_SESSION, { courseId, input }, admin);
  return dataOf(res).scheduleSession as { id: string };
}

export async function enroll(sg: TestSubgraph, courseId: string, workerId: string) {
  const res = await sg.query(ENROLL, { courseId, workerId }, trainingOperator);
  return dataOf(res).enroll as { id: string; status: string; course: { status: string; enrolledCount: number } };
}

export const ENROLLMENT_FIELDS = `id status enrolledAt completedAt attendedSessions certificateNo worker { id }
  course { id status enrolledCount waitlistCount }`;
export const DROP = `mutation($id: ID!) { dropEnrollment(id: $id) { ${ENROLLMENT_FIELDS} } }`;
export const CANCEL = `mutation($id: ID!) { cancelCourse(id: $id) { id status enrolledCount waitlistCount } }`;
export const RECORD_ATTENDANCE = `mutation($enrollmentId: ID!, $sessionId: ID!) {
  recordAttendance(enrollmentId: $enrollmentId, sessionId: $sessionId) { ${ENROLLMENT_FIELDS} }
}`;
export const COMPLETE = `mutation($id: ID!, $holderName: String) { completeEnrollment(id: $id, holderName: $holderName) { ${ENROLLMENT_FIELDS} } }`;
export const CERTIFICATE = `query($number: String!) { certificate(number: $number) { number courseTitle provider issuedAt holderName } }`;
export const REQUEST_COURSE = `mutation($topic: String!, $category: CourseCategory!, $districtCode: ID!, $workerId: ID) {
  requestCourse(topic: $topic, category: $category, districtCode: $districtCode, workerId: $workerId) {
    id topic category district { code } requests threshold open openedAt fulfilledBy { id title }
  }
}`;
export const COURSE_REQUESTS = `query($district: ID, $open: Boolean, $first: Int) {
  courseRequests(district: $district, open: $open, first: $first) {
    id topic category district { code } requests threshold open openedAt fulfilledBy { id }
  }
}`;

/** Enrols as a training operator and returns the enrolment's id and status. */
export async function enrollmentOf(sg: TestSubgraph, courseId: string, workerId: string) {
  const e = await enroll(sg, courseId, workerId);
  return { id: e.id, status: e.status };
}

/** A course with two sessions already held and one to come. */
export async function courseWithSessions(sg: TestSubgraph, overrides: Record<string, unknown> = {}) {
  const courseId = await createCourse(sg, { minLearners: 1, capacity: 5, ...overrides });
  const station = newId();
  const past1 = await scheduleSession(sg, courseId, { startsAt: hoursFromNow(-50), endsAt: hoursFromNow(-48), stationId: station });
  const past2 = await scheduleSession(sg, courseId, { startsAt: hoursFromNow(-2), endsAt: hoursFromNow(-1), stationId: station });
  const future = await scheduleSession(sg, courseId, { startsAt: hoursFromNow(48), endsAt: hoursFromNow(50), stationId: station });
  return { courseId, sessions: [past1.id, past2.id], future: future.id };
}

/** A partner's request for a class, for the worker it acts for. */
export const askForCourse = (sg: TestSubgraph, topic: string, workerId: string, extra: Record<string, unknown> = {}) =>
  sg.query(REQUEST_COURSE, { topic, category: 'SKILLS', districtCode: '110105', ...extra }, partnerFor(workerId));

/** `n` new workers ask for the same class; returns the request after the last one. */
export async function askedBy(sg: TestSubgraph, topic: string, n: number, extra: Record<string, unknown> = {}) {
  let last: any;
  for (let i = 0; i < n; i++) last = dataOf(await askForCourse(sg, topic, newId(), extra)).requestCourse;
  return last;
}

/** The public list of course requests. */
export const courseRequestsOf = async (sg: TestSubgraph, vars: Record<string, unknown> = {}) =>
  dataOf(await sg.query(COURSE_REQUESTS, vars)).courseRequests as any[];

/**
 * 40 courses of three sessions (scheduled out of time order) and 40 workers, each worker in
 * three courses in turn, so that each course has three learners and each worker three
 * enrolments: for lists that take `first`.
 */
export async function coursesWithThreeLearners(sg: TestSubgraph) {
  const courses: string[] = [];
  const workers = Array.from({ length: 40 }, () => newId());
  /** enrolment ids by course, in enrolment order */
  const rosters = new Map<string, string[]>();
  for (let i = 0; i < 40; i++) {
    const id = await createCourse(sg, { title: `限量课程 ${i}`, minLearners: 1, capacity: 10 });
    for (const h of [72, 24, 48]) {
      await scheduleSession(sg, id, { startsAt: hoursFromNow(h + i), endsAt: hoursFromNow(h + i + 1), stationId: newId() });
    }
    courses.push(id);
    rosters.set(id, []);
  }
  for (const [i, w] of workers.entries()) {
    for (let k = 0; k < 3; k++) {
      const course = courses[(i + k) % 40]!;
      rosters.get(course)!.push((await enroll(sg, course, w)).id);
    }
  }
  return { courses, workers, rosters };
}

/** The SQL statements one operation costs, and its data. */
export async function statementsFor(sg: TestSubgraph, query: string, variables: Record<string, unknown>, p: Principal = admin) {
  const before = sg.db.statements;
  const data = dataOf(await sg.query(query, variables, p)) as any;
  return { statements: sg.db.statements - before, data };
}
