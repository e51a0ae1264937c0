import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

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
