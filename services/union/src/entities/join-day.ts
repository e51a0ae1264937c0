import { EntitySchema } from 'typeorm';

/** Memberships per district and Beijing day of their current joinedAt (a re-join moves its membership to the new day). */
export interface JoinDayRow {
  districtCode: string;
  /** YYYY-MM-DD in Asia/Shanghai. */
  day: string;
  count: number;
}

export const JoinDayEntity = new EntitySchema<JoinDayRow>({
  name: 'JoinDay',
  tableName: 'union_join_days',
  columns: {
    districtCode: { name: 'district_code', type: 'varchar', length: 12, primary: true },
    day: { name: 'day', type: 'varchar', length: 10, primary: true },
    count: { name: 'count', type: 'int' },
  },
});
