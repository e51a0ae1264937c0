import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Course, Enrollment } from '../../src/entities';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  cityDashboard,
  createCourse,
  DROP,
  enroll,
  ENROLL,
  enrollmentOf,
  hoursFromNow,
  newId,
  partnerFor,
  scheduleSession,
  trainingOperator,
  unionOperator,
  worker,
} from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const rows = (courseId: string) => sg.db.manager.find(Enrollment, { where: { courseId } });
const seats = async (courseId: string) => {
  const all = await rows(courseId);
  return {
    enrolled: all.filter((e) => e.status === 'ENROLLED').length,
    waitlisted: all.filter((e) => e.status === 'WAITLISTED').length,
  };
};

const statusOf = async (id: string) => (await sg.db.manager.findOneByOrFail(Enrollment, { id })).status;
const drop = (id: string, p: Principal = trainingOperator) => sg.query(DROP, { id }, p);

describe('enroll', () => {
  it('enrols the worker a partner acts for', async () => {
    const courseId = await createCourse(sg, { minLearners: 5, capacity: 10 });
    const wang = worker('wang');
    const res = await sg.query(ENROLL, { courseId }, partnerFor(wang));
    expect(dataOf(res).enroll).toMatchObject({
      status: 'ENROLLED',
      completedAt: null,
      attendedSessions: 0,
      certificateNo: null,
      worker: { id: wang },
      course: { id: courseId, status: 'PLANNED', enrolledCount: 1, waitlistCount: 0 },
    });
    expect(Date.parse(dataOf(res).enroll.enrolledAt)).toBeLessThanOrEqual(Date.now());
  });

  it('is idempotent per worker and course: a repeat returns the first enrolment unchanged', async () => {
    const courseId = await createCourse(sg, { minLearners: 5, capacity: 10 });
    const li = worker('li');
    const first = dataOf(await sg.query(ENROLL, { courseId }, partnerFor(li))).enroll;
    const again = dataOf(await sg.query(ENROLL, { courseId, workerId: li }, partnerFor(li))).enroll;
    const byOperator = dataOf(await sg.query(ENROLL, { courseId, workerId: li }, trainingOperator)).enroll;
    expect(again).toEqual(first);
    expect(byOperator).toEqual(first);
    expect(await rows(courseId)).toHaveLength(1);
  });

  it('stays idempotent when the same worker enrols many times at once', async () => {
    const courseId = await createCourse(sg, { minLearners: 5, capacity: 10 });
    const zhang = worker('zhang');
    const results = await Promise.all(Array.from({ length: 20 }, () => sg.query(ENROLL, { courseId }, partnerFor(zhang))));
    const ids = new Set(results.map((r) => dataOf(r).enroll.id));
    expect(ids.size).toBe(1);
    expect(await rows(courseId)).toHaveLength(1);
  });

  it('confirms the course when enrolments reach minLearners', async () => {
    const courseId = await createCourse(sg, { minLearners: 3, capacity: 5 });
    expect((await enroll(sg, courseId, newId())).course.status).toBe('PLANNED');
    expect((await enroll(sg, courseId, newId())).course.status).toBe('PLANNED');
    const third = await enroll(sg, courseId, newId());
    expect(third.course).toMatchObject({ status: 'CONFIRMED', enrolledCount: 3 });
    expect((await sg.db.manager.findOneByOrFail(Course, { id: courseId })).status).toBe('CONFIRMED');
    expect((await enroll(sg, courseId, newId())).course.status).toBe('CONFIRMED');
  });

  it('waitlists once every seat is taken', async () => {
    const courseId = await createCourse(sg, { minLearners: 1, capacity: 2 });
    expect((await enroll(sg, courseId, newId())).status).toBe('ENROLLED');
    expect((await enroll(sg, courseId, newId())).status).toBe('ENROLLED');
    const third = await enroll(sg, courseId, newId());
    expect(third).toMatchObject({ status: 'WAITLISTED', course: { enrolledCount: 2, waitlistCount: 1 } });
  });

  it('answers NOT_FOUND for a course that does not exist', async () => {
    const res = await sg.query(ENROLL, { courseId: newId(), workerId: newId() }, trainingOperator);
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
  });

  it('answers CONFLICT for a cancelled course, storing nothing', async () => {
    const courseId = await createCourse(sg);
    await sg.db.manager.update(Course, { id: courseId }, { status: 'CANCELLED' });
    const res = await sg.query(ENROLL, { courseId, workerId: newId() }, trainingOperator);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.message).toMatch(/CANCELLED/);
    expect(await rows(courseId)).toHaveLength(0);
  });

  it('answers CONFLICT for a course whose last session has ended', async () => {
    const courseId = await createCourse(sg);
    await scheduleSession(sg, courseId, { startsAt: hoursFromNow(-3), endsAt: hoursFromNow(-1), stationId: newId() });
    const res = await sg.query(ENROLL, { courseId, workerId: newId() }, trainingOperator);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.message).toMatch(/COMPLETED/);
  });

  it('still takes enrolments while a course is running', async () => {
    const courseId = await createCourse(sg);
    await scheduleSession(sg, courseId, { startsAt: hoursFromNow(-1), endsAt: hoursFromNow(1), stationId: newId() });
    expect((await enroll(sg, courseId, newId())).status).toBe('ENROLLED');
  });

  it('returns an existing enrolment even after the course was cancelled', async () => {
    const courseId = await createCourse(sg);
    const chen = worker('chen');
    const first = await enroll(sg, courseId, chen);
    await sg.db.manager.update(Course, { id: courseId }, { status: 'CANCELLED' });
    expect((await enroll(sg, courseId, chen)).id).toBe(first.id);
  });
});

