import type { SubgraphContext } from '@nef/kit';
import type { CommunityRow, GatePassRow, VolunteerActivityRow, VolunteerRoleRow } from '../entities';
import { isPassValid } from '../domain/passes';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

async function communityOf(ctx: Ctx, communityId: string) {
  const community = await ctx.loaders.communityById.load(communityId);
  if (!community) throw new Error(`missing community ${communityId}`);
  return community;
}

export const Community = {
  district: (c: CommunityRow) => ({ __typename: 'District', code: c.districtCode }),
};

export const VolunteerRole = {
  worker: (r: VolunteerRoleRow) => ({ __typename: 'Worker', id: r.workerId }),
  community: (r: VolunteerRoleRow, _: unknown, ctx: Ctx) => communityOf(ctx, r.communityId),
};

export const GatePass = {
  worker: (g: GatePassRow) => ({ __typename: 'Worker', id: g.workerId }),
  community: (g: GatePassRow, _: unknown, ctx: Ctx) => communityOf(ctx, g.communityId),
  valid: (g: GatePassRow) => isPassValid(g, new Date()),
};

export const VolunteerActivity = {
  community: (a: VolunteerActivityRow, _: unknown, ctx: Ctx) => (a.communityId ? communityOf(ctx, a.communityId) : null),
};
