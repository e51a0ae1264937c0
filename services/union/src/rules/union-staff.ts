import { isAdmin, type Principal } from '@nef/kit/rules';

/** Admins and union operators: they keep the registry, so they see every worker and whole phones. */
export function isUnionStaff(p: Principal): boolean {
  return isAdmin(p) || (p.role === 'operator' && p.domain === 'union');
}
