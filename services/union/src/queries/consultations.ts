import { forbidden, pageSize, type Database, type Principal } from '@nef/kit';
import { isUnionStaff } from '../domain/access';
import { ConsultationEntity, type ConsultationRow } from '../entities';

/**
 * Which platform's consultations a caller may read: union staff any (null = all), a partner
 * its own; others are FORBIDDEN.
 */
export function consultationPlatform(p: Principal, requested: string | null | undefined): string | null {
  if (isUnionStaff(p)) return requested ?? null;
  if (p.role === 'partner' && p.platform) {
    if (requested != null && requested !== p.platform) {
      throw forbidden(`partners see only consultations with their own platform (${p.platform})`);
    }
    return p.platform;
  }
  throw forbidden('consultations are for partners of the platform, union operators and admins');
}

/** Most recently held first. */
export function listConsultations(db: Database, p: Principal, platform: string | null | undefined, first: number | null | undefined) {
  const code = consultationPlatform(p, platform);
  const n = pageSize(first);
  if (n === 0) return Promise.resolve([]);
  return db.manager.find(ConsultationEntity, {
    where: code == null ? {} : { platformCode: code },
    order: { heldAt: 'DESC', id: 'DESC' },
    take: n,
  });
}

/** One consultation: null when missing, FORBIDDEN when it is another platform's. */
export function requireConsultationReadable(p: Principal, row: ConsultationRow | null): ConsultationRow | null {
  if (!row) {
    consultationPlatform(p, null);
    return null;
  }
  consultationPlatform(p, row.platformCode);
  return row;
}
