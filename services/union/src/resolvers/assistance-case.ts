import type { SubgraphContext } from '@nef/kit';
import type { AssistanceCaseRow } from '../entities';
import type { Loaders } from '../loaders';
import { visibleWorker } from './visibility';

type Ctx = SubgraphContext<Loaders>;

export const AssistanceCase = {
  async worker(c: AssistanceCaseRow, _: unknown, ctx: Ctx) {
    const worker = await visibleWorker(ctx, c.workerId);
    if (!worker) throw new Error(`case ${c.id} names missing worker ${c.workerId}`);
    return worker;
  },

  history: (c: AssistanceCaseRow, _: unknown, ctx: Ctx) => ctx.loaders.changesByCase.load(c.id),
};
