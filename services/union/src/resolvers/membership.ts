import type { MembershipResolvers } from '../generated/resolvers';

export const Membership: MembershipResolvers = {
  async branch(m, _args, ctx) {
    const branch = await ctx.loaders.branchById.load(m.branchId);
    if (!branch) throw new Error(`membership ${m.id} names missing branch ${m.branchId}`);
    return branch;
  },

  history: (m, _args, ctx) => ctx.loaders.eventsByMembership.load(m.id),
};
