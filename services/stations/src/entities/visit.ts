import { EntitySchema } from 'typeorm';

/** One check-in of a worker at a station: personal data, purged after the retention period. */
export interface StationVisitRow {
  id: string;
  stationId: string;
  workerId: string;
  at: Date;
  idempotencyKey: string | null;
  createdAt: Date;
}

export const StationVisitEntity = new EntitySchema<StationVisitRow>({
  name: 'StationVisit',
  tableName: 'station_visits',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    stationId: { name: 'station_id', type: 'varchar', length: 36 },
    workerId: { name: 'worker_id', type: 'varchar', length: 36 },
    at: { type: 'datetime', precision: 3 },
    idempotencyKey: { name: 'idempotency_key', type: 'varchar', length: 100, nullable: true },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
  },
});

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
