import { EntitySchema } from 'typeorm';
import { idColumn, timeColumn } from './columns';

export interface PlatformAccountRow {
  id: string;
  workerId: string;
  platformCode: string;
  externalId: string;
  linkedAt: Date;
}

export const PlatformAccountEntity = new EntitySchema<PlatformAccountRow>({
  name: 'PlatformAccount',
  tableName: 'platform_accounts',
  columns: {
    id: idColumn('id', true),
    workerId: idColumn('worker_id'),
    platformCode: { name: 'platform_code', type: 'varchar', length: 32 },
    externalId: { name: 'external_id', type: 'varchar', length: 64 },
    linkedAt: timeColumn('linked_at'),
  },
  indices: [
    { name: 'UQ_platform_accounts_platform_external', columns: ['platformCode', 'externalId'], unique: true },
    { name: 'UQ_platform_accounts_worker_platform', columns: ['workerId', 'platformCode'], unique: true },
    { name: 'IDX_platform_accounts_worker_id', columns: ['workerId'] },
    { name: 'IDX_platform_accounts_platform_worker', columns: ['platformCode', 'workerId'] },
  ],
});
