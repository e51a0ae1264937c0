import type { Database } from '@nef/kit';
import { Course, Enrollment } from '../entities';
import { UNRECORDED_HOLDER, normaliseCertificateNumber } from '../rules/certificate';

export interface CertificateVerification {
  number: string;
  courseTitle: string;
  provider: string;
  issuedAt: Date;
  holderName: string;
}

/**
 * What a public certificate check shows: course, provider, date and masked name, nothing that
 * would let a stranger find the holder. Null for a number that names no completion.
 */
export async function verifyCertificate(db: Database, typed: string): Promise<CertificateVerification | null> {
  const number = normaliseCertificateNumber(typed);
  if (!number || number.length > 32) return null;
  const enrollment = await db.manager.findOne(Enrollment, { where: { certificateNo: number } });
  if (!enrollment || enrollment.status !== 'COMPLETED' || !enrollment.completedAt) return null;
  const course = (await db.manager.findOne(Course, { where: { id: enrollment.courseId } }))!;
  return {
    number,
    courseTitle: course.title,
    provider: course.provider,
    issuedAt: enrollment.completedAt,
    holderName: enrollment.holderNameMasked ?? UNRECORDED_HOLDER,
  };
}
