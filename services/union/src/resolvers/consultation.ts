import { pageSize } from '@nef/kit';
import type { ConsultationResolvers } from '../generated/resolvers';
import { progressOf } from '../rules/consultation-progress';

export const Consultation: ConsultationResolvers = {
  async platform(c, _args, ctx) {
    const platform = await ctx.loaders.platformByCode.load(c.platformCode);
    if (!platform) throw new Error(`consultation ${c.id} names missing platform ${c.platformCode}`);
    return platform;
  },

  async branch(c, _args, ctx) {
    const branch = await ctx.loaders.branchById.load(c.branchId);
    if (!branch) throw new Error(`consultation ${c.id} names missing branch ${c.branchId}`);
    return branch;
  },

  /**
   * The first `first` measures in the order agreed. The batch loads each consultation's measures
   * whole (progress counts them all; recordConsultation caps them at MAX_MEASURES) and each
   * consultation's list is cut here, so the statements stay one per batch.
   */
  async measures(c, args, ctx) {
    const first = pageSize(args.first, 100);
    return (await ctx.loaders.measuresByConsultation.load(c.id)).slice(0, first);
  },

  async progress(c, _args, ctx) {
    return progressOf((await ctx.loaders.measuresByConsultation.load(c.id)).map((m) => m.status));
  },
};
