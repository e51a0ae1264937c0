import type { AgreedMeasureResolvers } from '../generated/resolvers';

export const AgreedMeasure: AgreedMeasureResolvers = {
  history: (m, _args, ctx) => ctx.loaders.changesByMeasure.load(m.id),
};
