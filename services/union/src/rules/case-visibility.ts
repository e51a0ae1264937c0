import { forbidden, type Principal } from '@nef/kit/rules';
import { isUnionStaff } from './union-staff';

const refused = (p: Principal) =>
  forbidden(
    p.role === 'partner'
      ? 'partners see only the cases of the worker they act for (send X-Acting-Worker)'
      : 'assistance cases are for union operators, admins and the partner acting for the worker',
  );

/**
 * Whose cases a caller may read: union staff everyone's (null); a partner only its acting
 * worker's, and only when that worker holds an account on its platform (checked by the caller
 * through the worker's visibility); everyone else is FORBIDDEN.
 */
export function caseWorkerScope(p: Principal): string | null {
  if (isUnionStaff(p)) return null;
  if (p.role === 'partner' && p.workerId) return p.workerId;
  throw refused(p);
}

/** One case to union staff, or to the partner acting for its worker; missing and not-yours look alike to partners. */
export function requireCaseReadable<C extends { workerId: string }>(p: Principal, row: C | null): C | null {
  const scope = caseWorkerScope(p);
  if (scope == null) return row;
  if (!row || row.workerId !== scope) throw refused(p);
  return row;
}
