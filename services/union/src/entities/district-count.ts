import { EntitySchema } from 'typeorm';

/**
 * Counts per district that District.unionMetrics reads instead of joining memberships with
 * workers: `status` (memberships by status), `occupation` and `platform` (ACTIVE members, one
 * per account for platforms), `case_status` (assistance cases by status). Kept in the
 * transaction of every write that changes them (commands/support/rollups); rows at 0 stay.
 */
export interface DistrictCountRow {
  districtCode: string;
  metric: string;
  label: string;
  count: number;
}

export const DistrictCountEntity = new EntitySchema<DistrictCountRow>({
  name: 'DistrictCount',
  tableName: 'union_district_counts',
  columns: {
    districtCode: { name: 'district_code', type: 'varchar', length: 12, primary: true },
    metric: { name: 'metric', type: 'varchar', length: 16, primary: true },
    label: { name: 'label', type: 'varchar', length: 32, primary: true },
    count: { name: 'count', type: 'int' },
  },
});