describe('who may enrol whom', () => {
  let courseId: string;
  beforeAll(async () => {
    courseId = await createCourse(sg, { capacity: 50 });
  });

  it('lets admins and training operators enrol a named worker', async () => {
    expect((await sg.query(ENROLL, { courseId, workerId: newId() }, admin)).errors).toBeUndefined();
    expect((await sg.query(ENROLL, { courseId, workerId: newId() }, trainingOperator)).errors).toBeUndefined();
  });

  it('requires operators to name the worker', async () => {
    const res = await sg.query(ENROLL, { courseId }, trainingOperator);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('workerId');
  });

  it('refuses a workerId that is not a worker id', async () => {
    expect(errorCodes(await sg.query(ENROLL, { courseId, workerId: 'mt-10001' }, trainingOperator))).toEqual(['BAD_USER_INPUT']);
  });

  it('forbids a partner to enrol a worker other than the one it acts for', async () => {
    const res = await sg.query(ENROLL, { courseId, workerId: worker('other') }, partnerFor(worker('mine')));
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await sg.db.manager.count(Enrollment, { where: { courseId, workerId: worker('other') } })).toBe(0);
  });

  it('asks a partner not acting for a worker to name one through X-Acting-Worker', async () => {
    expect(errorCodes(await sg.query(ENROLL, { courseId }, partnerFor()))).toEqual(['BAD_USER_INPUT']);
  });

  it('forbids anonymous callers, dashboards and other domains’ operators', async () => {
    for (const p of [anonymous, cityDashboard, unionOperator]) {
      expect(errorCodes(await sg.query(ENROLL, { courseId, workerId: newId() }, p))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('capacity under concurrent enrolments', () => {
  it('seats exactly capacity learners out of 50 at once and waitlists the rest', async () => {
    const courseId = await createCourse(sg, { minLearners: 5, capacity: 10 });
    const workers = Array.from({ length: 50 }, () => newId());
    const results = await Promise.all(
      workers.map((w, i) =>
        i % 2 === 0
          ? sg.query(ENROLL, { courseId }, partnerFor(w))
          : sg.query(ENROLL, { courseId, workerId: w }, trainingOperator),
      ),
    );
    const statuses = results.map((r) => dataOf(r).enroll.status as string);
    expect(statuses.filter((s) => s === 'ENROLLED')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(40);
    expect(await seats(courseId)).toEqual({ enrolled: 10, waitlisted: 40 });
    expect(new Set((await rows(courseId)).map((e) => e.workerId))).toEqual(new Set(workers));

    const course = dataOf(
      await sg.query(`query($id: ID!) { course(id: $id) { status enrolledCount waitlistCount } }`, { id: courseId }),
    ).course;
    expect(course).toEqual({ status: 'CONFIRMED', enrolledCount: 10, waitlistCount: 40 });
  });

  it('keeps separate courses’ seats apart under concurrent enrolments', async () => {
    const a = await createCourse(sg, { minLearners: 1, capacity: 3 });
    const b = await createCourse(sg, { minLearners: 1, capacity: 4 });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => sg.query(ENROLL, { courseId: i % 2 ? a : b, workerId: newId() }, trainingOperator)),
    );
    expect(await seats(a)).toEqual({ enrolled: 3, waitlisted: 7 });
    expect(await seats(b)).toEqual({ enrolled: 4, waitlisted: 6 });
  });
});

describe('enrolling again after a drop', () => {
  it('takes a free seat through the same enrolment', async () => {
    const courseId = await createCourse(sg, { capacity: 3 });
    const w = newId();
    const e = await enrollmentOf(sg, courseId, w);
    dataOf(await drop(e.id));
    const again = await enroll(sg, courseId, w);
    expect(again).toMatchObject({ id: e.id, status: 'ENROLLED', course: { enrolledCount: 1 } });
  });

  it('joins the end of the waitlist when the course filled up meanwhile', async () => {
    const courseId = await createCourse(sg, { minLearners: 1, capacity: 1 });
    const w = newId();
    const e = await enrollmentOf(sg, courseId, w);
    const waiting = await enrollmentOf(sg, courseId, newId());
    dataOf(await drop(e.id));
    expect(await statusOf(waiting.id)).toBe('ENROLLED');
    const laterWaiting = await enrollmentOf(sg, courseId, newId());
    const again = await enroll(sg, courseId, w);
    expect(again).toMatchObject({ id: e.id, status: 'WAITLISTED' });
    // The returning worker queues behind whoever was already waiting.
    dataOf(await drop(waiting.id));
    expect(await statusOf(laterWaiting.id)).toBe('ENROLLED');
    expect(await statusOf(e.id)).toBe('WAITLISTED');
  });
});
