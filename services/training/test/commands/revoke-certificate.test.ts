import type { Principal } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { Enrollment } from '../../src/entities';
import { service } from '../../src/server';
import { settings } from '../../src/settings';
import {
  admin,
  anonymous,
  chaoyangTrainingOperator,
  COMPLETE,
  courseWithSessions,
  enroll,
  newId,
  partnerFor,
  RECORD_ATTENDANCE,
  trainingOperator,
} from '../support';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(() => sg.stop());

const CHECK = `query($number: String!) { certificate(number: $number) { number holderName status revokedAt revokedReason verificationUrl } }`;
const REVOKE = `mutation($number: String!, $reason: String!) {
  revokeCertificate(number: $number, reason: $reason) { number status revokedAt revokedReason }
}`;

/** A completed learner of a certifying course in 110105; the certificate number. */
async function certified(name = '王强'): Promise<{ number: string; enrollmentId: string }> {
  const { courseId, sessions } = await courseWithSessions(sg, { certificateName: '电动自行车安全骑行结业证书', requiredSessions: 2 });
  const e = await enroll(sg, courseId, newId());
  for (const s of sessions) await sg.query(RECORD_ATTENDANCE, { enrollmentId: e.id, sessionId: s }, trainingOperator);
  const done = dataOf(await sg.query(COMPLETE, { id: e.id, holderName: name }, trainingOperator)).completeEnrollment;
  return { number: done.certificateNo, enrollmentId: e.id };
}
const check = async (number: string) => dataOf(await sg.query(CHECK, { number }, anonymous)).certificate;
const revoke = (number: string, reason: string, p: Principal = trainingOperator) => sg.query(REVOKE, { number, reason }, p);

describe('revokeCertificate', () => {
  it('makes the public check say REVOKED, with the reason and when, and keeps the first reason', async () => {
    const { number } = await certified();
    expect(await check(number)).toMatchObject({ number, holderName: '王*', status: 'VALID', revokedAt: null, revokedReason: null });
    const res = dataOf(await revoke(` ${number.toLowerCase()} `, '考勤记录有误，证书作废')).revokeCertificate;
    expect(res).toMatchObject({ number, status: 'REVOKED', revokedReason: '考勤记录有误，证书作废' });
    expect(Date.parse(res.revokedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await check(number)).toMatchObject({ status: 'REVOKED', revokedReason: '考勤记录有误，证书作废', revokedAt: res.revokedAt });
    const again = dataOf(await revoke(number, '另一个理由', admin)).revokeCertificate;
    expect(again).toEqual(res);
    // The completion itself stands.
    const row = await sg.db.manager.findOneByOrFail(Enrollment, { certificateNo: number });
    expect(row.status).toBe('COMPLETED');
  });

  it('is for the course’s organisers only, and checks the number and the reason', async () => {
    const { number } = await certified('李娜');
    const haidian: Principal = { ...chaoyangTrainingOperator, districts: ['110108'], keyId: 'key-hd' };
    for (const p of [anonymous, partnerFor(newId()), haidian]) expect(errorCodes(await revoke(number, '作废', p))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await revoke('TRN-NOSUCHNUMBER0000', '作废'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await revoke(number, '   '))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await revoke(number, '理'.repeat(201)))).toEqual(['BAD_USER_INPUT']);
    expect((await check(number)).status).toBe('VALID');
    expect(dataOf(await revoke(number, '理'.repeat(200), chaoyangTrainingOperator)).revokeCertificate.status).toBe('REVOKED');
  });
});

describe('the verification link a QR code carries', () => {
  const before = settings.publicUrl;
  afterEach(() => {
    settings.publicUrl = before;
  });

  it('is null without TRAINING_PUBLIC_URL, and built from it when set', async () => {
    const { number, enrollmentId } = await certified();
    settings.publicUrl = null;
    expect((await check(number)).verificationUrl).toBeNull();
    settings.publicUrl = 'https://peixun.example.cn/zs';
    const url = `https://peixun.example.cn/zs/certificate?number=${number}`;
    expect((await check(number)).verificationUrl).toBe(url);
    const row = await sg.db.manager.findOneByOrFail(Enrollment, { id: enrollmentId });
    const roster = dataOf(
      await sg.query(`query($id: ID!) { course(id: $id) { enrollments { id certificateUrl certificateRevokedAt } } }`, { id: row.courseId }, admin),
    ).course.enrollments;
    expect(roster).toEqual([{ id: enrollmentId, certificateUrl: url, certificateRevokedAt: null }]);
  });

  it('leads to the public check page of this service, which anyone may open', async () => {
    const { number } = await certified('赵磊');
    const page = (q: string) => fetch(`${sg.url.replace(/\/graphql$/, '')}/certificate${q}`);
    const ok = await page(`?number=${encodeURIComponent(number)}`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ number, holderName: '赵*', status: 'VALID', revokedAt: null });
    await revoke(number, '重复发放');
    expect(await (await page(`?number=${number}`)).json()).toMatchObject({ status: 'REVOKED', revokedReason: '重复发放' });
    expect((await page('?number=TRN-NOSUCHNUMBER0000')).status).toBe(404);
    expect((await page('')).status).toBe(400);
  });
});
