import { badUserInput, forbidden, type Database, type Principal } from '@nef/kit';
import { membershipReason } from '../rules/membership-reason';
import { isUnionStaff } from '../rules/union-staff';
import { changeMembershipStatus } from './support/membership';

/** Union operators and admins mark an ACTIVE membership LAPSED (dues not renewed); marking it again changes nothing. */
export function lapseMembership(db: Database, p: Principal, workerId: string, reason: string, now: Date) {
  if (!isUnionStaff(p)) throw forbidden('only union operators and admins may mark a membership lapsed');
  const why = membershipReason(reason);
  if (!why) throw badUserInput('reason must say why the membership lapsed', { field: 'reason' });
  return changeMembershipStatus(db, p, workerId, 'LAPSED', why, now);
}
