import { lockOne, newId, notFound, requireText, targetWorker, type Database, type Principal } from '@nef/kit';
import { AssistanceCaseEntity, CaseStatusChangeEntity, PlatformEntity, WorkerEntity, type AssistanceCaseRow } from '../entities';
import { requirePlatformCode } from '../rules/platform-account';
import { actorOf } from '../rules/history-actor';
import { RollupDelta } from '../rules/metric-rollups';
import { applyRollups } from './support/rollups';
import { requireWorkerInReach } from './support/worker-reach';

export const MAX_SUMMARY = 2000;

/**
 * Opens a case: a partner for the worker it acts for, union operators and admins for the
 * worker they name. It starts OPEN with its first history row. A case raised against a platform
 * (againstPlatform) is never shown to that platform.
 *
 * The insert runs under the worker's row lock, as a close does: a worker closed between the
 * check and the insert is refused as one that does not exist (NOT_FOUND), rather than leaving a
 * case, and a count in the rollups, for no one.
 */
export async function openAssistanceCase(
  db: Database,
  p: Principal,
  args: { workerId?: string | null; kind: string; summary: string; againstPlatform?: string | null },
  now: Date,
): Promise<AssistanceCaseRow> {
  const workerId = targetWorker(p, 'union', args.workerId);
  const summary = requireText('summary', args.summary, { max: MAX_SUMMARY });
  const againstPlatform = args.againstPlatform == null ? null : requirePlatformCode(args.againstPlatform, 'againstPlatform');
  if (againstPlatform && !(await db.manager.findOne(PlatformEntity, { where: { code: againstPlatform } }))) {
    throw notFound(`there is no platform ${againstPlatform}; list them with platforms`);
  }
  const worker = await requireWorkerInReach(db, p, workerId);
  const actor = actorOf(p);
  const row: AssistanceCaseRow = {
    id: newId(),
    workerId,
    kind: args.kind,
    status: 'OPEN',
    summary,
    openedAt: now,
    resolvedAt: null,
    updatedAt: now,
    openedBy: actor,
    againstPlatform,
  };
  await db.transaction(async (em) => {
    if (!(await lockOne(em, db, WorkerEntity, { id: workerId }))) throw notFound(`there is no worker ${workerId}`);
    await em.insert(AssistanceCaseEntity, row);
    await em.insert(CaseStatusChangeEntity, { id: newId(), caseId: row.id, status: 'OPEN', at: now, actor });
    await applyRollups(em, new RollupDelta().assistanceCase(worker, 'OPEN', 1));
  });
  return row;
}
