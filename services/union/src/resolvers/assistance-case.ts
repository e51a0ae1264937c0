import type { SubgraphContext } from '@nef/kit';
import type { AssistanceCaseRow } from '../entities';
import type { Loaders } from '../loaders';
import { visibleWorker } from './visibility';

type Ctx = SubgraphContext<Loaders>;

export const AssistanceCase = {
  // Who a case concerns and what it is about are the personal parts: both are audited.
  async worker(c: AssistanceCaseRow, _: unknown, ctx: Ctx) {
    ctx.audit.record({ field: 'AssistanceCase.worker', subjectType: 'AssistanceCase', subjectId: c.id });
    const worker = await visibleWorker(ctx, c.workerId);
    if (!worker) throw new Error(`case ${c.id} names missing worker ${c.workerId}`);
    return worker;
  },

  summary(c: AssistanceCaseRow, _: unknown, ctx: Ctx) {
    ctx.audit.record({ field: 'AssistanceCase.summary', subjectType: 'AssistanceCase', subjectId: c.id });
    return c.summary;
  },

  history: (c: AssistanceCaseRow, _: unknown, ctx: Ctx) => ctx.loaders.changesByCase.load(c.id),
};
