import { forbidden, notFound, type Database, type Principal } from '@nef/kit';
import { PlatformAccountEntity, WorkerEntity, type WorkerRow } from '../../entities';
import { isUnionStaff } from '../../rules/union-staff';
import { canSeeWorker } from '../../rules/worker-visibility';

/** The worker exists (NOT_FOUND) and, for a partner, holds an account on its platform (FORBIDDEN). */
export async function requireWorkerInReach(db: Database, p: Principal, workerId: string): Promise<WorkerRow> {
  const worker = await db.manager.findOne(WorkerEntity, { where: { id: workerId } });
  if (!worker) throw notFound(`there is no worker ${workerId}`);
  if (!isUnionStaff(p)) {
    const accounts = await db.manager.find(PlatformAccountEntity, { where: { workerId } });
    if (!canSeeWorker(p, accounts.map((a) => a.platformCode))) {
      throw forbidden('partners may act only for workers with an account on their own platform');
    }
  }
  return worker;
}
