import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

/** Legal aid, hardship, work injury, wage dispute or counselling for one worker. */
export interface AssistanceCaseRow {
  id: string;
  workerId: string;
  kind: string;
  status: string;
  summary: string;
  openedAt: Date;
  resolvedAt: Date | null;
  updatedAt: Date;
  openedBy: string;
  /** The platform a dispute is raised against (a wage dispute with it): that platform never reads the case. */
  againstPlatform?: string | null;
}

export const AssistanceCaseEntity = new EntitySchema<AssistanceCaseRow>({
  name: 'AssistanceCase',
  tableName: 'assistance_cases',
  columns: {
    id: idColumn('id', true),
    workerId: idColumn('worker_id'),
    kind: { name: 'kind', type: 'varchar', length: 16 },
    status: { name: 'status', type: 'varchar', length: 16 },
    summary: { name: 'summary', type: 'text' },
    openedAt: timeColumn('opened_at'),
    resolvedAt: timeColumn('resolved_at', true),
    updatedAt: timeColumn('updated_at'),
    openedBy: { name: 'opened_by', type: 'varchar', length: 120 },
    againstPlatform: { name: 'against_platform', type: 'varchar', length: 32, nullable: true },
  },
  indices: [
    { name: 'IDX_assistance_cases_worker_status', columns: ['workerId', 'status'] },
    { name: 'IDX_assistance_cases_status_opened', columns: ['status', 'openedAt'] },
  ],
});
