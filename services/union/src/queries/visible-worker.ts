import type { Principal } from '@nef/kit';
import type { WorkerRow } from '../entities';
import { canSeeWorker, workerHidden, workerScope } from '../rules/worker-visibility';
import type { Loaders } from './loaders';

/**
 * A worker the caller may see (rules/worker-visibility), through the request's loaders. A
 * worker the caller may not see is FORBIDDEN. A missing one is null, except with `hideMissing`,
 * where it is FORBIDDEN too for callers without the run of the registry, so that "absent" and
 * "not yours" look the same to a partner.
 */
export async function visibleWorker(
  loaders: Loaders,
  p: Principal,
  id: string,
  opts: { hideMissing?: boolean } = {},
): Promise<WorkerRow | null> {
  const scope = workerScope(p);
  if (scope.kind === 'none') throw workerHidden(p);
  const worker = await loaders.workerById.load(id);
  if (!worker) {
    if (opts.hideMissing && scope.kind !== 'all') throw workerHidden(p);
    return null;
  }
  if (scope.kind === 'all') return worker;
  const accounts = await loaders.accountsByWorker.load(worker.id);
  if (!canSeeWorker(p, accounts.map((a) => a.platformCode))) throw workerHidden(p);
  return worker;
}
