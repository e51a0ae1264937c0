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
