import { decodeCursor, pageSize, readAuditLog, requireDistrictCode } from '@nef/kit';
import type { QueryResolvers } from '../generated/resolvers';
import { listCommunities, pageCommunities } from '../queries/communities';
import { gatePassByCode } from '../queries/gate-passes';
import { listReports } from '../queries/reports';
import { ORDERS } from '../queries/loaders';
import { afterOf } from '../queries/pages';
import { listActiveRewards, pageActiveRewards } from '../queries/rewards';
import { activityOrder, listVolunteerActivities, pageVolunteerActivities } from '../queries/volunteer-activities';
import { BY_ID_ASC } from '../rules/keyset';
import { requireId } from '../rules/ids';
import { checkReportSearch } from '../rules/report-search';

export const Query: QueryResolvers = {
  governanceAuditLog: (_, args, ctx) => readAuditLog(ctx.db, ctx.principal, args),

  report: (_, args, ctx) => ctx.loaders.reportById.load(args.id),

  /** Keyset pagination by id (UUIDv7, so oldest first); totalCount counts the whole filter. */
  reports(_, args, ctx) {
    const first = pageSize(args.first);
    const after = decodeCursor(args.after);
    const filter = args.filter ?? {};
    if (filter.district != null) requireDistrictCode('filter.district', filter.district);
    const search = checkReportSearch(filter);
    return listReports(ctx.db, { ...filter, search }, first, after);
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

  rewardsConnection(_, args, ctx) {
    const page = { first: pageSize(args.first), after: afterOf(args.after, ORDERS.rewardsByStation) };
    if (args.stationId != null) return ctx.loaders.rewardsPage(page).load(requireId('stationId', args.stationId));
    return pageActiveRewards(ctx.db, page.first, page.after);
  },

  communitiesConnection(_, args, ctx) {
    const first = pageSize(args.first);
    const after = afterOf(args.after, BY_ID_ASC);
    const district = args.district != null ? requireDistrictCode('district', args.district) : null;
    return pageCommunities(ctx.db, district, first, after);
  },

  async volunteerActivitiesConnection(_, args, ctx) {
    const upcoming = args.upcoming ?? true;
    const first = pageSize(args.first);
    const after = afterOf(args.after, activityOrder(upcoming));
    const district = args.district != null ? requireDistrictCode('district', args.district) : null;
    const page = await pageVolunteerActivities(ctx.db, { district, upcoming, first, after }, ctx.now);
    // The first upcoming activity leaves the list when it starts.
    const soonest = page.edges[0]?.node;
    if (upcoming && soonest) ctx.cache.validUntil(soonest.startsAt);
    return page;
  },

  /** Public: the QR code at a community's gate carries its id. */
  community: (_, args, ctx) => ctx.loaders.communityById.load(requireId('id', args.id)),

  /**
   * Public: a guard scans the code. Whoever holds the code sees the pass as the holder would, and
   * nothing else: the worker is only a reference, whose personal fields follow the union's rules.
   */
  gatePass: (_, args, ctx) => gatePassByCode(ctx.db, args.code),
};
