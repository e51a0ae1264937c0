import { forbidden, lockOne, newId, notFound, type Database, type Principal } from '@nef/kit';
import { AssistanceCaseEntity, CaseStatusChangeEntity, WorkerEntity, type AssistanceCaseRow } from '../entities';
import { CASE_MOVES, resolvedAtAfter, type CaseStatus } from '../rules/case-status';
import { actorOf } from '../rules/history-actor';
import { RollupDelta } from '../rules/metric-rollups';
import { checkMove } from '../rules/status-move';
import { isUnionStaff } from '../rules/union-staff';
import { applyRollups } from './support/rollups';

/**
 * Union operators and admins move a case along its allowed statuses (rules/case-status); an
 * illegal move is CONFLICT and changes nothing, the same status is a no-op.
 */
export async function updateAssistanceCase(db: Database, p: Principal, id: string, status: CaseStatus, now: Date): Promise<AssistanceCaseRow> {
  if (!isUnionStaff(p)) throw forbidden("only union operators and admins may change a case's status");
  return db.transaction(async (em) => {
    const row = await lockOne(em, db, AssistanceCaseEntity, { id });
    if (!row) throw notFound(`there is no assistance case ${id}`);
    if (!checkMove('case', CASE_MOVES, row.status as CaseStatus, status)) return row;
    const resolvedAt = resolvedAtAfter(status, row.resolvedAt, now);
    await em.update(AssistanceCaseEntity, { id }, { status, resolvedAt, updatedAt: now });
    await em.insert(CaseStatusChangeEntity, { id: newId(), caseId: id, status, at: now, actor: actorOf(p) });
    const place = await em.findOneOrFail(WorkerEntity, { select: { id: true, districtCode: true, streetCode: true }, where: { id: row.workerId } });
    await applyRollups(em, new RollupDelta().assistanceCase(place, row.status, -1).assistanceCase(place, status, 1));
    return { ...row, status, resolvedAt, updatedAt: now };
  });
}
