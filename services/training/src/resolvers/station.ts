import { pageSize } from '@nef/kit';
import type { Ctx, Resolvers } from './context';

/** Training's part of a station: its timetable, public like the catalogue. */
export const Station: Resolvers[string] = {
  upcomingSessions: (s: { id: string }, args: { first?: number | null }, ctx: Ctx) =>
    ctx.loaders.upcomingSessions(pageSize(args.first ?? 10)).load(s.id),
};
