import type { EntityManager } from 'typeorm';
import { badUserInput, forbidden, canManage, newId, notFound, requireManager, type Database, type Principal } from '@nef/kit';
import { actorOf } from '../domain/access';
import { checkMove, MEASURE_MOVES, type MeasureStatus } from '../domain/status-rules';
import { requireName } from '../domain/validation';
import {
  AgreedMeasureEntity,
  ConsultationEntity,
  MeasureStatusChangeEntity,
  PlatformEntity,
  UnionBranchEntity,
  type AgreedMeasureRow,
  type ConsultationRow,
  type UnionBranchRow,
} from '../entities';
import { lockRow } from './locks';

export interface ConsultationInput {
  title: string;
  platform: string;
  branchId: string;
  heldAt: Date;
  workerRepresentatives: number;
  measures: { category: string; description: string; dueAt?: Date | null }[];
}

export const MAX_MEASURES = 50;
export const MAX_REPRESENTATIVES = 100_000;
/** Clock skew allowed between the caller and this service when checking heldAt is not in the future. */
const SKEW_MS = 5 * 60_000;

/** Who may record consultations and move measures: admins and union operators, a district-limited one only for branches in its districts. */
function requireBranchManager(p: Principal, branch: UnionBranchRow): void {
  requireManager(p, 'union', branch.districtCode);
  if (branch.districtCode == null && p.role === 'operator' && p.districts?.length) {
    throw forbidden('operators limited to districts may not act for a city-level branch');
  }
}

/** Records a consultation held with a platform and the measures agreed, each starting AGREED with its first history row. */
export async function recordConsultation(db: Database, p: Principal, input: ConsultationInput, now = new Date()): Promise<ConsultationRow> {
  if (!canManage(p, 'union')) throw forbidden('only admins and union operators may record consultations');
  const title = requireName('title', input.title, 100);
  if (input.heldAt.getTime() > now.getTime() + SKEW_MS) {
    throw badUserInput('heldAt is in the future; record a consultation once it has been held', { field: 'heldAt' });
  }
  if (!Number.isInteger(input.workerRepresentatives) || input.workerRepresentatives < 1 || input.workerRepresentatives > MAX_REPRESENTATIVES) {
    throw badUserInput(`workerRepresentatives must be from 1 to ${MAX_REPRESENTATIVES}`, { field: 'workerRepresentatives' });
  }
  if (input.measures.length > MAX_MEASURES) {
    throw badUserInput(`at most ${MAX_MEASURES} measures per consultation, got ${input.measures.length}`, { field: 'measures' });
  }
  const measures = input.measures.map((m, i) => ({
    category: m.category,
    description: requireName(`measures[${i}].description`, m.description, 500),
    dueAt: m.dueAt ?? null,
  }));

  return db.transaction(async (em) => {
    if (!(await em.findOne(PlatformEntity, { where: { code: input.platform } }))) {
      throw notFound(`there is no platform ${input.platform}; list them with platforms`);
    }
    const branch = await em.findOne(UnionBranchEntity, { where: { id: input.branchId } });
    if (!branch) throw notFound(`there is no union branch ${input.branchId}; list them with unionBranches`);
    requireBranchManager(p, branch);
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

/** Moves a measure along its allowed statuses (see domain/status-rules), recording the change and when. */
export async function updateMeasureStatus(db: Database, p: Principal, id: string, status: MeasureStatus): Promise<AgreedMeasureRow> {
  if (!canManage(p, 'union')) throw forbidden('only admins and union operators may update measures');
  return db.transaction(async (em) => {
    const measure = await lockRow(em, db, AgreedMeasureEntity, id);
    if (!measure) throw notFound(`there is no agreed measure ${id}`);
    requireBranchManager(p, await branchOf(em, measure.consultationId));
    if (!checkMove('measure', MEASURE_MOVES, measure.status as MeasureStatus, status)) return measure;
    const now = new Date();
    await em.update(AgreedMeasureEntity, { id }, { status, updatedAt: now });
    await em.insert(MeasureStatusChangeEntity, { id: newId(), measureId: id, status, at: now, actor: actorOf(p) });
    return { ...measure, status, updatedAt: now };
  });
}

async function branchOf(em: EntityManager, consultationId: string): Promise<UnionBranchRow> {
  const consultation = await em.findOneOrFail(ConsultationEntity, { where: { id: consultationId } });
  return em.findOneOrFail(UnionBranchEntity, { where: { id: consultation.branchId } });
}
