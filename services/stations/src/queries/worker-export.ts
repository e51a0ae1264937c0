import { dateOf, type Database } from '@nef/kit';

/** One check-in as the worker is shown it: where (by name, not only by id) and when. */
export interface ExportedVisit {
  id: string;
  at: string;
  stationId: string;
  stationName: string;
  stationAddress: string;
  districtCode: string;
  /** The key the partner's app sent with the check-in, if any: stored with it, so shown with it. */
  idempotencyKey: string | null;
  recordedAt: string;
}

/**
 * Everything this service holds about a worker: their check-ins (the rollups count visits per
 * station and day and name nobody). One statement, newest first; a worker has at most the
 * retention period's check-ins, so the list is not paged.
 */
export async function workerExport(db: Database, workerId: string): Promise<{ visits: ExportedVisit[] }> {
  const rows: { id: string; at: unknown; station_id: string; idempotency_key: string | null; created_at: unknown; name: string; address: string; district_code: string }[] =
    await db.manager.query(
      `SELECT v.id, v.at, v.station_id, v.idempotency_key, v.created_at, s.name, s.address, s.district_code
       FROM station_visits v JOIN stations s ON s.id = v.station_id
       WHERE v.worker_id = ? ORDER BY v.at DESC, v.id DESC`,
      [workerId],
    );
  return {
    visits: rows.map((r) => ({
      id: r.id,
      at: dateOf(r.at).toISOString(),
      stationId: r.station_id,
      stationName: r.name,
      stationAddress: r.address,
      districtCode: r.district_code,
      idempotencyKey: r.idempotency_key,
      recordedAt: dateOf(r.created_at).toISOString(),
    })),
  };
}
