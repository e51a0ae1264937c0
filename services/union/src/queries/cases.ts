import { forbidden, pageSize, type Database, type Principal } from '@nef/kit';
import { isUnionStaff } from '../domain/access';
import { AssistanceCaseEntity, type AssistanceCaseRow } from '../entities';

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

/** Most recently opened first. */
export function listCases(db: Database, workerId: string | null, status: string | null | undefined, first: number | null | undefined) {
  const n = pageSize(first);
  if (n === 0) return Promise.resolve([]);
  const where: Record<string, string> = {};
  if (workerId != null) where.workerId = workerId;
  if (status != null) where.status = status;
  return db.manager.find(AssistanceCaseEntity, { where, order: { openedAt: 'DESC', id: 'DESC' }, take: n });
}

/** One case to union staff, or to the partner acting for its worker; missing and not-yours look alike to partners. */
export function requireCaseReadable(p: Principal, row: AssistanceCaseRow | null): AssistanceCaseRow | null {
  const scope = caseWorkerScope(p);
  if (scope == null) return row;
  if (!row || row.workerId !== scope) throw refused(p);
  return row;
}
