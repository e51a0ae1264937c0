import { pageSize, type SubgraphContext } from '@nef/kit';
import { progressOf } from '../domain/progress';
import type { AgreedMeasureRow, ConsultationRow } from '../entities';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

export const Consultation = {
  async platform(c: ConsultationRow, _: unknown, ctx: Ctx) {
    const platform = await ctx.loaders.platformByCode.load(c.platformCode);
    if (!platform) throw new Error(`consultation ${c.id} names missing platform ${c.platformCode}`);
    return platform;
  },

  async branch(c: ConsultationRow, _: unknown, ctx: Ctx) {
    const branch = await ctx.loaders.branchById.load(c.branchId);
    if (!branch) throw new Error(`consultation ${c.id} names missing branch ${c.branchId}`);
    return branch;
  },

  /**
   * The first `first` measures in the order agreed. The batch loads each consultation's measures
   * whole (progress counts them all; recordConsultation caps them at MAX_MEASURES) and each
   * consultation's list is cut here, so the statements stay one per batch.
   */
  async measures(c: ConsultationRow, args: { first?: number | null }, ctx: Ctx) {
    const first = pageSize(args.first, 100);
    return (await ctx.loaders.measuresByConsultation.load(c.id)).slice(0, first);
  },

  async progress(c: ConsultationRow, _: unknown, ctx: Ctx) {
    return progressOf((await ctx.loaders.measuresByConsultation.load(c.id)).map((m) => m.status));
  },
};

export const AgreedMeasure = {
  history: (m: AgreedMeasureRow, _: unknown, ctx: Ctx) => ctx.loaders.changesByMeasure.load(m.id),
};
