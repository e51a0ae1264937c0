import { forbidden, type Principal } from '@nef/kit/rules';
import { isUnionStaff } from './union-staff';

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

/** One consultation: null when missing, FORBIDDEN when it is another platform's. */
export function requireConsultationReadable<C extends { platformCode: string }>(p: Principal, row: C | null): C | null {
  if (!row) {
    consultationPlatform(p, null);
    return null;
  }
  consultationPlatform(p, row.platformCode);
  return row;
}
