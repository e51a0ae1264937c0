import { EntitySchema } from 'typeorm';

/** Visits per district and Asia/Shanghai day: the sum of its stations' days, kept with them. */
export interface DistrictVisitDayRow {
  districtCode: string;
  day: string;
  count: number;
}

export const DistrictVisitDayEntity = new EntitySchema<DistrictVisitDayRow>({
  name: 'DistrictVisitDay',
  tableName: 'district_visit_days',
  columns: {
    districtCode: { name: 'district_code', type: 'varchar', length: 12, primary: true },
    day: { type: 'varchar', length: 10, primary: true },
    count: { type: 'int' },
  },
});
