import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Enrollment } from '../../src/entities';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  chaoyangTrainingOperator,
  cityDashboard,
  createCourse,
  DROP,
  ENROLL,
  enrollmentOf,
  hoursFromNow,
  newId,
  partnerFor,
  scheduleSession,
  trainingOperator,
  unionOperator,
} from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const statusOf = async (id: string) => (await sg.db.manager.findOneByOrFail(Enrollment, { id })).status;
const seats = async (courseId: string) => {
  const all = await sg.db.manager.find(Enrollment, { where: { courseId } });
  const count = (s: string) => all.filter((e) => e.status === s).length;
  return { enrolled: count('ENROLLED'), waitlisted: count('WAITLISTED'), dropped: count('DROPPED') };
};
const drop = (id: string, p: Principal = trainingOperator) => sg.query(DROP, { id }, p);

describe('dropEnrollment', () => {
  it('frees the seat and moves the first waitlisted worker up, in enrolment order', async () => {
    const courseId = await createCourse(sg, { minLearners: 1, capacity: 2 });
    const [a, b] = [await enrollmentOf(sg, courseId, newId()), await enrollmentOf(sg, courseId, newId())];
    const first = await enrollmentOf(sg, courseId, newId());
    const second = await enrollmentOf(sg, courseId, newId());
    expect([a.status, b.status, first.status, second.status]).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED', 'WAITLISTED']);

    const res = dataOf(await drop(a.id)).dropEnrollment;
    expect(res).toMatchObject({ id: a.id, status: 'DROPPED', course: { enrolledCount: 2, waitlistCount: 1 } });
    expect(await statusOf(first.id)).toBe('ENROLLED');
    expect(await statusOf(second.id)).toBe('WAITLISTED');
  });

  it('leaves the seats alone when a waitlisted worker drops out', async () => {
    const courseId = await createCourse(sg, { minLearners: 1, capacity: 1 });
    const seated = await enrollmentOf(sg, courseId, newId());
    const waiting = await enrollmentOf(sg, courseId, newId());
    const later = await enrollmentOf(sg, courseId, newId());
    expect(dataOf(await drop(waiting.id)).dropEnrollment.status).toBe('DROPPED');
    expect(await statusOf(seated.id)).toBe('ENROLLED');
    expect(await statusOf(later.id)).toBe('WAITLISTED');
  });

  it('is idempotent: dropping again returns the DROPPED enrolment and moves nobody else up', async () => {
    const courseId = await createCourse(sg, { minLearners: 1, capacity: 1 });
    const seated = await enrollmentOf(sg, courseId, newId());
    const waiting = await enrollmentOf(sg, courseId, newId());
    const third = await enrollmentOf(sg, courseId, newId());
    dataOf(await drop(seated.id));
    const again = dataOf(await drop(seated.id)).dropEnrollment;
    expect(again).toMatchObject({ id: seated.id, status: 'DROPPED' });
    expect(await statusOf(waiting.id)).toBe('ENROLLED');
    expect(await statusOf(third.id)).toBe('WAITLISTED');
    expect(await seats(courseId)).toEqual({ enrolled: 1, waitlisted: 1, dropped: 1 });
  });

  it('lets the partner acting for the worker drop, and nobody else’s partner', async () => {
    const courseId = await createCourse(sg, { capacity: 5 });
    const wang = newId();
    const e = await enrollmentOf(sg, courseId, wang);
    expect(errorCodes(await drop(e.id, partnerFor(newId())))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await drop(e.id, partnerFor()))).toEqual(['FORBIDDEN']);
    expect(await statusOf(e.id)).toBe('ENROLLED');
    expect(dataOf(await drop(e.id, partnerFor(wang))).dropEnrollment.status).toBe('DROPPED');
  });

  it('is FORBIDDEN to anonymous callers, dashboards, other domains and operators of other districts', async () => {
    const courseId = await createCourse(sg, { districtCode: '110108' });
    const e = await enrollmentOf(sg, courseId, newId());
    for (const p of [anonymous, cityDashboard, unionOperator, chaoyangTrainingOperator]) {
      expect(errorCodes(await drop(e.id, p))).toEqual(['FORBIDDEN']);
    }
    expect(await statusOf(e.id)).toBe('ENROLLED');
    expect(dataOf(await drop(e.id, admin)).dropEnrollment.status).toBe('DROPPED');
  });

  it('answers NOT_FOUND for an enrolment that does not exist', async () => {
    expect(errorCodes(await drop(newId()))).toEqual(['NOT_FOUND']);
  });

  it('refuses to drop a course that has ended', async () => {
    const courseId = await createCourse(sg);
    const e = await enrollmentOf(sg, courseId, newId());
    await scheduleSession(sg, courseId, { startsAt: hoursFromNow(-3), endsAt: hoursFromNow(-2), stationId: newId() });
    const res = await drop(e.id);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.message).toMatch(/ended/);
  });
});


describe('drops and enrolments at once', () => {
  it('never seats more than capacity and never leaves a seat free while anyone waits', async () => {
    const capacity = 10;
    const courseId = await createCourse(sg, { minLearners: 1, capacity });
    const initial: { id: string; status: string }[] = [];
    for (let i = 0; i < 25; i++) initial.push(await enrollmentOf(sg, courseId, newId()));
    const seated = initial.filter((e) => e.status === 'ENROLLED');
    const waiting = initial.filter((e) => e.status === 'WAITLISTED');
    expect(seated).toHaveLength(capacity);

    // 8 seated and 4 waitlisted drop (some twice) while 30 new workers enrol.
    const calls = [
      ...seated.slice(0, 8).flatMap((e) => [drop(e.id), drop(e.id)]),
      ...waiting.slice(0, 4).map((e) => drop(e.id)),
      ...Array.from({ length: 30 }, () => sg.query(ENROLL, { courseId, workerId: newId() }, trainingOperator)),
    ].sort(() => Math.random() - 0.5);
    const results = await Promise.all(calls);
    for (const r of results) expect(r.errors).toBeUndefined();

    const after = await seats(courseId);
    expect(after.enrolled).toBe(capacity);
    expect(after.waitlisted).toBe(25 - capacity - 4 + 30 - 8);
    expect(after.dropped).toBe(12);
    // The waitlist keeps its order: the 8 freed seats went to the earliest who waited and stayed.
    for (const e of waiting.slice(4, 12)) expect(await statusOf(e.id)).toBe('ENROLLED');
    for (const e of waiting.slice(12)) expect(await statusOf(e.id)).toBe('WAITLISTED');
  });

  it('fills every seat freed by concurrent drops from the waitlist', async () => {
    const courseId = await createCourse(sg, { minLearners: 1, capacity: 5 });
    const all: { id: string; status: string }[] = [];
    for (let i = 0; i < 12; i++) all.push(await enrollmentOf(sg, courseId, newId()));
    await Promise.all(all.filter((e) => e.status === 'ENROLLED').map((e) => drop(e.id)));
    expect(await seats(courseId)).toEqual({ enrolled: 5, waitlisted: 2, dropped: 5 });
    const course = dataOf(await sg.query(`query($id: ID!) { course(id: $id) { enrolledCount waitlistCount } }`, { id: courseId }));
    expect(course.course).toEqual({ enrolledCount: 5, waitlistCount: 2 });
  });
});
