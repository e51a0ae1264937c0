import { forbidden, type SubgraphContext } from '@nef/kit';
import { canSeeWorker, workerScope } from '../domain/access';
import type { WorkerRow } from '../entities';
import type { Loaders } from '../loaders';

type Ctx = SubgraphContext<Loaders>;

function hidden(ctx: Ctx) {
  return forbidden(
    ctx.principal.role === 'partner'
      ? 'partners may read only workers with an account on their own platform'
      : "this role may not read workers' personal data",
  );
}

/**
 * A worker the caller may see, through the request's loaders. A worker the caller may not
 * see is FORBIDDEN. A missing one is null, except with `hideMissing`, where it is FORBIDDEN
 * too for callers without the run of the registry, so that "absent" and "not yours" look
 * the same to a partner.
 */
export async function visibleWorker(ctx: Ctx, id: string, opts: { hideMissing?: boolean } = {}): Promise<WorkerRow | null> {
  const scope = workerScope(ctx.principal);
  if (scope.kind === 'none') throw hidden(ctx);
  const worker = await ctx.loaders.workerById.load(id);
  if (!worker) {
    if (opts.hideMissing && scope.kind !== 'all') throw hidden(ctx);
    return null;
  }
  if (scope.kind === 'all') return worker;
  const accounts = await ctx.loaders.accountsByWorker.load(worker.id);
  if (!canSeeWorker(ctx.principal, accounts.map((a) => a.platformCode))) throw hidden(ctx);
  return worker;
}
