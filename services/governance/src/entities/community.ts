import { EntitySchema } from 'typeorm';

export interface CommunityRow {
  id: string;
  name: string;
  districtCode: string;
  /** Lets registered riders through the gate with a pass (骑手友好社区). */
  riderFriendly: boolean;
  passValidityDays: number;
  createdAt: Date;
}

export const Community = new EntitySchema<CommunityRow>({
  name: 'Community',
  tableName: 'communities',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    name: { type: 'varchar', length: 200 },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    riderFriendly: { name: 'rider_friendly', type: 'boolean' },
    passValidityDays: { name: 'pass_validity_days', type: 'int' },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});
