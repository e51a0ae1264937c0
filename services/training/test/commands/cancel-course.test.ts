import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Course, Enrollment } from '../../src/entities';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  CANCEL,
  chaoyangTrainingOperator,
  cityDashboard,
  createCourse,
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

const seats = async (courseId: string) => {
  const all = await sg.db.manager.find(Enrollment, { where: { courseId } });
  const count = (s: string) => all.filter((e) => e.status === s).length;
  return { enrolled: count('ENROLLED'), waitlisted: count('WAITLISTED'), dropped: count('DROPPED') };
};

describe('cancelCourse', () => {
  it('marks the course CANCELLED and every seat and waitlist place DROPPED, in one go', async () => {
    const courseId = await createCourse(sg, { minLearners: 1, capacity: 2 });
    const es = [];
    for (let i = 0; i < 4; i++) es.push(await enrollmentOf(sg, courseId, newId()));
    const res = dataOf(await sg.query(CANCEL, { id: courseId }, trainingOperator)).cancelCourse;
    expect(res).toEqual({ id: courseId, status: 'CANCELLED', enrolledCount: 0, waitlistCount: 0 });
    expect(await seats(courseId)).toEqual({ enrolled: 0, waitlisted: 0, dropped: 4 });
    expect((await sg.db.manager.findOneByOrFail(Course, { id: courseId })).status).toBe('CANCELLED');
  });

  it('is harmless the second time and takes no enrolments after', async () => {
    const courseId = await createCourse(sg);
    const w = newId();
    await enrollmentOf(sg, courseId, w);
    dataOf(await sg.query(CANCEL, { id: courseId }, admin));
    expect(dataOf(await sg.query(CANCEL, { id: courseId }, admin)).cancelCourse.status).toBe('CANCELLED');
    expect(errorCodes(await sg.query(ENROLL, { courseId, workerId: newId() }, trainingOperator))).toEqual(['CONFLICT']);
    // The dropped worker cannot come back to a cancelled course either.
    expect(errorCodes(await sg.query(ENROLL, { courseId, workerId: w }, trainingOperator))).toEqual(['CONFLICT']);
  });

  it('cancels a running course but not one that has ended', async () => {
    const running = await createCourse(sg);
    await scheduleSession(sg, running, { startsAt: hoursFromNow(-1), endsAt: hoursFromNow(1), stationId: newId() });
    expect(dataOf(await sg.query(CANCEL, { id: running }, admin)).cancelCourse.status).toBe('CANCELLED');
    const ended = await createCourse(sg);
    await scheduleSession(sg, ended, { startsAt: hoursFromNow(-3), endsAt: hoursFromNow(-1), stationId: newId() });
    expect(errorCodes(await sg.query(CANCEL, { id: ended }, admin))).toEqual(['CONFLICT']);
  });

  it('is for the course’s organisers only', async () => {
    const haidian = await createCourse(sg, { districtCode: '110108' });
    for (const p of [anonymous, partnerFor(newId()), cityDashboard, unionOperator, chaoyangTrainingOperator]) {
      expect(errorCodes(await sg.query(CANCEL, { id: haidian }, p))).toEqual(['FORBIDDEN']);
    }
    expect((await sg.db.manager.findOneByOrFail(Course, { id: haidian })).status).toBe('PLANNED');
    expect(errorCodes(await sg.query(CANCEL, { id: newId() }, admin))).toEqual(['NOT_FOUND']);
  });

  it('decides a cancel racing with enrolments one way or the other, leaving no seat behind', async () => {
    const courseId = await createCourse(sg, { minLearners: 1, capacity: 5 });
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => sg.query(ENROLL, { courseId, workerId: newId() }, trainingOperator)),
      sg.query(CANCEL, { id: courseId }, admin),
    ]);
    for (const r of results) expect(errorCodes(r).filter((c) => c !== 'CONFLICT')).toEqual([]);
    expect(await seats(courseId)).toMatchObject({ enrolled: 0, waitlisted: 0 });
  });
});
