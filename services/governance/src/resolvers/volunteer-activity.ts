import type { VolunteerActivityResolvers } from '../generated/resolvers';
import { communityOf } from './community';

export const VolunteerActivity: VolunteerActivityResolvers = {
  community: (a, _, ctx) => (a.communityId ? communityOf(ctx, a.communityId) : null),
};
