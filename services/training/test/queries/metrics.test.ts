import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Course, Enrollment } from '../../src/entities';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  CANCEL,
  chaoyangTrainingOperator,
  cityDashboard,
  COMPLETE,
  createCourse,
  DROP,
  enrollmentOf,
  hoursFromNow,
  newId,
  partnerFor,
  RECORD_ATTENDANCE,
  scheduleSession,
  trainingOperator,
  unionOperator,
} from '../support';

const METRICS = `query($r: [_Any!]!, $from: DateTime, $to: DateTime) {
  _entities(representations: $r) { ... on District { code trainingMetrics(from: $from, to: $to) {
    courses enrollments completions certificates byCategory { key count }
  } } }
}`;

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
  // Chaoyang: a certificate course with 3 learners (2 complete), a safety course with 2 (1 drops),
  // a cancelled course; Haidian: one course; a city-wide course counts nowhere.
  const cert = await createCourse(sg, { category: 'VOCATIONAL_QUALIFICATION', certificateName: '证书', minLearners: 1, requiredSessions: 1 });
  const session = await scheduleSession(sg, cert, { startsAt: hoursFromNow(-2), endsAt: hoursFromNow(24), stationId: newId() });
  const learners = [await enrollmentOf(sg, cert, newId()), await enrollmentOf(sg, cert, newId()), await enrollmentOf(sg, cert, newId())];
  for (const e of learners.slice(0, 2)) {
    dataOf(await sg.query(RECORD_ATTENDANCE, { enrollmentId: e.id, sessionId: session.id }, admin));
  }
  dataOf(await sg.query(COMPLETE, { id: learners[0]!.id }, admin));
  const safety = await createCourse(sg, { category: 'SAFETY' });
  await enrollmentOf(sg, safety, newId());
  const dropping = await enrollmentOf(sg, safety, newId());
  dataOf(await sg.query(DROP, { id: dropping.id }, admin));
  const cancelled = await createCourse(sg, { category: 'SAFETY' });
  await enrollmentOf(sg, cancelled, newId());
  dataOf(await sg.query(CANCEL, { id: cancelled }, admin));
  const haidian = await createCourse(sg, { districtCode: '110108', category: 'LEGAL' });
  await enrollmentOf(sg, haidian, newId());
  const cityWide = await createCourse(sg, { districtCode: null, mode: 'ONLINE' });
  await enrollmentOf(sg, cityWide, newId());
  // An older course with a completion last year, outside a period starting this year.
  const old = await createCourse(sg, { category: 'HEALTH', certificateName: '旧证书', requiredSessions: 1 });
  const oldSeat = await enrollmentOf(sg, old, newId());
  const longAgo = new Date('2025-03-01T00:00:00Z');
  await sg.db.manager.update(Course, { id: old }, { createdAt: longAgo });
  await sg.db.manager.update(Enrollment, { id: oldSeat.id }, { status: 'COMPLETED', seatedAt: longAgo, completedAt: longAgo, certificateNo: 'TRN-OLD' });
});
afterAll(() => sg.stop());

const metricsOf = (codes: string[], vars: Record<string, unknown> = {}, p: Principal = cityDashboard) =>
  sg.query(METRICS, { r: codes.map((code) => ({ __typename: 'District', code })), ...vars }, p);

describe('District.trainingMetrics', () => {
  it('counts courses, seats, completions and certificates of the district, by category', async () => {
    const res = dataOf(await metricsOf(['110105', '110108', '110101']));
    expect(res._entities[0].trainingMetrics).toEqual({
      courses: 3,
      enrollments: 5,
      completions: 2,
      certificates: 2,
      byCategory: [
        { key: 'VOCATIONAL_QUALIFICATION', count: 3 },
        { key: 'HEALTH', count: 1 },
        { key: 'SAFETY', count: 1 },
      ],
    });
    expect(res._entities[1].trainingMetrics).toEqual({
      courses: 1,
      enrollments: 1,
      completions: 0,
      certificates: 0,
      byCategory: [{ key: 'LEGAL', count: 1 }],
    });
    expect(res._entities[2].trainingMetrics).toEqual({ courses: 0, enrollments: 0, completions: 0, certificates: 0, byCategory: [] });
  });

  it('counts only what happened in [from, to)', async () => {
    const from = '2025-06-01T00:00:00+08:00';
    const recent = dataOf(await metricsOf(['110105'], { from: hoursFromNow(-1) }))._entities[0].trainingMetrics;
    expect(recent).toMatchObject({ courses: 2, enrollments: 4, completions: 1, certificates: 1 });
    const before = dataOf(await metricsOf(['110105'], { to: from }))._entities[0].trainingMetrics;
    expect(before).toEqual({ courses: 1, enrollments: 1, completions: 1, certificates: 1, byCategory: [{ key: 'HEALTH', count: 1 }] });
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await metricsOf(['110105'], { from: hoursFromNow(0), to: hoursFromNow(-1) });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('is for admins, dashboards and training operators, within their districts', async () => {
    expect(dataOf(await metricsOf(['110105'], {}, admin))._entities[0].trainingMetrics.courses).toBe(3);
    expect(dataOf(await metricsOf(['110105'], {}, trainingOperator))._entities[0].trainingMetrics.courses).toBe(3);
    expect(dataOf(await metricsOf(['110105'], {}, chaoyangTrainingOperator))._entities[0].trainingMetrics.courses).toBe(3);
    expect(errorCodes(await metricsOf(['110108'], {}, chaoyangTrainingOperator))).toEqual(['FORBIDDEN']);
    const haidianDashboard: Principal = { role: 'dashboard', districts: ['110108'], keyId: 'key-hd' };
    expect(errorCodes(await metricsOf(['110105'], {}, haidianDashboard))).toEqual(['FORBIDDEN']);
    for (const p of [anonymous, partnerFor(newId()), unionOperator]) {
      expect(errorCodes(await metricsOf(['110105'], {}, p))).toEqual(['FORBIDDEN']);
    }
  });
});
