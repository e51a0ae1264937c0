import { canManage, forbidden, newId, notFound, type Database, type Principal } from '@nef/kit';
import {
  AgreedMeasureEntity,
  ConsultationEntity,
  MeasureStatusChangeEntity,
  PlatformEntity,
  UnionBranchEntity,
  type AgreedMeasureRow,
  type ConsultationRow,
} from '../entities';
import { requireBranchManager } from '../rules/branch-manager';
import { checkConsultationInput, type ConsultationInput } from '../rules/consultation-input';
import { actorOf } from '../rules/history-actor';

/** Records a consultation held with a platform and the measures agreed, each starting AGREED with its first history row. */
export async function recordConsultation(db: Database, p: Principal, input: ConsultationInput, now: Date): Promise<ConsultationRow> {
  if (!canManage(p, 'union')) throw forbidden('only admins and union operators may record consultations');
  const { title, measures } = checkConsultationInput(input, now);

  return db.transaction(async (em) => {
    if (!(await em.findOne(PlatformEntity, { where: { code: input.platform } }))) {
      throw notFound(`there is no platform ${input.platform}; list them with platforms`);
    }
    const branch = await em.findOne(UnionBranchEntity, { where: { id: input.branchId } });
    if (!branch) throw notFound(`there is no union branch ${input.branchId}; list them with unionBranches`);
    requireBranchManager(p, branch.districtCode, 'act');
    const actor = actorOf(p);
    const consultation: ConsultationRow = {
      id: newId(),
      title,
      platformCode: input.platform,
      branchId: branch.id,
      heldAt: input.heldAt,
      workerRepresentatives: input.workerRepresentatives,
      recordedAt: now,
      recordedBy: actor,
    };
    await em.insert(ConsultationEntity, consultation);
    const rows: AgreedMeasureRow[] = measures.map((m, position) => ({
      id: newId(),
      consultationId: consultation.id,
      position,
      category: m.category,
      description: m.description,
      status: 'AGREED',
      dueAt: m.dueAt,
      updatedAt: now,
    }));
    if (rows.length) {
      await em.insert(AgreedMeasureEntity, rows);
      await em.insert(
        MeasureStatusChangeEntity,
        rows.map((r) => ({ id: newId(), measureId: r.id, status: 'AGREED', at: now, actor })),
      );
    }
    return consultation;
  });
}
