import { notFound, type Database, type Principal } from '@nef/kit';
import { Course, Enrollment } from '../entities';
import { certificateHolder, verifyCertificate, type CertificateVerification } from '../queries/certificate';
import { checkRevocationReason } from '../rules/certificate';
import { requireCourseManager } from '../rules/course-manager';
import { lockEnrollment } from './locks';

/**
 * Revokes a certificate with a reason: the course's organisers only, checked before the lock.
 * The completion stands (the learner did complete); the certificate reads REVOKED from now on.
 * Revoking again changes nothing: the first time and reason stand.
 */
export async function revokeCertificate(
  db: Database,
  p: Principal,
  number: string,
  reason: string,
  now: Date,
): Promise<CertificateVerification> {
  const holder = await certificateHolder(db, number);
  if (!holder) throw notFound(`no certificate with number ${number.trim()}`);
  const course = (await db.manager.findOne(Course, { where: { id: holder.courseId } }))!;
  requireCourseManager(p, course.districtCode);
  const why = checkRevocationReason(reason);
  await db.transaction(async (em) => {
    const { enrollment } = await lockEnrollment(em, db.lockMode, holder.id);
    if (enrollment.certificateRevokedAt) return;
    await em.update(Enrollment, { id: enrollment.id }, { certificateRevokedAt: now, certificateRevokedReason: why, updatedAt: now });
  });
  return (await verifyCertificate(db, holder.certificateNo!))!;
}
