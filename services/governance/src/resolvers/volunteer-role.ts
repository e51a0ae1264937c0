import type { VolunteerRoleResolvers } from '../generated/resolvers';
import { communityOf } from './community';
import { workerRef } from './refs';

export const VolunteerRole: VolunteerRoleResolvers = {
  worker: (r) => workerRef(r.workerId),
  community: (r, _, ctx) => communityOf(ctx, r.communityId),
};
