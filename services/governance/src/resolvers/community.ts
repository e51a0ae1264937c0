import { pageSize, requireManager } from '@nef/kit';
import type { CommunityRow } from '../entities';
import type { CommunityResolvers } from '../generated/resolvers';
import { ORDERS } from '../queries/loaders';
import { afterOf } from '../queries/pages';
import type { Ctx } from './context';
import { districtRef } from './refs';

export const Community: CommunityResolvers = {
  district: (c) => districtRef(c.districtCode),

  /** The community's queue: its district's governance operators and admins. */
  gatePassRequests(c, args, ctx) {
    requireManager(ctx.principal, 'governance', c.districtCode);
    const page = { first: pageSize(args.first), after: afterOf(args.after, ORDERS.requestsByCommunity) };
    return ctx.loaders.requestsByCommunityPage({ ...page, status: args.status ?? null }).load(c.id);
  },

  /** Who came through the gate, and when: its district's governance operators and admins. */
  entryLog(c, args, ctx) {
    requireManager(ctx.principal, 'governance', c.districtCode);
    const page = { first: pageSize(args.first), after: afterOf(args.after, ORDERS.entryLog) };
    return ctx.loaders.entryLogPage({ ...page, since: args.since ?? null }).load(c.id);
  },
};

/** The community a row points at (a role, a pass, an activity), through the request's loader; a missing one is a broken reference. */
export async function communityOf(ctx: Ctx, communityId: string): Promise<CommunityRow> {
  const community = await ctx.loaders.communityById.load(communityId);
  if (!community) throw new Error(`missing community ${communityId}`);
  return community;
}
