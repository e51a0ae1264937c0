import { EntitySchema } from 'typeorm';

/** Visits per station and Asia/Shanghai day: not personal, kept for good. */
export interface StationVisitDayRow {
  stationId: string;
  /** YYYY-MM-DD, local date in Asia/Shanghai. */
  day: string;
  districtCode: string;
  count: number;
}

export const StationVisitDayEntity = new EntitySchema<StationVisitDayRow>({
  name: 'StationVisitDay',
  tableName: 'station_visit_days',
  columns: {
    stationId: { name: 'station_id', type: 'varchar', length: 36, primary: true },
    day: { type: 'varchar', length: 10, primary: true },
    districtCode: { name: 'district_code', type: 'varchar', length: 12 },
    count: { type: 'int' },
  },
});
