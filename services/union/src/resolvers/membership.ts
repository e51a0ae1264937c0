import type { SubgraphContext } from '@nef/kit';
import type { MembershipRow } from '../entities';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

export const Membership = {
  async branch(m: MembershipRow, _: unknown, ctx: Ctx) {
    const branch = await ctx.loaders.branchById.load(m.branchId);
    if (!branch) throw new Error(`membership ${m.id} names missing branch ${m.branchId}`);
    return branch;
  },

  history: (m: MembershipRow, _: unknown, ctx: Ctx) => ctx.loaders.eventsByMembership.load(m.id),
};
