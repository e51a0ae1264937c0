import type { SubgraphContext } from '@nef/kit';
import { seesWholePhone, visibleAccounts } from '../domain/access';
import { maskPhone } from '../domain/phone';
import type { WorkerRow } from '../entities';
import type { Loaders } from '../loaders';
import { phones } from '../phones';
import { visibleWorker } from './visibility';

type Ctx = SubgraphContext<Loaders>;

export const Worker = {
  /** How other subgraphs reach a worker through the gateway: the same visibility as `worker(id)`. */
  __resolveReference: (ref: { id: string }, ctx: Ctx) => visibleWorker(ctx, ref.id),

  phone(w: WorkerRow, _: unknown, ctx: Ctx): string {
    const phone = phones.decrypt(w.phoneEnc);
    if (!seesWholePhone(ctx.principal)) return maskPhone(phone);
    ctx.audit.record({ field: 'Worker.phone', subjectType: 'Worker', subjectId: w.id });
    return phone;
  },

  district: (w: WorkerRow) => ({ __typename: 'District', code: w.districtCode }),

  async platformAccounts(w: WorkerRow, _: unknown, ctx: Ctx) {
    return visibleAccounts(ctx.principal, await ctx.loaders.accountsByWorker.load(w.id));
  },

  membership: (w: WorkerRow, _: unknown, ctx: Ctx) => ctx.loaders.membershipByWorker.load(w.id),

  async isUnionMember(w: WorkerRow, _: unknown, ctx: Ctx): Promise<boolean> {
    return (await ctx.loaders.membershipByWorker.load(w.id))?.status === 'ACTIVE';
  },
};
