import type { AssistanceCaseResolvers } from '../generated/resolvers';
import { visibleWorker } from '../queries/visible-worker';

export const AssistanceCase: AssistanceCaseResolvers = {
  // Who a case concerns and what it is about are the personal parts: both are audited.
  async worker(c, _args, ctx) {
    ctx.audit.record({ field: 'AssistanceCase.worker', subjectType: 'AssistanceCase', subjectId: c.id });
    const worker = await visibleWorker(ctx.loaders, ctx.principal, c.workerId);
    if (!worker) throw new Error(`case ${c.id} names missing worker ${c.workerId}`);
    return worker;
  },

  summary(c, _args, ctx) {
    ctx.audit.record({ field: 'AssistanceCase.summary', subjectType: 'AssistanceCase', subjectId: c.id });
    return c.summary;
  },

  history: (c, _args, ctx) => ctx.loaders.changesByCase.load(c.id),
};
