import type { Occupation, WorkerResolvers } from '../generated/resolvers';
import { visibleWorker } from '../queries/visible-worker';
import { isMember } from '../rules/membership-status';
import { maskPhone } from '../rules/phone';
import { maskName, requireMoreThanMaskedName, seesMaskedNameOnly, seesWholePhone, visibleAccounts } from '../rules/worker-visibility';
import { phones } from '../settings';

export const Worker: WorkerResolvers = {
  /** How other subgraphs reach a worker through the gateway: the same visibility as `worker(id)`. */
  // Course organisers reach workers through their rosters and see only the masked name.
  __resolveReference: (ref, ctx) =>
    seesMaskedNameOnly(ctx.principal) ? ctx.loaders.workerById.load(ref.id) : visibleWorker(ctx.loaders, ctx.principal, ref.id),

  name: (w, _args, ctx) => (seesMaskedNameOnly(ctx.principal) ? maskName(w.name) : w.name),

  occupation(w, _args, ctx) {
    requireMoreThanMaskedName(ctx.principal, 'occupation');
    return w.occupation as Occupation;
  },

  registeredAt(w, _args, ctx) {
    requireMoreThanMaskedName(ctx.principal, 'registeredAt');
    return w.registeredAt;
  },

  phone(w, _args, ctx) {
    requireMoreThanMaskedName(ctx.principal, 'phone');
    const phone = phones.decrypt(w.phoneEnc);
    if (!seesWholePhone(ctx.principal)) return maskPhone(phone);
    ctx.audit.record({ field: 'Worker.phone', subjectType: 'Worker', subjectId: w.id });
    return phone;
  },

  district(w, _args, ctx) {
    requireMoreThanMaskedName(ctx.principal, 'district');
    return { __typename: 'District', code: w.districtCode };
  },

  streetCode(w, _args, ctx) {
    requireMoreThanMaskedName(ctx.principal, 'streetCode');
    return w.streetCode ?? null;
  },

  async platformAccounts(w, _args, ctx) {
    requireMoreThanMaskedName(ctx.principal, 'platformAccounts');
    return visibleAccounts(ctx.principal, await ctx.loaders.accountsByWorker.load(w.id));
  },

  membership(w, _args, ctx) {
    requireMoreThanMaskedName(ctx.principal, 'membership');
    return ctx.loaders.membershipByWorker.load(w.id);
  },

  async consents(w, _args, ctx) {
    requireMoreThanMaskedName(ctx.principal, 'consents');
    const all = await ctx.loaders.consentHistoryByWorker.load(w.id);
    const p = ctx.principal;
    return p.role === 'partner' ? all.filter((c) => c.platformCode === p.platform) : all;
  },

  async isUnionMember(w, _args, ctx) {
    requireMoreThanMaskedName(ctx.principal, 'isUnionMember');
    return isMember(await ctx.loaders.membershipByWorker.load(w.id));
  },
};
