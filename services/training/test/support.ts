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
