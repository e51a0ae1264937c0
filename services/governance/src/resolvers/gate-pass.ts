import type { GatePassResolvers } from '../generated/resolvers';
import { canSeePassDetails } from '../rules/gate-access';
import { isPassValid } from '../rules/gate-pass';
import { maskName } from '../rules/gate-registration';
import { communityOf } from './community';
import { workerRef } from './refs';

export const GatePass: GatePassResolvers = {
  worker: (g) => workerRef(g.workerId),
  community: (g, _, ctx) => communityOf(ctx, g.communityId),
  valid: (g, _, ctx) => isPassValid(g, ctx.now),
  /** Masked for everyone, the guard included: enough to compare, not enough to copy. */
  holderName: (g) => (g.holderName !== null ? maskName(g.holderName) : null),
  async revocationReason(g, _, ctx) {
    if (g.revocationReason === null) return null;
    const community = await communityOf(ctx, g.communityId);
    return canSeePassDetails(ctx.principal, g, community.districtCode) ? g.revocationReason : null;
  },
};
