import { EntitySchema } from 'typeorm';

/** A worker's balance: the sum of the ledger, kept up to date in the same transaction as each entry. */
export interface PointsAccountRow {
  workerId: string;
  balance: number;
  updatedAt: Date;
}

export const PointsAccount = new EntitySchema<PointsAccountRow>({
  name: 'PointsAccount',
  tableName: 'points_accounts',
  columns: {
    workerId: { name: 'worker_id', type: 'varchar', length: 36, primary: true },
    balance: { type: 'int' },
    updatedAt: { name: 'updated_at', type: 'datetime', precision: 3 },
  },
});
