import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Enrollment } from '../../src/entities';
import { service } from '../../src/server';
import {
  anonymous,
  CERTIFICATE,
  chaoyangTrainingOperator,
  cityDashboard,
  COMPLETE,
  createCourse,
  DROP,
  enrollmentOf,
  newId,
  partnerFor,
  RECORD_ATTENDANCE,
  trainingOperator,
  unionOperator,
  courseWithSessions,
} from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const record = (enrollmentId: string, sessionId: string, p: Principal = trainingOperator) =>
  sg.query(RECORD_ATTENDANCE, { enrollmentId, sessionId }, p);
const complete = (id: string, holderName?: string, p: Principal = trainingOperator) => sg.query(COMPLETE, { id, holderName }, p);

describe('completeEnrollment', () => {
  it('requires every session by default and names how many are missing', async () => {
    const { courseId, sessions } = await courseWithSessions(sg);
    const e = await enrollmentOf(sg, courseId, newId());
    dataOf(await record(e.id, sessions[0]!));
    const res = await complete(e.id);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.message).toBe('2 of the 3 required sessions are missing from the attendance record');
    expect(res.errors![0]!.extensions).toMatchObject({ missingSessions: 2, requiredSessions: 3 });
    expect(await sg.db.manager.findOneByOrFail(Enrollment, { id: e.id })).toMatchObject({ status: 'ENROLLED', completedAt: null });
  });

  it('completes once the course’s requiredSessions are attended, without a certificate when the course awards none', async () => {
    const { courseId, sessions } = await courseWithSessions(sg, { requiredSessions: 2 });
    const e = await enrollmentOf(sg, courseId, newId());
    for (const s of sessions) dataOf(await record(e.id, s));
    const done = dataOf(await complete(e.id, '王强')).completeEnrollment;
    expect(done).toMatchObject({ status: 'COMPLETED', attendedSessions: 2, certificateNo: null });
    expect(Date.parse(done.completedAt)).toBeLessThanOrEqual(Date.now());
    // No certificate, so nothing about the holder is kept.
    expect((await sg.db.manager.findOneByOrFail(Enrollment, { id: e.id })).holderNameMasked).toBeNull();
  });

  it('issues a certificate anyone can verify, showing the masked name only', async () => {
    const { courseId, sessions } = await courseWithSessions(sg, {
      title: '网约配送员职业技能等级认定',
      provider: '海淀区职业技能培训中心',
      certificateName: '网约配送员（四级）',
      requiredSessions: 2,
    });
    const e = await enrollmentOf(sg, courseId, newId());
    for (const s of sessions) dataOf(await record(e.id, s));
    const done = dataOf(await complete(e.id, '  王强 ')).completeEnrollment;
    expect(done.certificateNo).toMatch(/^TRN-[2-9A-HJ-NP-Z]{16}$/);

    const check = dataOf(await sg.query(CERTIFICATE, { number: ` ${done.certificateNo.toLowerCase()} ` }, anonymous)).certificate;
    expect(check).toEqual({
      number: done.certificateNo,
      courseTitle: '网约配送员职业技能等级认定',
      provider: '海淀区职业技能培训中心',
      issuedAt: done.completedAt,
      holderName: '王*',
    });
    const stored = await sg.db.manager.findOneByOrFail(Enrollment, { id: e.id });
    expect(stored.holderNameMasked).toBe('王*');
    expect(JSON.stringify(stored)).not.toContain('王强');
  });

  it('shows stars for a certificate completed without a holder name', async () => {
    const { courseId, sessions } = await courseWithSessions(sg, { certificateName: '急救员证', requiredSessions: 1 });
    const e = await enrollmentOf(sg, courseId, newId());
    dataOf(await record(e.id, sessions[0]!));
    const done = dataOf(await complete(e.id)).completeEnrollment;
    expect(dataOf(await sg.query(CERTIFICATE, { number: done.certificateNo })).certificate.holderName).toBe('***');
  });

  it('answers null for a number nobody was issued', async () => {
    for (const number of ['TRN-2222222222222222', '', 'x'.repeat(200)]) {
      expect(dataOf(await sg.query(CERTIFICATE, { number })).certificate).toBeNull();
    }
  });

  it('is idempotent: completing again returns the same completion and certificate', async () => {
    const { courseId, sessions } = await courseWithSessions(sg, { certificateName: '证书', requiredSessions: 1 });
    const e = await enrollmentOf(sg, courseId, newId());
    dataOf(await record(e.id, sessions[0]!));
    const results = await Promise.all([complete(e.id, '李娜'), complete(e.id, '李娜'), complete(e.id, '李娜')]);
    const numbers = new Set(results.map((r) => dataOf(r).completeEnrollment.certificateNo));
    expect(numbers.size).toBe(1);
    expect(dataOf(await complete(e.id)).completeEnrollment.certificateNo).toBe([...numbers][0]);
  });

  it('issues a different number to every learner', async () => {
    const { courseId, sessions } = await courseWithSessions(sg, { certificateName: '证书', requiredSessions: 1, capacity: 10 });
    const es = [];
    for (let i = 0; i < 8; i++) es.push(await enrollmentOf(sg, courseId, newId()));
    for (const e of es) dataOf(await record(e.id, sessions[0]!));
    const done = await Promise.all(es.map((e) => complete(e.id, '张伟')));
    expect(new Set(done.map((r) => dataOf(r).completeEnrollment.certificateNo)).size).toBe(8);
  });

  it('refuses a completed enrolment’s drop, and a dropped or waitlisted learner’s completion', async () => {
    const { courseId, sessions } = await courseWithSessions(sg, { capacity: 1, requiredSessions: 1 });
    const seated = await enrollmentOf(sg, courseId, newId());
    const waiting = await enrollmentOf(sg, courseId, newId());
    dataOf(await record(seated.id, sessions[0]!));
    dataOf(await complete(seated.id));
    expect(errorCodes(await sg.query(DROP, { id: seated.id }, trainingOperator))).toEqual(['CONFLICT']);
    expect(errorCodes(await complete(waiting.id))).toEqual(['CONFLICT']);
  });

  it('refuses a course without sessions and a holder name that is too long', async () => {
    const courseId = await createCourse(sg, { minLearners: 1 });
    const e = await enrollmentOf(sg, courseId, newId());
    expect(errorCodes(await complete(e.id))).toEqual(['CONFLICT']);
    const res = await complete(e.id, '名'.repeat(51));
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('holderName');
  });

  it('is for the course’s organisers only', async () => {
    const { courseId, sessions } = await courseWithSessions(sg, { districtCode: '110108', requiredSessions: 1 });
    const w = newId();
    const e = await enrollmentOf(sg, courseId, w);
    dataOf(await record(e.id, sessions[0]!));
    for (const p of [anonymous, partnerFor(w), cityDashboard, unionOperator, chaoyangTrainingOperator]) {
      expect(errorCodes(await complete(e.id, undefined, p))).toEqual(['FORBIDDEN']);
    }
    expect((await sg.db.manager.findOneByOrFail(Enrollment, { id: e.id })).status).toBe('ENROLLED');
  });

  it('shows a partner the worker’s completion and certificate number', async () => {
    const { courseId, sessions } = await courseWithSessions(sg, { certificateName: '证书', requiredSessions: 1 });
    const w = newId();
    const e = await enrollmentOf(sg, courseId, w);
    dataOf(await record(e.id, sessions[0]!));
    const done = dataOf(await complete(e.id)).completeEnrollment;
    const res = dataOf(
      await sg.query(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Worker { enrollments { id status attendedSessions certificateNo } } } }`,
        { r: [{ __typename: 'Worker', id: w }] },
        partnerFor(w),
      ),
    );
    expect(res._entities[0].enrollments).toEqual([{ id: e.id, status: 'COMPLETED', attendedSessions: 1, certificateNo: done.certificateNo }]);
  });
});
