import { forbidden, type Database, type Principal } from '@nef/kit';
import { membershipReason } from '../rules/membership-reason';
import { isUnionStaff } from '../rules/union-staff';
import { changeMembershipStatus } from './support/membership';

/**
 * Withdrawal: union operators and admins for anyone, a partner for the worker it acts for.
 * ACTIVE or LAPSED becomes WITHDRAWN with a history row; withdrawing again changes nothing.
 */
export function withdrawMembership(db: Database, p: Principal, workerId: string, reason: string | null | undefined, now: Date) {
  if (!isUnionStaff(p)) {
    if (p.role !== 'partner') throw forbidden('only union operators, admins and the partner acting for the worker may withdraw a membership');
    if (p.workerId !== workerId) {
      throw forbidden('partners may withdraw only the membership of the worker named in X-Acting-Worker');
    }
  }
  return changeMembershipStatus(db, p, workerId, 'WITHDRAWN', membershipReason(reason), now);
}
