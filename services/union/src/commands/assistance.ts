import { forbidden, newId, notFound, targetWorker, type Database, type Principal } from '@nef/kit';
import { actorOf, isUnionStaff } from '../domain/access';
import { applyRollups, RollupDelta } from '../domain/rollups';
import { CASE_MOVES, checkMove, resolvedAtAfter, type CaseStatus } from '../domain/status-rules';
import { requireName } from '../domain/validation';
import { AssistanceCaseEntity, CaseStatusChangeEntity, WorkerEntity, type AssistanceCaseRow } from '../entities';
import { lockRow } from './locks';
import { requireWorkerInReach } from './membership';

export const MAX_SUMMARY = 2000;

/**
 * Opens a case: a partner for the worker it acts for, union operators and admins for the
 * worker they name. It starts OPEN with its first history row.
 */
export async function openAssistanceCase(
  db: Database,
  p: Principal,
  args: { workerId?: string | null; kind: string; summary: string },
): Promise<AssistanceCaseRow> {
  const workerId = targetWorker(p, 'union', args.workerId);
  const summary = requireName('summary', args.summary, MAX_SUMMARY);
  const worker = await requireWorkerInReach(db, p, workerId);
  const now = new Date();
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
  };
  await db.transaction(async (em) => {
    await em.insert(AssistanceCaseEntity, row);
    await em.insert(CaseStatusChangeEntity, { id: newId(), caseId: row.id, status: 'OPEN', at: now, actor });
    await applyRollups(em, new RollupDelta().assistanceCase(worker.districtCode, 'OPEN', 1));
  });
  return row;
}

/**
 * Union operators and admins move a case along its allowed statuses (see domain/status-rules);
 * an illegal move is CONFLICT and changes nothing, the same status is a no-op.
 */
export async function updateAssistanceCase(db: Database, p: Principal, id: string, status: CaseStatus): Promise<AssistanceCaseRow> {
  if (!isUnionStaff(p)) throw forbidden("only union operators and admins may change a case's status");
  return db.transaction(async (em) => {
    const row = await lockRow(em, db, AssistanceCaseEntity, id);
    if (!row) throw notFound(`there is no assistance case ${id}`);
    if (!checkMove('case', CASE_MOVES, row.status as CaseStatus, status)) return row;
    const now = new Date();
    const resolvedAt = resolvedAtAfter(status, row.resolvedAt, now);
    await em.update(AssistanceCaseEntity, { id }, { status, resolvedAt, updatedAt: now });
    await em.insert(CaseStatusChangeEntity, { id: newId(), caseId: id, status, at: now, actor: actorOf(p) });
    const { districtCode } = await em.findOneOrFail(WorkerEntity, { select: { id: true, districtCode: true }, where: { id: row.workerId } });
    await applyRollups(em, new RollupDelta().assistanceCase(districtCode, row.status, -1).assistanceCase(districtCode, status, 1));
    return { ...row, status, resolvedAt, updatedAt: now };
  });
}
