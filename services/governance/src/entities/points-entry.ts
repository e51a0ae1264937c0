import { EntitySchema } from 'typeorm';
import type { PointsReason } from '../rules/vocabulary';

/** One append-only ledger line. */
export interface PointsEntryRow {
  id: string;
  workerId: string;
  delta: number;
  reason: PointsReason;
  balanceAfter: number;
  /** What the entry pays for (a report id, a redemption id...); never paid twice per reason. */
  reference: string | null;
  /** Why an operator adjusted the balance (ADJUSTMENT); null for entries that explain themselves. */
  note: string | null;
  createdAt: Date;
}

export const PointsEntry = new EntitySchema<PointsEntryRow>({
  name: 'PointsEntry',
  tableName: 'points_entries',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    delta: { type: 'int' },
    reason: { type: 'varchar', length: 32 },
    balanceAfter: { name: 'balance_after', type: 'int' },
    reference: { type: 'varchar', length: 100, nullable: true },
    note: { type: 'varchar', length: 500, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});
