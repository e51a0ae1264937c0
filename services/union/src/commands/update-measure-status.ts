import type { EntityManager } from 'typeorm';
import { canManage, forbidden, lockOne, newId, notFound, type Database, type Principal } from '@nef/kit';
import { AgreedMeasureEntity, ConsultationEntity, MeasureStatusChangeEntity, UnionBranchEntity, type AgreedMeasureRow, type UnionBranchRow } from '../entities';
import { requireBranchManager } from '../rules/branch-manager';
import { actorOf } from '../rules/history-actor';
import { MEASURE_MOVES, type MeasureStatus } from '../rules/measure-status';
import { checkMove } from '../rules/status-move';

/** Moves a measure along its allowed statuses (rules/measure-status), recording the change and when. */
export async function updateMeasureStatus(db: Database, p: Principal, id: string, status: MeasureStatus, now: Date): Promise<AgreedMeasureRow> {
  if (!canManage(p, 'union')) throw forbidden('only admins and union operators may update measures');
  return db.transaction(async (em) => {
    const measure = await lockOne(em, db, AgreedMeasureEntity, { id });
    if (!measure) throw notFound(`there is no agreed measure ${id}`);
    requireBranchManager(p, (await branchOf(em, measure.consultationId)).districtCode, 'act');
    if (!checkMove('measure', MEASURE_MOVES, measure.status as MeasureStatus, status)) return measure;
    await em.update(AgreedMeasureEntity, { id }, { status, updatedAt: now });
    await em.insert(MeasureStatusChangeEntity, { id: newId(), measureId: id, status, at: now, actor: actorOf(p) });
    return { ...measure, status, updatedAt: now };
  });
}

async function branchOf(em: EntityManager, consultationId: string): Promise<UnionBranchRow> {
  const consultation = await em.findOneOrFail(ConsultationEntity, { where: { id: consultationId } });
  return em.findOneOrFail(UnionBranchEntity, { where: { id: consultation.branchId } });
}
