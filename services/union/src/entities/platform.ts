import { EntitySchema } from 'typeorm';
import { timeColumn } from './columns';

export interface PlatformRow {
  code: string;
  name: string;
  createdAt: Date;
}

export const PlatformEntity = new EntitySchema<PlatformRow>({
  name: 'Platform',
  tableName: 'platforms',
  columns: {
    code: { name: 'code', type: 'varchar', length: 32, primary: true },
    name: { name: 'name', type: 'varchar', length: 100 },
    createdAt: timeColumn('created_at'),
  },
});
