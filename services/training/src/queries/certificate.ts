import type { Database } from '@nef/kit';
import { Course, Enrollment, type EnrollmentRow } from '../entities';
import { UNRECORDED_HOLDER, certificateStatus, normaliseCertificateNumber, verificationUrl } from '../rules/certificate';
import { isErasedWorker } from '../rules/erasure';
import { settings } from '../settings';

export interface CertificateVerification {
  number: string;
  courseTitle: string;
  provider: string;
  issuedAt: Date;
  holderName: string;
  status: 'VALID' | 'REVOKED';
  revokedAt: Date | null;
  revokedReason: string | null;
  verificationUrl: string | null;
}

/** The completion a certificate number (as typed) was issued for, whoever holds it now; null when none. */
async function issuedFor(db: Database, typed: string): Promise<EnrollmentRow | null> {
  const number = normaliseCertificateNumber(typed);
  if (!number || number.length > 32) return null;
  const enrollment = await db.manager.findOne(Enrollment, { where: { certificateNo: number } });
  if (!enrollment || enrollment.status !== 'COMPLETED' || !enrollment.completedAt) return null;
  return enrollment;
}

/**
 * The completion holding a certificate number (as typed), or null when none does. A certificate
 * whose holder closed their account is held by nobody: it is no longer shown or revoked.
 */
export async function certificateHolder(db: Database, typed: string): Promise<EnrollmentRow | null> {
  const enrollment = await issuedFor(db, typed);
  return enrollment && !isErasedWorker(enrollment.workerId) ? enrollment : null;
}

/**
 * Whether a number (as typed) names a certificate that was issued but is no longer available:
 * its holder closed their account (commands/worker-privacy.ts). The public check then says so
 * instead of "no such certificate", and shows nothing of it.
 */
export async function certificateWithdrawn(db: Database, typed: string): Promise<boolean> {
  const enrollment = await issuedFor(db, typed);
  return !!enrollment && isErasedWorker(enrollment.workerId);
}

/**
 * What a public certificate check shows: course, provider, date, masked name, and whether it
 * was revoked (when and why), nothing that would let a stranger find the holder. Null for a
 * number that names no completion, or one whose holder closed their account.
 */
export async function verifyCertificate(db: Database, typed: string): Promise<CertificateVerification | null> {
  const enrollment = await certificateHolder(db, typed);
  if (!enrollment) return null;
  const course = (await db.manager.findOne(Course, { where: { id: enrollment.courseId } }))!;
  return {
    number: enrollment.certificateNo!,
    courseTitle: course.title,
    provider: course.provider,
    issuedAt: enrollment.completedAt!,
    holderName: enrollment.holderNameMasked ?? UNRECORDED_HOLDER,
    status: certificateStatus(enrollment.certificateRevokedAt),
    revokedAt: enrollment.certificateRevokedAt ?? null,
    revokedReason: enrollment.certificateRevokedReason ?? null,
    verificationUrl: verificationUrl(settings.publicUrl, enrollment.certificateNo),
  };
}
