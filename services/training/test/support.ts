import { nameId, newId, type Principal } from '@nef/kit';
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

export const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

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
