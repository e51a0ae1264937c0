import { EntitySchema } from 'typeorm';

/** Memberships per street and Beijing day of their current joinedAt: union_join_days by the worker's street. */
export interface StreetJoinDayRow {
  streetCode: string;
  /** YYYY-MM-DD in Asia/Shanghai. */
  day: string;
  count: number;
}

export const StreetJoinDayEntity = new EntitySchema<StreetJoinDayRow>({
  name: 'StreetJoinDay',
  tableName: 'union_street_join_days',
  columns: {
    streetCode: { name: 'street_code', type: 'varchar', length: 12, primary: true },
    day: { name: 'day', type: 'varchar', length: 10, primary: true },
    count: { name: 'count', type: 'int' },
  },
});
