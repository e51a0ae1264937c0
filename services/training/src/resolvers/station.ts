import { pageSize } from '@nef/kit';
import type { StationResolvers } from '../generated/resolvers';

/** Training's part of a station: its timetable, public like the catalogue. */
export const Station: StationResolvers = {
  async upcomingSessions(s, args, ctx) {
    const sessions = await ctx.loaders.upcomingSessions(pageSize(args.first ?? 10)).load(s.id);
    // The first listed session stops being upcoming when it starts.
    if (sessions[0]) ctx.cache.validUntil(sessions[0].startsAt);
    return sessions;
  },
  async upcomingSessionsPage(s, args, ctx) {
    const page = await ctx.loaders.upcomingSessionPages(args, s.id, 10);
    // The first session of the page stops being upcoming when it starts, and moves every page.
    const first = page.edges[0]?.node;
    if (first) ctx.cache.validUntil(first.startsAt);
    return page;
  },
};
