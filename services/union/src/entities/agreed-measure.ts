import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

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
