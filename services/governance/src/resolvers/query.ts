import { decodeCursor, pageSize, readAuditLog, requireDistrictCode } from '@nef/kit';
import type { QueryResolvers } from '../generated/resolvers';
import { listCommunities } from '../queries/communities';
import { gatePassByCode } from '../queries/gate-passes';
import { listReports } from '../queries/reports';
import { listActiveRewards } from '../queries/rewards';
import { listVolunteerActivities } from '../queries/volunteer-activities';
import { requireId } from '../rules/ids';

export const Query: QueryResolvers = {
  governanceAuditLog: (_, args, ctx) => readAuditLog(ctx.db, ctx.principal, args),

  report: (_, args, ctx) => ctx.loaders.reportById.load(args.id),

  /** Keyset pagination by id (UUIDv7, so oldest first); totalCount counts the whole filter. */
  reports(_, args, ctx) {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after);
    const filter = args.filter ?? {};
    if (filter.district != null) requireDistrictCode('filter.district', filter.district);
    return listReports(ctx.db, filter, first, after);
  },

  /** Active rewards, at one station or (without stationId) everywhere, oldest first; at most `first`. */
  rewards(_, args, ctx) {
    const first = pageSize(args.first, 100);
    if (args.stationId != null) return ctx.loaders.rewardsByStation(first).load(requireId('stationId', args.stationId));
    return listActiveRewards(ctx.db, first);
  },

  communities(_, args, ctx) {
    const first = pageSize(args.first, 100);
    const district = args.district != null ? requireDistrictCode('district', args.district) : null;
    return listCommunities(ctx.db, district, first);
  },

  /** Upcoming: not yet started, soonest first. Otherwise every activity, latest first. At most `first`. */
  async volunteerActivities(_, args, ctx) {
    const first = pageSize(args.first, 100);
    const upcoming = args.upcoming ?? true;
    const district = args.district != null ? requireDistrictCode('district', args.district) : null;
    const found = await listVolunteerActivities(ctx.db, { district, upcoming, first }, ctx.now);
    // The first upcoming activity leaves the list when it starts.
    if (upcoming && found[0]) ctx.cache.validUntil(found[0].startsAt);
    return found;
  },

  /**
   * Public: a guard scans the code. Whoever holds the code sees the pass as the holder would, and
   * nothing else: the worker is only a reference, whose personal fields follow the union's rules.
   */
  gatePass: (_, args, ctx) => gatePassByCode(ctx.db, args.code),
};
