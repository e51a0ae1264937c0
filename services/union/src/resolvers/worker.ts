import type { WorkerResolvers } from '../generated/resolvers';
import { visibleWorker } from '../queries/visible-worker';
import { isMember } from '../rules/membership-status';
import { maskPhone } from '../rules/phone';
import { seesWholePhone, visibleAccounts } from '../rules/worker-visibility';
import { phones } from '../settings';

export const Worker: WorkerResolvers = {
  /** How other subgraphs reach a worker through the gateway: the same visibility as `worker(id)`. */
  __resolveReference: (ref, ctx) => visibleWorker(ctx.loaders, ctx.principal, ref.id),

  phone(w, _args, ctx) {
    const phone = phones.decrypt(w.phoneEnc);
    if (!seesWholePhone(ctx.principal)) return maskPhone(phone);
    ctx.audit.record({ field: 'Worker.phone', subjectType: 'Worker', subjectId: w.id });
    return phone;
  },

  district: (w) => ({ __typename: 'District', code: w.districtCode }),

  async platformAccounts(w, _args, ctx) {
    return visibleAccounts(ctx.principal, await ctx.loaders.accountsByWorker.load(w.id));
  },

  membership: (w, _args, ctx) => ctx.loaders.membershipByWorker.load(w.id),

  async isUnionMember(w, _args, ctx) {
    return isMember(await ctx.loaders.membershipByWorker.load(w.id));
  },
};
