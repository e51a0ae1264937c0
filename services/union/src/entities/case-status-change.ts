import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

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
