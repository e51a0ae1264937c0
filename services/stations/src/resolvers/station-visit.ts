import type { StationVisitResolvers } from '../generated/resolvers';

export const StationVisit: StationVisitResolvers = {
  // A visit's station is always there: the foreign key deletes visits with their station.
  station: async (v, _, ctx) => (await ctx.loaders.station.load(v.stationId))!,
  worker: (v) => ({ id: v.workerId }),
};
