import { EntitySchema } from 'typeorm';

export interface RewardRow {
  id: string;
  title: string;
  costPoints: number;
  /** Vouchers still to give; a redemption takes one, a cancellation puts it back. */
  stock: number;
  /** The station (stations subgraph) where it is redeemed; null when redeemable anywhere. */
  stationId: string | null;
  /** The district that offers it (metrics count its redemptions there); null when citywide. */
  districtCode: string | null;
  active: boolean;
  createdAt: Date;
}

export const Reward = new EntitySchema<RewardRow>({
  name: 'Reward',
  tableName: 'rewards',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    title: { type: 'varchar', length: 200 },
    costPoints: { name: 'cost_points', type: 'int' },
    stock: { type: 'int' },
    stationId: { name: 'station_id', type: 'varchar', length: 36, nullable: true },
    districtCode: { name: 'district_code', type: 'varchar', length: 12, nullable: true },
    active: { type: 'boolean' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});
