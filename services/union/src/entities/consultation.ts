import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

/** A consultation meeting (恳谈会) between worker representatives and a platform. */
export interface ConsultationRow {
  id: string;
  title: string;
  platformCode: string;
  branchId: string;
  heldAt: Date;
  workerRepresentatives: number;
  recordedAt: Date;
  recordedBy: string;
}

export const ConsultationEntity = new EntitySchema<ConsultationRow>({
  name: 'Consultation',
  tableName: 'consultations',
  columns: {
    id: idColumn('id', true),
    title: { name: 'title', type: 'varchar', length: 200 },
    platformCode: { name: 'platform_code', type: 'varchar', length: 32 },
    branchId: idColumn('branch_id'),
    heldAt: timeColumn('held_at'),
    workerRepresentatives: { name: 'worker_representatives', type: 'int' },
    recordedAt: timeColumn('recorded_at'),
    recordedBy: { name: 'recorded_by', type: 'varchar', length: 120 },
  },
  indices: [
    { name: 'IDX_consultations_platform_held', columns: ['platformCode', 'heldAt'] },
    { name: 'IDX_consultations_held_at', columns: ['heldAt'] },
  ],
});

export interface AgreedMeasureRow {
  id: string;
  consultationId: string;
  /** Order within the consultation, as agreed. */
  position: number;
  category: string;
  description: string;
  status: string;
  dueAt: Date | null;
  updatedAt: Date;
}

export const AgreedMeasureEntity = new EntitySchema<AgreedMeasureRow>({
  name: 'AgreedMeasure',
  tableName: 'agreed_measures',
  columns: {
    id: idColumn('id', true),
    consultationId: idColumn('consultation_id'),
    position: { name: 'position', type: 'int' },
    category: { name: 'category', type: 'varchar', length: 16 },
    description: { name: 'description', type: 'varchar', length: 500 },
    status: { name: 'status', type: 'varchar', length: 16 },
    dueAt: timeColumn('due_at', true),
    updatedAt: timeColumn('updated_at'),
  },
  indices: [{ name: 'UQ_agreed_measures_consultation_position', columns: ['consultationId', 'position'], unique: true }],
});

/** Every status a measure has had, with when and who: how people follow a care plan. */
export interface MeasureStatusChangeRow {
  id: string;
  measureId: string;
  status: string;
  at: Date;
  actor: string;
}

export const MeasureStatusChangeEntity = new EntitySchema<MeasureStatusChangeRow>({
  name: 'MeasureStatusChange',
  tableName: 'measure_status_changes',
  columns: {
    id: idColumn('id', true),
    measureId: idColumn('measure_id'),
    status: { name: 'status', type: 'varchar', length: 16 },
    at: timeColumn('at'),
    actor: { name: 'actor', type: 'varchar', length: 120 },
  },
  indices: [{ name: 'IDX_measure_status_changes_measure_id', columns: ['measureId'] }],
});
