import { canManage, type Principal } from '@nef/kit/rules';

/**
 * Who may read what a community knows about a pass beyond the gate's view (why it was revoked):
 * admins and governance operators of the community's district, and the partner acting for the
 * holder.
 */
export function canSeePassDetails(p: Principal, pass: { workerId: string }, communityDistrict: string): boolean {
  if (canManage(p, 'governance', communityDistrict)) return true;
  return p.role === 'partner' && p.workerId !== undefined && p.workerId === pass.workerId;
}
