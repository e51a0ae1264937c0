import { EntitySchema } from 'typeorm';

/**
 * The street-level twin of union_district_counts, for Region.unionMetrics on a street: the same
 * metrics counted by the worker's street code (workers who name no street are not in it). Kept
 * in the same transactions as the district counts (commands/support/rollups).
 */
export interface StreetCountRow {
  streetCode: string;
  metric: string;
  label: string;
  count: number;
}

export const StreetCountEntity = new EntitySchema<StreetCountRow>({
  name: 'StreetCount',
  tableName: 'union_street_counts',
  columns: {
    streetCode: { name: 'street_code', type: 'varchar', length: 12, primary: true },
    metric: { name: 'metric', type: 'varchar', length: 16, primary: true },
    label: { name: 'label', type: 'varchar', length: 32, primary: true },
    count: { name: 'count', type: 'int' },
  },
});
