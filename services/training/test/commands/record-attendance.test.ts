import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Attendance } from '../../src/entities';
import { service } from '../../src/server';
import {
  admin,
  anonymous,
  chaoyangTrainingOperator,
  cityDashboard,
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
const attendanceRows = (enrollmentId: string) => sg.db.manager.count(Attendance, { where: { enrollmentId } });

describe('recordAttendance', () => {
  it('counts each session a learner attended, once however often it is recorded', async () => {
    const { courseId, sessions } = await courseWithSessions(sg);
    const e = await enrollmentOf(sg, courseId, newId());
    expect(dataOf(await record(e.id, sessions[0]!)).recordAttendance).toMatchObject({ id: e.id, attendedSessions: 1 });
    expect(dataOf(await record(e.id, sessions[0]!)).recordAttendance.attendedSessions).toBe(1);
    const both = await Promise.all([record(e.id, sessions[1]!), record(e.id, sessions[1]!), record(e.id, sessions[1]!)]);
    for (const r of both) expect(dataOf(r).recordAttendance.attendedSessions).toBe(2);
    expect(await attendanceRows(e.id)).toBe(2);
  });

  it('refuses a session that has not started yet (CONFLICT)', async () => {
    const { courseId, future } = await courseWithSessions(sg);
    const e = await enrollmentOf(sg, courseId, newId());
    const res = await record(e.id, future);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(res.errors![0]!.message).toMatch(/once it has started/);
    expect(await attendanceRows(e.id)).toBe(0);
  });

  it('refuses a session of another course (BAD_USER_INPUT) and unknown ids (NOT_FOUND)', async () => {
    const mine = await courseWithSessions(sg);
    const other = await courseWithSessions(sg);
    const e = await enrollmentOf(sg, mine.courseId, newId());
    const res = await record(e.id, other.sessions[0]!);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors![0]!.extensions!.field).toBe('sessionId');
    expect(errorCodes(await record(e.id, newId()))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await record(newId(), mine.sessions[0]!))).toEqual(['NOT_FOUND']);
  });

  it('records attendance only for learners holding a seat', async () => {
    const { courseId, sessions } = await courseWithSessions(sg, { capacity: 1 });
    await enrollmentOf(sg, courseId, newId());
    const waiting = await enrollmentOf(sg, courseId, newId());
    expect(waiting.status).toBe('WAITLISTED');
    expect(errorCodes(await record(waiting.id, sessions[0]!))).toEqual(['CONFLICT']);
  });

  it('is for the course’s organisers only', async () => {
    const { courseId, sessions } = await courseWithSessions(sg, { districtCode: '110108' });
    const w = newId();
    const e = await enrollmentOf(sg, courseId, w);
    for (const p of [anonymous, partnerFor(w), cityDashboard, unionOperator, chaoyangTrainingOperator]) {
      expect(errorCodes(await record(e.id, sessions[0]!, p))).toEqual(['FORBIDDEN']);
    }
    expect(await attendanceRows(e.id)).toBe(0);
    expect(dataOf(await record(e.id, sessions[0]!, admin)).recordAttendance.attendedSessions).toBe(1);
  });
});
