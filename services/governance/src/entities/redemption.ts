import { EntitySchema } from 'typeorm';
import type { RedemptionStatus } from '../rules/vocabulary';

export interface RedemptionRow {
  id: string;
  rewardId: string;
  workerId: string;
  /** The caller's key: a retry with it returns this redemption. Unique per worker. */
  idempotencyKey: string;
  pointsSpent: number;
  voucherCode: string;
  status: RedemptionStatus;
  /** Copied from the reward, for district metrics. */
  districtCode: string | null;
  redeemedAt: Date;
  usedAt: Date | null;
  cancelledAt: Date | null;
}

export const Redemption = new EntitySchema<RedemptionRow>({
  name: 'Redemption',
  tableName: 'redemptions',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    rewardId: { name: 'reward_id', type: 'varchar', length: 36 },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    idempotencyKey: { name: 'idempotency_key', type: 'varchar', length: 100 },
    pointsSpent: { name: 'points_spent', type: 'int' },
    voucherCode: { name: 'voucher_code', type: 'varchar', length: 32 },
    status: { type: 'varchar', length: 16 },
    districtCode: { name: 'district_code', type: 'varchar', length: 12, nullable: true },
    redeemedAt: { name: 'redeemed_at', type: 'datetime', precision: 3 },
    usedAt: { name: 'used_at', type: 'datetime', precision: 3, nullable: true },
    cancelledAt: { name: 'cancelled_at', type: 'datetime', precision: 3, nullable: true },
  },
});
