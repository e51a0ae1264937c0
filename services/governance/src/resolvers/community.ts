import type { CommunityRow } from '../entities';
import type { CommunityResolvers } from '../generated/resolvers';
import type { Ctx } from './context';
import { districtRef } from './refs';

export const Community: CommunityResolvers = {
  district: (c) => districtRef(c.districtCode),
};

/** The community a row points at (a role, a pass, an activity), through the request's loader; a missing one is a broken reference. */
export async function communityOf(ctx: Ctx, communityId: string): Promise<CommunityRow> {
  const community = await ctx.loaders.communityById.load(communityId);
  if (!community) throw new Error(`missing community ${communityId}`);
  return community;
}
