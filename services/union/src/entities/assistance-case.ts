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
  },
  indices: [
    { name: 'IDX_assistance_cases_worker_status', columns: ['workerId', 'status'] },
    { name: 'IDX_assistance_cases_status_opened', columns: ['status', 'openedAt'] },
  ],
});

export interface CaseStatusChangeRow {
  id: string;
  caseId: string;
  status: string;
  at: Date;
  actor: string;
}

export const CaseStatusChangeEntity = new EntitySchema<CaseStatusChangeRow>({
  name: 'CaseStatusChange',
  tableName: 'case_status_changes',
  columns: {
    id: idColumn('id', true),
    caseId: idColumn('case_id'),
    status: { name: 'status', type: 'varchar', length: 16 },
    at: timeColumn('at'),
    actor: { name: 'actor', type: 'varchar', length: 120 },
  },
  indices: [{ name: 'IDX_case_status_changes_case_id', columns: ['caseId'] }],
});
