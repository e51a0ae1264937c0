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
