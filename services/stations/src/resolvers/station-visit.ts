import type { StationVisitRow } from '../entities/visit';
import type { Context } from './context';

export const StationVisit = {
  station: (v: StationVisitRow, _: unknown, ctx: Context) => ctx.loaders.station.load(v.stationId),
  worker: (v: StationVisitRow) => ({ __typename: 'Worker', id: v.workerId }),
};
