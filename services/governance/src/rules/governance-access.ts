import { forbidden, isAdmin, requireManager, type Principal } from '@nef/kit/rules';

/**
 * For creating things that belong to a district or to the whole city (a citywide reward).
 * Admins and governance operators; an operator whose key is limited to some districts may act
 * only in those, and may not create citywide things, since those reach districts beyond its own.
 */
export function requireGovernance(p: Principal, districtCode: string | null): void {
  if (districtCode === null && !isAdmin(p) && p.role === 'operator' && p.domain === 'governance' && p.districts?.length) {
    throw forbidden(`this operator key is limited to districts ${p.districts.join(', ')}: name one of them`);
  }
  requireManager(p, 'governance', districtCode);
}
